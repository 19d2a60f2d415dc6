import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { givenAway } from '../../tests/support/reader.ts';
import type { BreakdownView, Indicator } from './model.ts';
import {
  AGE_GROUPS,
  breakdownLinks,
  PUBLIC_LINKS,
  type PublicCounts,
  publicTables,
  publishedBreakdown,
  publishedFigures,
  SEXES,
} from './public.ts';
import { determined, suppressLinked } from './suppression.ts';

// The public tables of a period are suppressed together: whatever a reader works out from all of
// them at once (tests/support/reader.ts writes the equations from the published figures alone), no
// hidden count follows.

type Person = {
  sex: 'female' | 'male' | 'other' | 'unknown';
  child: boolean;
  /** The age group of an adult. */
  adultGroup: (typeof AGE_GROUPS)[number];
  disability: boolean;
  anonymous: boolean;
  crime: string;
  municipality: string;
  /** The services given; none: registered, did not accept help. */
  services: string[];
};

const person: fc.Arbitrary<Person> = fc.record({
  sex: fc.constantFrom('female', 'female', 'male', 'other', 'unknown'),
  child: fc.boolean(),
  adultGroup: fc.constantFrom('18-34', '35-54', '55+', 'unknown'),
  disability: fc.boolean(),
  anonymous: fc.boolean(),
  crime: fc.constantFrom('trafficking', 'domestic_violence', 'fraud'),
  municipality: fc.constantFrom('Vilnius', 'Kaunas', 'Alytus'),
  services: fc.array(fc.constantFrom('food', 'accompaniment', 'health_care', 'interpreter'), {
    maxLength: 4,
  }),
});

/** Counts by key, largest first, as the database lists a breakdown. */
function breakdownOf(indicator: Indicator, by: string, keys: string[]): BreakdownView {
  const counted = new Map<string, number>();
  for (const k of keys) counted.set(k, (counted.get(k) ?? 0) + 1);
  const rows = [...counted]
    .map(([key, value]) => ({ key, value }))
    .sort((a, b) => b.value - a.value || (a.key < b.key ? -1 : 1));
  return { indicator, by, rows, total: keys.length };
}

/** The public counts of people registered in a period, counted here from the people themselves. */
function countsOf(people: Person[]): PublicCounts {
  const served = people.filter((p) => p.services.length > 0);
  const adults = (keep: (p: Person) => boolean) => served.filter((p) => !p.child && keep(p)).length;
  const services = served.flatMap((p) => p.services);
  const column = (p: Person) => (p.sex === 'female' || p.sex === 'male' ? p.sex : 'other');
  return {
    table: {
      registeredVictims: people.length,
      acceptedHelp: served.length,
      peopleServed: served.length,
      women: adults((p) => p.sex === 'female'),
      men: adults((p) => p.sex === 'male'),
      children: served.filter((p) => p.child).length,
      otherOrUnknownSex: adults((p) => p.sex === 'other' || p.sex === 'unknown'),
      withDisability: served.filter((p) => p.disability).length,
      anonymous: served.filter((p) => p.anonymous).length,
      servicesGiven: services.length,
      servicesPerPerson: served.length === 0 ? 0 : Math.round((services.length / served.length) * 10) / 10,
    },
    services: breakdownOf('services_given', 'serviceType', services),
    crimes: breakdownOf(
      'cases_opened',
      'crimeType',
      people.map((p) => p.crime),
    ),
    people: AGE_GROUPS.map((group) =>
      SEXES.map(
        (sex) =>
          served.filter((p) => (p.child ? '0-17' : p.adultGroup) === group && column(p) === sex).length,
      ),
    ),
  };
}

const exact = (counts: PublicCounts) => publishedFigures(counts, 2020, 1);

