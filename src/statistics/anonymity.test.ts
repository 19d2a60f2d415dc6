import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AgeBand } from '../people/model.ts';
import {
  AnonymityK,
  anonymise,
  countyOf,
  HIERARCHIES,
  type Hierarchy,
  municipalityOf,
  type Row,
  smallestClass,
} from './anonymity.ts';

const levelsOf = (h: Hierarchy, value: string) => h.map((step) => step(value));

describe('ready hierarchies', () => {
  it.each([
    ['0-13', ['0-13', '0-17', 'child', '*']],
    ['14-17', ['14-17', '0-17', 'child', '*']],
    ['18-24', ['18-24', '18-34', 'adult', '*']],
    ['25-34', ['25-34', '18-34', 'adult', '*']],
    ['35-44', ['35-44', '35-54', 'adult', '*']],
    ['45-54', ['45-54', '35-54', 'adult', '*']],
    ['55-64', ['55-64', '55+', 'adult', '*']],
    ['65+', ['65+', '55+', 'adult', '*']],
    ['unknown', ['unknown', 'unknown', 'unknown', '*']],
  ])('age band %s', (band, expected) => {
    expect(levelsOf(HIERARCHIES.ageBand, band)).toEqual(expected);
  });

  it('every known AgeBand is a child or an adult', () => {
    for (const band of AgeBand.options.filter((b) => b !== 'unknown'))
      expect(['child', 'adult']).toContain(HIERARCHIES.ageBand[2]!(band));
  });

  it.each([
    [HIERARCHIES.sex, 'female', ['female', '*']],
    [HIERARCHIES.citizenshipPathway, 'third_country', ['third_country', '*']],
    [HIERARCHIES.year, '2023', ['2023', '2020-2024', '*']],
    [HIERARCHIES.year, '2025', ['2025', '2025-2029', '*']],
    [HIERARCHIES.year, '2019', ['2019', '2015-2019', '*']],
    [HIERARCHIES.year, '', ['', '', '*']],
  ])('%#: %s', (hierarchy, value, expected) => {
    expect(levelsOf(hierarchy, value)).toEqual(expected);
  });

  it.each([
    ['Vilniaus miesto savivaldybė', 'LT-57', 'LT-VL'],
    ['Vilnius', 'LT-57', 'LT-VL'],
    ['vilnius', 'LT-57', 'LT-VL'],
    ['Vilniaus r. sav.', 'LT-58', 'LT-VL'],
    ['Kaunas', 'LT-15', 'LT-KU'],
    ['Klaipėda', 'LT-20', 'LT-KL'],
    ['Siauliai', 'LT-43', 'LT-SA'],
    ['Panevėžys', 'LT-32', 'LT-PN'],
    ['Alytus', 'LT-02', 'LT-AL'],
    ['Marijampolė', 'LT-25', 'LT-MR'],
    ['Utena', 'LT-54', 'LT-UT'],
    ['Telšiai', 'LT-51', 'LT-TE'],
    ['  Tauragė ', 'LT-50', 'LT-TA'],
    ['Gargždai', 'LT-21', 'LT-KL'],
    ['Palangos m. sav.', 'LT-31', 'LT-KL'],
    ['Visaginas', 'LT-59', 'LT-UT'],
    ['London', 'unknown', 'unknown'],
    ['', 'unknown', 'unknown'],
  ])('municipality %j', (name, municipality, county) => {
    expect(municipalityOf(name)).toBe(municipality);
    expect(countyOf(name)).toBe(county);
    const known = county !== 'unknown';
    expect(levelsOf(HIERARCHIES.municipality, name)).toEqual([
      municipality,
      county,
      known ? 'LT' : 'unknown',
      '*',
    ]);
  });
});

describe('smallestClass', () => {
  const qis = ['sex', 'ageBand'];
  it.each([
    ['no rows', [], 0],
    ['one row', [{ sex: 'female', ageBand: '18-24' }], 1],
    [
      'two classes',
      [
        { sex: 'female', ageBand: '18-24', note: 'a' },
        { sex: 'female', ageBand: '18-24', note: 'b' },
        { sex: 'male', ageBand: '18-24' },
      ],
      1,
    ],
    [
      'fields outside the quasi-identifiers do not split a class',
      [
        { sex: 'male', x: '1' },
        { sex: 'male', x: '2' },
      ],
      2,
    ],
  ])('%s', (_name, rows, expected) => {
    expect(smallestClass(rows as Row[], qis)).toBe(expected);
  });
});

