// The statistics and funding screens, rendered to static HTML in both languages: every word
// translated, tables with captions and header cells.
import i18next from 'i18next';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { AllocationForm } from './components/funding/AllocationForm.tsx';
import { FundingTable } from './components/funding/FundingTable.tsx';
import { FigureTable } from './components/statistics/FigureTable.tsx';
import type { FundingView } from './components/statistics/types.ts';
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
  ];
}

beforeAll(initTestI18n);

describe.each(['lt', 'en'])('statistics in %s', (language) => {
  it('render with no untranslated key', async () => {
    await i18next.changeLanguage(language);
    for (const [name, html] of pages()) expect(untranslated(html), name).toBeUndefined();
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