describe('the public tables of a period', () => {
  it.each([
    [
      'the women beside all females give the girls away',
      [
        [2, 3, 0],
        [0, 1, 1],
        [2, 0, 0],
        [2, 1, 1],
        [1, 1, 0],
      ],
    ],
    [
      'the children of the yearly table give the first row away',
      [
        [2, 1, 2],
        [0, 0, 0],
        [0, 0, 0],
        [1, 2, 2],
        [1, 0, 1],
      ],
    ],
    [
      'the other sex in the yearly table gives the third column away',
      [
        [0, 2, 0],
        [0, 1, 0],
        [2, 2, 3],
        [2, 2, 0],
        [1, 0, 0],
      ],
    ],
  ])('%s when each table is suppressed alone, not together', (_name, grid) => {
    const adults = (c: number) => grid.slice(1).reduce((sum, row) => sum + row[c]!, 0);
    const served = grid.flat().reduce((a, b) => a + b, 0);
    const counts: PublicCounts = {
      table: {
        registeredVictims: served,
        acceptedHelp: served,
        peopleServed: served,
        women: adults(0),
        men: adults(1),
        children: grid[0]!.reduce((a, b) => a + b, 0),
        otherOrUnknownSex: adults(2),
        withDisability: 6,
        anonymous: 5,
        servicesGiven: 40,
        servicesPerPerson: 2.7,
      },
      services: breakdownOf('services_given', 'serviceType', Array(40).fill('food')),
      crimes: breakdownOf('cases_opened', 'crimeType', Array(served).fill('trafficking')),
      people: grid,
    };
    const options = { threshold: 5, totalsSensitive: true };
    const alone = Object.fromEntries(
      Object.entries(publicTables(counts)).map(([name, t]) => [
        name,
        suppressLinked({ t }, [], options).tables.t,
      ]),
    );
    expect(determined({ tables: alone, links: PUBLIC_LINKS })).not.toEqual([]);
    expect(givenAway(publishedFigures(counts, 2020, 5), exact(counts), 5)).toEqual([]);
  });

  it('give nothing away for any small year, whatever the threshold', () => {
    fc.assert(
      fc.property(
        fc.array(person, { maxLength: 20 }),
        fc.integer({ min: 2, max: 7 }),
        (people, threshold) => {
          const counts = countsOf(people);
          expect(givenAway(exact(counts), exact(counts), 1)).toEqual([]);
          expect(givenAway(publishedFigures(counts, 2020, threshold), exact(counts), threshold)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('and a breakdown published beside them: the tables stay as published, nothing follows from all of them', () => {
    const served = (people: Person[]) => people.filter((p) => p.services.length > 0);
    const breakdowns: [Indicator, string, (people: Person[]) => string[]][] = [
      ['people_served', 'sex', (people) => served(people).map((p) => p.sex)],
      ['people_served', 'municipality', (people) => served(people).map((p) => p.municipality)],
      ['services_given', 'serviceType', (people) => people.flatMap((p) => p.services)],
      [
        'services_given',
        'municipality',
        (people) => people.flatMap((p) => p.services.map(() => p.municipality)),
      ],
      ['registered_victims', 'crimeType', (people) => people.map((p) => p.crime)],
      ['cases_opened', 'default', (people) => people.map((p) => p.crime)],
    ];
    fc.assert(
      fc.property(fc.array(person, { maxLength: 20 }), fc.constantFrom(...breakdowns), (people, b) => {
        const [indicator, by, keys] = b;
        const counts = countsOf(people);
        const view = breakdownOf(indicator, by, keys(people));
        const options = { threshold: 5, totalsSensitive: true };
        const page = suppressLinked(publicTables(counts), PUBLIC_LINKS, options).tables;
        const breakdown = publishedBreakdown(counts, view, 5);
        const links = [...PUBLIC_LINKS, ...breakdownLinks(view, counts)];
        expect(determined({ tables: { ...page, breakdown }, links })).toEqual([]);
        const visible = [...breakdown.cells, breakdown.total].flatMap((c) => ('value' in c ? [c.value] : []));
        expect(visible.filter((v) => v > 0 && v < 5)).toEqual([]);
        if (indicator === 'cases_opened') expect(breakdown).toEqual(page.crimes);
        if (by === 'serviceType') expect(breakdown).toEqual(page.services);
      }),
      { numRuns: 150 },
    );
  });
});
