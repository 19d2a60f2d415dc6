import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DirectorySchedule } from '../../contract/directory.ts';
import en from '../../i18n/en.json';
import lt from '../../i18n/lt.json';
import { dayRanges, isWebAddress, languageName, scheduleText, telHref } from './describe.ts';

beforeAll(async () => {
  await i18next.init({
    resources: { lt: { translation: lt }, en: { translation: en } },
    lng: 'en',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
});

describe('directory entries in words', () => {
  it('tells working hours in both languages', () => {
    const en = i18next.getFixedT('en');
    const lt = i18next.getFixedT('lt');
    const weekdays: DirectorySchedule = {
      kind: 'weekly',
      days: ['MO', 'TU', 'WE', 'TH', 'FR'],
      opens: '09:00',
      closes: '18:00',
    };
    expect(scheduleText(en, weekdays, 'en')).toBe('Mon–Fri 09:00–18:00');
    expect(scheduleText(lt, weekdays, 'lt')).toBe('Pr–Pn 09:00–18:00');
    expect(scheduleText(en, { kind: 'always' }, 'en')).toBe('24/7');
    expect(scheduleText(en, null, 'en')).toBe('Unknown');
    expect(scheduleText(lt, null, 'lt')).toBe('Nežinomas');
    expect(
      scheduleText(
        en,
        { kind: 'weekly', days: ['SU', 'SA', 'FR', 'TH', 'WE', 'TU', 'MO'], opens: '08:00', closes: '20:00' },
        'en',
      ),
    ).toBe('Every day 08:00–20:00');
  });

  it('shortens runs of three days or more to a range', () => {
    expect(dayRanges(['MO', 'WE', 'FR'], 'en')).toBe('Mon, Wed, Fri');
    expect(dayRanges(['SA', 'MO', 'TU', 'WE'], 'en')).toBe('Mon–Wed, Sat');
    expect(dayRanges(['SA', 'SU'], 'en')).toBe('Sat, Sun');
  });

  it('names languages and makes safe links', () => {
    expect(languageName('ru', 'en')).toBe('Russian');
    expect(languageName('lt', 'lt')).toBe('lietuvių');
    expect(languageName('not a code', 'en')).toBe('not a code');
    expect(telHref('+370 679 61617')).toBe('tel:+37067961617');
    expect(telHref('8 800 66 366')).toBe('tel:880066366');
    expect(isWebAddress('https://www.anti-trafficking.lt/')).toBe(true);
    expect(isWebAddress('javascript:alert(1)')).toBe(false);
  });
});
