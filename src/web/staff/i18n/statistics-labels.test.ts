import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { OTHER_CRIMES } from '../../../cases/catalogue.ts';
import { breakdownsOf, indicatorQuery } from '../../../statistics/indicators.ts';
import { BREAKDOWNS, INDICATORS, SeedTable } from '../../../statistics/model.ts';
import { AGE_GROUPS, SEXES } from '../../../statistics/public.ts';
import { keyName } from '../components/statistics/names.ts';
import {
  BREAKDOWNS as SHOWN_BREAKDOWNS,
  STATISTICS_INDICATORS,
  viewsOf,
} from '../components/statistics/views.ts';
import { initTestI18n } from '../testing.ts';
import en from './en.json';
import figuresEn from './figures.en.json';
import figuresLt from './figures.lt.json';
import lt from './lt.json';

const period = { from: '2026-01-01', to: '2026-12-31' };

beforeAll(initTestI18n);

describe('the statistics screens and the public statistics page', () => {
  it('offer exactly the indicators and breakdowns the server computes', () => {
    expect([...STATISTICS_INDICATORS].sort()).toEqual([...INDICATORS].sort());
    expect([...SHOWN_BREAKDOWNS].sort()).toEqual([...BREAKDOWNS].sort());
    for (const indicator of INDICATORS) {
      const views = viewsOf(indicator);
      expect(views.filter((v) => v !== 'natural').sort(), indicator).toEqual(breakdownsOf(indicator).sort());
      // Its own breakdown is offered only where the server has one to answer with.
      if (views.includes('natural'))
        expect(indicatorQuery(indicator, undefined, period, null).rows).not.toBeNull();
    }
  });

  it('name every indicator, view, figure, age group and sex in both languages', () => {
    for (const language of ['lt', 'en']) {
      const t = i18next.getFixedT(language);
      const keys = [
        ...INDICATORS.flatMap((indicator) => [
          `statistics.indicator.${indicator}`,
          ...viewsOf(indicator).map((view) =>
            view === 'natural' ? `statistics.natural.${indicator}` : `statistics.by.${view}`,
          ),
        ]),
        ...Object.keys(SeedTable.shape).map((key) => `figures.table.${key}`),
        ...AGE_GROUPS.map((group) => `figures.ageGroup.${group}`),
        ...SEXES.map((sex) => `figures.sexColumn.${sex}`),
      ];
      expect(
        keys.filter((key) => !i18next.exists(key, { lng: language })),
        language,
      ).toEqual([]);
      expect(t('statistics.indicator.services_given')).not.toBe('');
    }
  });

  it('put every code a breakdown answers with in words', () => {
    const t = i18next.getFixedT('en');
    const name = (indicator: string, view: Parameters<typeof keyName>[3], key: string) =>
      keyName(t, 'en', indicator, view, key, (id) => (id === 'o1' ? 'Caritas' : undefined));
    for (const code of ['trafficking', ...OTHER_CRIMES])
      expect(name('cases_opened', 'crimeType', code)).not.toBe(code);
    expect(name('services_given', 'serviceType', 'food')).toBe('Food');
    expect(name('registered_victims', 'sex', 'unknown')).toBe('Not known');
    expect(name('registered_victims', 'municipality', 'unknown')).toBe('Not recorded');
    expect(name('registered_victims', 'month', '2026-03')).toBe('March 2026');
    expect(name('registered_victims', 'organisation', 'o1')).toBe('Caritas');
    expect(name('trafficking_identification', 'natural', 'presumed')).toBe(
      'Presumed victim (no decision yet)',
    );
    expect(name('trafficking_identification', 'natural', 'identified')).toBe(
      'Identified as a victim of trafficking',
    );
    expect(name('exploitation_forms', 'natural', 'ForcedLabour')).toBe('Forced labour');
    expect(name('cooperation_decisions', 'natural', 'not_yet')).toBe('Not decided yet');
    expect(name('referrals', 'natural', 'police / accepted')).toBe('Police: Accepted');
    expect(name('referrals', 'natural', 'unknown')).toBe('Not recorded');
    expect(name('consultations', 'natural', 'employment')).toBe('Work');
  });

  it('keep their catalogue parts apart, the same in both languages', () => {
    const parts = [lt, figuresLt].map((c) => Object.keys(c));
    expect(new Set(parts.flat()).size).toBe(parts.flat().length);
    expect(Object.keys(figuresEn)).toEqual(Object.keys(figuresLt));
    expect(Object.keys(en)).toEqual(Object.keys(lt));
  });
});
