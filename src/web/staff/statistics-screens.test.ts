// The statistics and funding screens and the public statistics page, rendered to static HTML in both
// languages: every word translated, hidden counts in words, tables with captions and header cells.
import i18next from 'i18next';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { PublicFigures } from '../statistics/PublicFigures.tsx';
import { PublicStatisticsPage, pageAddress } from '../statistics/PublicStatisticsPage.tsx';
import { AllocationForm } from './components/funding/AllocationForm.tsx';
import { FundingTable } from './components/funding/FundingTable.tsx';
import { FigureTable } from './components/statistics/FigureTable.tsx';
import type { FundingView, PublicStatistics } from './components/statistics/types.ts';
import { YearlyTable } from './components/statistics/YearlyTable.tsx';
import { Funding } from './screens/Funding.tsx';
import { Statistics } from './screens/Statistics.tsx';
import { caritas, initTestI18n, render, session, untranslated } from './testing.ts';

const seed002 = {
  registeredVictims: 2690,
  acceptedHelp: 2622,
  peopleServed: 2622,
  women: 1688,
  men: 846,
  children: 88,
  otherOrUnknownSex: 0,
  withDisability: 164,
  anonymous: 488,
  servicesGiven: 15000,
  servicesPerPerson: 5.7,
};

/** A small year as published: the counts under five hidden. */
const published: PublicStatistics = {
  year: 2025,
  threshold: 5,
  table: { ...seed002, children: null, otherOrUnknownSex: null },
  servicesByType: {
    rows: [
      { key: 'food', value: 12 },
      { key: 'travel', value: null },
    ],
    total: 15,
  },
  casesByCrimeType: {
    rows: [
      { key: 'trafficking', value: null },
      { key: 'fraud', value: null },
    ],
    total: null,
  },
  peopleBySexAndAge: {
    ageGroups: ['0-17', '18-34'],
    sexes: ['female', 'male', 'other'],
    cells: [
      [null, null, null],
      [9, 7, null],
    ],
    rowTotals: [null, 18],
    columnTotals: [12, 9, null],
    total: 23,
  },
};

const funding: FundingView = {
  year: 2026,
  items: [
    {
      id: 'a1',
      year: 2026,
      organisation: caritas,
      programme: 'accredited_assistance',
      name: { lt: 'Akredituota pagalba 2026', en: 'Accredited assistance 2026' },
      amountEur: 21_739.13,
      services: 0,
      people: 0,
      costPerService: null,
      costPerPerson: null,
    },
  ],
  totals: {
    amountEur: 21_739.13,
    services: 0,
    people: 0,
    costPerService: null,
    costPerPerson: null,
    servicesWithoutAllocation: 3,
  },
};

function pages(): [string, string][] {
  const statistician = session('active', 'statistician');
  const manager = session('active', 'organisation_manager');
  return [
    ['statistics', render(statistician, h(Statistics))],
    ['funding', render(manager, h(Funding))],
    ['yearly table', renderToStaticMarkup(h(YearlyTable, { caption: 'Caption', table: seed002 }))],
    [
      'breakdown table',
      renderToStaticMarkup(
        h(FigureTable, {
          caption: 'Caption',
          keyHeader: 'Service',
          valueHeader: 'Services',
          rows: [{ key: 'food', label: 'Food', value: 3 }],
          total: 3,
        }),
      ),
    ],
    ['funding table', render(manager, h(FundingTable, { view: funding }))],
    [
      'allocation form',
      render(
        manager,
        h(AllocationForm, { year: 2026, years: [2026], recipients: [], onRecorded: () => undefined }),
      ),
    ],
    ['public page', renderToStaticMarkup(h(PublicStatisticsPage, { language: 'lt', initialYear: 2025 }))],
    ['public figures', renderToStaticMarkup(h(PublicFigures, { figures: published }))],
  ];
}

beforeAll(initTestI18n);

describe.each(['lt', 'en'])('statistics in %s', (language) => {
  it('render with no untranslated key', async () => {
    await i18next.changeLanguage(language);
    for (const [name, html] of pages()) expect(untranslated(html), name).toBeUndefined();
  });

  it('say a hidden count in words and explain it with the threshold', async () => {
    await i18next.changeLanguage(language);
    const t = i18next.t.bind(i18next);
    const html = renderToStaticMarkup(h(PublicFigures, { figures: published }));
    expect(html).toContain(t('figures.hiddenNote', { threshold: 5 }));
    expect(html.match(new RegExp(`>${t('figures.hidden')}<`, 'g'))?.length).toBe(12);
    expect(html).toContain('aria-describedby="hidden-note"');
    // Every row and column of every table is named by a header cell.
    expect(html.match(/<table/g)?.length).toBe(4);
    expect(html.match(/<caption/g)?.length).toBe(4);
    expect(html).toContain('scope="row"');
    expect(html).toContain(t('catalogue.kind.trafficking'));
  });

  it('name the numbers of seed 002 and the cost not yet known', async () => {
    await i18next.changeLanguage(language);
    const t = i18next.t.bind(i18next);
    const yearly = renderToStaticMarkup(h(YearlyTable, { caption: 'Caption', table: seed002 }));
    expect(yearly).toContain(t('figures.table.registeredVictims'));
    expect(yearly).toMatch(/2[\s ,]?690/);
    const table = render(session('active', 'statistician'), h(FundingTable, { view: funding }));
    expect(table).toContain(t('funding.nothingDelivered'));
    expect(table).toContain(t('catalogue.fundingProgramme.accredited_assistance'));
  });
});

describe('the public page address', () => {
  it('takes the language and year it names, else Lithuanian and no year (the newest with figures is found)', () => {
    const year = Number(
      new Intl.DateTimeFormat('en', { timeZone: 'Europe/Vilnius', year: 'numeric' }).format(),
    );
    expect(pageAddress(`?lang=en&year=${year}`)).toEqual({ language: 'en', year });
    expect(pageAddress('?lang=xx&year=1900')).toEqual({ language: 'lt', year: null });
    expect(pageAddress('')).toEqual({ language: 'lt', year: null });
  });
});
