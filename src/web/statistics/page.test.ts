import { describe, expect, it } from 'vitest';
import { barLengths } from './chart.ts';
import { STATISTICS_CATALOGUES } from './i18n.ts';
import { csvOf, type Figures, figuresPage, hasData, tableViews } from './page.ts';

/** A small year as published: the counts under five, and what would reveal them, hidden. */
const published: Figures = {
  year: 2025,
  threshold: 5,
  table: {
    registeredVictims: 2690,
    acceptedHelp: 2622,
    peopleServed: 2622,
    women: 1688,
    men: 846,
    children: null,
    otherOrUnknownSex: null,
    withDisability: 164,
    anonymous: 488,
    servicesGiven: 15000,
    servicesPerPerson: 5.7,
  },
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

const page = (lang: 'lt' | 'en') =>
  figuresPage({
    t: STATISTICS_CATALOGUES[lang],
    lang,
    figures: published,
    years: [2026, 2025],
    partial: false,
  }).value;

describe.each(['lt', 'en'] as const)('the public statistics in %s', (lang) => {
  const t = STATISTICS_CATALOGUES[lang];

  it('say every hidden count in words and explain it with the threshold', () => {
    const html = page(lang);
    // Twelve hidden cells in the tables, and one in the chart of services.
    expect(html.match(new RegExp(`>${t.figures.hidden}<`, 'g'))?.length).toBe(13);
    expect(html).toContain(lang === 'lt' ? 'mažiau nei 5' : 'fewer than 5');
    expect(html.match(/aria-describedby="hidden-note"/g)?.length).toBe(4);
    expect(html).toContain(t.catalogue.kind.trafficking);
    expect(html).toContain(lang === 'lt' ? '2\u00a0690' : '2,690');
  });

  it('name every row and column of its four tables by a header cell', () => {
    const html = page(lang);
    expect(html.match(/<table/g)?.length).toBe(4);
    expect(html.match(/<caption/g)?.length).toBe(4);
    expect(html.match(/<th scope="row"/g)?.length).toBe(11 + 3 + 3 + 3);
  });

  it('draw the lists with a shown count as images named and described, hidden counts in words', () => {
    const html = page(lang);
    // Cases by crime has no count to draw: its table alone.
    expect(html.match(/<svg class="chart" role="img"/g)?.length).toBe(1);
    expect(html).toContain('<title id="services-chart-title">');
    expect(html).toContain(t.figures.hiddenInChart);
    expect(html).toMatch(/<rect class="chart-bar" x="0" y="24" width="78%"/);
  });

  it('write each table to its file as shown: the same headers and rows, a hidden count left empty', () => {
    const [, services, , people] = tableViews(published, t);
    expect(csvOf(services!).rows).toEqual([
      [t.catalogue.serviceType.food, 12],
      [t.catalogue.serviceType.travel, null],
      [t.figures.total, 15],
    ]);
    expect(csvOf(people!).headers).toEqual([
      t.figures.ageGroupHeader,
      t.figures.sexColumn.female,
      t.figures.sexColumn.male,
      t.figures.sexColumn.other,
      t.figures.total,
    ]);
    expect(csvOf(people!).rows.at(-1)).toEqual([t.figures.total, 12, 9, null, 23]);
  });
});

describe('the public statistics page', () => {
  it('escapes what it shows: a code from the database is text, never markup', () => {
    const figures = {
      ...published,
      servicesByType: { rows: [{ key: '<script>x</script>', value: 7 }], total: 7 },
    };
    const html = figuresPage({
      t: STATISTICS_CATALOGUES.en,
      lang: 'en',
      figures,
      years: [2025],
      partial: true,
    }).value;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('is not over yet');
  });

  it('opens on a year only when it has a count, shown or hidden', () => {
    const zero = Object.fromEntries(Object.keys(published.table).map((k) => [k, 0]));
    const empty = { ...published, table: { ...zero, servicesPerPerson: null } } as Figures;
    expect(hasData(empty)).toBe(false);
    expect(hasData({ ...empty, table: { ...empty.table, women: null } })).toBe(true);
    expect(hasData(published)).toBe(true);
  });

  it.each([
    [[], []],
    [
      [0, null],
      [0, 0],
    ],
    [
      [10, 5, 1, null],
      [78, 39, 7.8, 0],
    ],
    [
      [1000, 1],
      [78, 0.5],
    ],
  ])('draws bars of %j as %j percent of the width', (values, lengths) => {
    expect(barLengths(values)).toEqual(lengths);
  });
});