describe('anonymise', () => {
  const qis = ['ageBand', 'sex', 'municipality'];
  const hierarchies = HIERARCHIES;
  const times = (n: number, row: Row) => Array.from({ length: n }, (_, i) => ({ ...row, id: String(i) }));
  const rows = [
    ...times(11, { ageBand: '25-34', sex: 'female', municipality: 'Vilnius' }),
    ...times(10, { ageBand: '18-24', sex: 'female', municipality: 'Vilnius' }),
    ...times(1, { ageBand: '25-34', sex: 'male', municipality: 'Kaunas' }),
  ];

  it('publishes rows that already satisfy k with only the municipality tidied', () => {
    const out = anonymise(times(11, { ageBand: '25-34', sex: 'female', municipality: 'Vilnius' }), {
      quasiIdentifiers: qis,
      hierarchies,
    });
    expect(out.levels).toEqual({ ageBand: 0, sex: 0, municipality: 0 });
    expect(out.dropped).toBe(0);
    expect(out.rows[0]).toEqual({
      ageBand: '25-34',
      sex: 'female',
      municipality: 'LT-57',
      id: '0',
    });
  });

  it('raises the most varied quasi-identifier (ties: the first listed), then drops what the budget allows', () => {
    const out = anonymise(rows, { quasiIdentifiers: qis, hierarchies, k: 11, budget: 0.05 });
    expect(out.levels).toEqual({ ageBand: 1, sex: 0, municipality: 0 });
    expect(out.dropped).toBe(1);
    expect(out.rows).toHaveLength(21);
    expect(out.rows.every((r) => r.ageBand === '18-34' && r.sex === 'female')).toBe(true);
    expect(out.rows.map((r) => r.id)).toEqual([...times(11, {}), ...times(10, {})].map((r) => r.id));
    expect(out.report).toEqual({
      k: 11,
      budget: 0.05,
      rows: 22,
      kept: 21,
      dropped: 1,
      levels: { ageBand: 1, sex: 0, municipality: 0 },
      before: [
        { size: 1, classes: 1 },
        { size: 10, classes: 1 },
        { size: 11, classes: 1 },
      ],
      after: [{ size: 21, classes: 1 }],
    });
  });

  it('with no budget it generalises until nothing has to be dropped', () => {
    const out = anonymise(rows, { quasiIdentifiers: qis, hierarchies, k: 11, budget: 0 });
    expect(out.levels).toEqual({ ageBand: 1, sex: 1, municipality: 2 });
    expect(out.dropped).toBe(0);
    expect(smallestClass(out.rows, qis)).toBe(22);
    expect(out.rows[21]).toMatchObject({ ageBand: '18-34', sex: '*', municipality: 'LT' });
  });

  it('fewer rows than k: nothing can be published', () => {
    const out = anonymise(rows.slice(0, 5), { quasiIdentifiers: qis, hierarchies, k: 11 });
    expect(out.rows).toEqual([]);
    expect(out.dropped).toBe(5);
    expect(out.report.after).toEqual([]);
  });

  it('refuses a k below 2 and a quasi-identifier without a hierarchy', () => {
    expect(() => anonymise(rows, { quasiIdentifiers: qis, hierarchies, k: 1 })).toThrow(
      'k must be at least 2',
    );
    expect(() => anonymise(rows, { quasiIdentifiers: ['place'], hierarchies })).toThrow(
      'no generalisation steps for place',
    );
    expect(AnonymityK.safeParse(3.5).error?.issues[0]?.message).toBe('k must be a whole number');
  });

  it('for any rows, every class published has at least k rows, and each row is an input row generalised', () => {
    const pick = (values: readonly string[]) => fc.constantFrom(...values);
    const row = fc.record({
      ageBand: pick(AgeBand.options),
      sex: pick(['female', 'male', 'other', 'unknown']),
      citizenshipPathway: pick(['lithuanian', 'eu', 'third_country', 'unknown']),
      year: pick(['2019', '2021', '2023', '2024', '2025', '2026']),
      municipality: pick(['Vilnius', 'Kaunas', 'Neringa', 'Kazlų Rūda', 'Vilniaus r. sav.', 'Riga']),
      form: pick(['ForcedLabour', 'SexualExploitation']),
    });
    const all = ['ageBand', 'sex', 'citizenshipPathway', 'year', 'municipality'];
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 120 }),
        fc.subarray(all, { minLength: 1 }),
        fc.integer({ min: 2, max: 15 }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        (input, quasiIdentifiers, k, budget) => {
          const out = anonymise(input, { quasiIdentifiers, hierarchies, k, budget });
          expect(out.rows.length === 0 || smallestClass(out.rows, quasiIdentifiers) >= k).toBe(true);
          expect(out.rows.length + out.dropped).toBe(input.length);
          const generalised = input.map((r) => {
            const g: Record<string, string> = { ...r };
            for (const q of quasiIdentifiers)
              g[q] = hierarchies[q as keyof typeof hierarchies][out.levels[q]!]!(r[q as keyof typeof r]);
            return g;
          });
          let i = 0;
          for (const published of out.rows) {
            while (i < generalised.length && JSON.stringify(generalised[i]) !== JSON.stringify(published))
              i++;
            expect(i).toBeLessThan(generalised.length);
            i++;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
