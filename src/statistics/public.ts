import type { Db } from '../platform/db.ts';
import type { StatisticsFilter } from './model.ts';
import { breakdown, seedTable, servedBySexAndAge } from './store.ts';
import { type Published, suppressList, suppressTable } from './suppression.ts';

// The figures anyone may see, with every small count hidden together with whatever would give it away
// (suppression.ts). A hidden count is published as `null`, whichever rule hid it.

/** A published count, or null when hidden. */
export const publishedValue = (p: Published) => ('value' in p ? p.value : null);

export const AGE_GROUPS = ['0-17', '18-34', '35-54', '55+', 'unknown'] as const;
export const SEXES = ['female', 'male', 'other'] as const;

/** Hidden if any of the lists it appears in hides it. */
const both = (a: Published, b: Published) =>
  'value' in a && 'value' in b ? a : { suppressed: 'secondary' as const };

/** The published figures of a period (the public page shows a calendar year). */
export async function publicStatistics(
  db: Db,
  f: StatisticsFilter,
  threshold: number,
  organisationId: string | null = null,
) {
  // A small total is a small count too: hidden, with what would give it away.
  const options = { threshold, totalsSensitive: true };
  const shown = publishedValue;
  const [t, services, crimes, grid] = await Promise.all([
    seedTable(db, f, organisationId),
    breakdown(db, 'services_given', 'serviceType', f, organisationId),
    breakdown(db, 'cases_opened', 'crimeType', f, organisationId),
    servedBySexAndAge(db, f, organisationId),
  ]);
  // Each published figure sits in the lists it adds up in; a figure hidden in one is hidden everywhere.
  const registered = suppressList(
    { cells: [t.acceptedHelp, t.registeredVictims - t.acceptedHelp], total: t.registeredVictims },
    options,
  );
  const bySex = suppressList(
    { cells: [t.women, t.men, t.children, t.otherOrUnknownSex], total: t.peopleServed },
    options,
  );
  const disability = suppressList(
    { cells: [t.withDisability, t.peopleServed - t.withDisability], total: t.peopleServed },
    options,
  );
  const anonymous = suppressList(
    { cells: [t.anonymous, t.peopleServed - t.anonymous], total: t.peopleServed },
    options,
  );
  const servicesList = suppressList(
    { cells: services.rows.map((r) => r.value), total: services.total },
    options,
  );
  const crimesList = suppressList({ cells: crimes.rows.map((r) => r.value), total: crimes.total }, options);
  const cell = (age: string, sex: string) =>
    grid.find((g) => g.ageGroup === age && g.sex === sex)?.value ?? 0;
  const cells = AGE_GROUPS.map((age) => SEXES.map((sex) => cell(age, sex)));
  const table = suppressTable(
    {
      cells,
      rowTotals: cells.map((row) => row.reduce((a, b) => a + b, 0)),
      columnTotals: SEXES.map((_, c) => cells.reduce((sum, row) => sum + row[c]!, 0)),
      total: t.peopleServed,
    },
    options,
  );
  const servedShown = shown([bySex.total, disability.total, anonymous.total, table.total].reduce(both));
  const servicesShown = shown(servicesList.total);
  return {
    year: Number(f.from.slice(0, 4)),
    threshold,
    table: {
      registeredVictims: shown(registered.total),
      acceptedHelp: shown(registered.cells[0]!),
      peopleServed: servedShown,
      women: shown(bySex.cells[0]!),
      men: shown(bySex.cells[1]!),
      children: shown(bySex.cells[2]!),
      otherOrUnknownSex: shown(bySex.cells[3]!),
      withDisability: shown(disability.cells[0]!),
      anonymous: shown(anonymous.cells[0]!),
      servicesGiven: servicesShown,
      servicesPerPerson:
        servedShown && servicesShown ? Math.round((servicesShown / servedShown) * 10) / 10 : null,
    },
    servicesByType: {
      rows: services.rows.map((r, i) => ({ key: r.key, value: shown(servicesList.cells[i]!) })),
      total: servicesShown,
    },
    casesByCrimeType: {
      rows: crimes.rows.map((r, i) => ({ key: r.key, value: shown(crimesList.cells[i]!) })),
      total: shown(crimesList.total),
    },
    peopleBySexAndAge: {
      ageGroups: [...AGE_GROUPS],
      sexes: [...SEXES],
      cells: table.cells.map((row) => row.map(shown)),
      rowTotals: table.rowTotals.map(shown),
      columnTotals: table.columnTotals.map(shown),
      total: shown(table.total),
    },
  };
}

/** How long published figures are kept before they are counted again. */
const FRESH_MS = 10 * 60_000;
const cached = new WeakMap<
  Db,
  Map<string, { at: number; figures: Promise<Awaited<ReturnType<typeof publicStatistics>>> }>
>();

/**
 * A year's public figures, counted at most every ten minutes per database: the page is open to
 * anyone, so a crowd of readers (or one hostile client) must not cost a count each.
 */
export function publicYear(db: Db, year: number, threshold: number) {
  const byKey = cached.get(db) ?? new Map();
  cached.set(db, byKey);
  const key = `${year}:${threshold}`;
  const hit = byKey.get(key);
  if (hit && Date.now() - hit.at < FRESH_MS) return hit.figures;
  const figures = publicStatistics(db, { from: `${year}-01-01`, to: `${year}-12-31` }, threshold);
  byKey.set(key, { at: Date.now(), figures });
  figures.catch(() => byKey.delete(key));
  return figures;
}
