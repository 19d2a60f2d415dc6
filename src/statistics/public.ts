import type { Db } from '../platform/db.ts';
import type { BreakdownView, Indicator, SeedTable, StatisticsFilter } from './model.ts';
import { breakdown, seedTable, servedBySexAndAge } from './store.ts';
import { type Entry, type Link, type Published, suppressLinked } from './suppression.ts';

// The figures anyone may see, with every small count hidden together with whatever would give it away
// (suppression.ts). The tables of a period are published together, so they are suppressed as one
// system: a count hidden in one table cannot be worked back from another. A hidden count is published
// as `null`, whichever rule hid it.

/** A published count, or null when hidden. */
export const publishedValue = (p: Published) => ('value' in p ? p.value : null);

/** The rows of people by age group and sex: children first (as in the yearly table), then adults. */
export const AGE_GROUPS = ['0-17', '18-34', '35-54', '55+', 'unknown'] as const;
export const SEXES = ['female', 'male', 'other'] as const;

/** What the public figures of a period are made of, counted exactly. */
export type PublicCounts = {
  table: SeedTable;
  services: BreakdownView;
  crimes: BreakdownView;
  /** People served: AGE_GROUPS by SEXES. */
  people: number[][];
};

const at = (table: string, position: Entry['at']): Entry => ({ table, at: position });
const same = (a: Entry, b: Entry): Link => ({ members: [a], total: b });

/**
 * What ties the public tables together, as a reader can write it: the people served are the total of
 * four tables; the children are the first row of people by age group and sex; the women and the girls
 * are all the females, and so for males and for another or unknown sex. The services given of the
 * yearly table are the total of services by type itself.
 */
export const PUBLIC_LINKS: Link[] = [
  ...['disability', 'anonymous', 'people'].map((table) =>
    same(at('bySex', { total: true }), at(table, { total: true })),
  ),
  same(at('bySex', { item: 2 }), at('people', { rowTotal: 0 })),
  ...[0, 1, 3].map((item, column) => ({
    members: [at('bySex', { item }), at('people', { row: 0, column })],
    total: at('people', { columnTotal: column }),
  })),
];

const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);

/** The public tables of a period as counts: what each table adds up to is its total. */
export function publicTables({ table: t, services, crimes, people }: PublicCounts) {
  const list = (cells: number[], total: number) => ({ cells, total });
  return {
    registered: list([t.acceptedHelp, t.registeredVictims - t.acceptedHelp], t.registeredVictims),
    bySex: list([t.women, t.men, t.children, t.otherOrUnknownSex], t.peopleServed),
    disability: list([t.withDisability, t.peopleServed - t.withDisability], t.peopleServed),
    anonymous: list([t.anonymous, t.peopleServed - t.anonymous], t.peopleServed),
    services: list(
      services.rows.map((r) => r.value),
      services.total,
    ),
    crimes: list(
      crimes.rows.map((r) => r.value),
      crimes.total,
    ),
    people: {
      cells: people,
      rowTotals: people.map(sum),
      columnTotals: SEXES.map((_, c) => sum(people.map((row) => row[c]!))),
      total: t.peopleServed,
    },
  };
}

/** A small total is a small count too: hidden, with what would give it away. */
const publishing = (threshold: number) => ({ threshold, totalsSensitive: true });

/** The public tables of a period, suppressed together. */
const publicSet = (counts: PublicCounts, threshold: number) =>
  suppressLinked(publicTables(counts), PUBLIC_LINKS, publishing(threshold)).tables;

/** The published figures of a period: its tables suppressed together, hidden counts as null. */
export function publishedFigures(counts: PublicCounts, year: number, threshold: number) {
  const p = publicSet(counts, threshold);
  const shown = publishedValue;
  const served = shown(p.bySex.total);
  const services = shown(p.services.total);
  const rows = (view: BreakdownView, published: Published[]) =>
    view.rows.map((r, i) => ({ key: r.key, value: shown(published[i]!) }));
  return {
    year,
    threshold,
    table: {
      registeredVictims: shown(p.registered.total),
      acceptedHelp: shown(p.registered.cells[0]!),
      peopleServed: served,
      women: shown(p.bySex.cells[0]!),
      men: shown(p.bySex.cells[1]!),
      children: shown(p.bySex.cells[2]!),
      otherOrUnknownSex: shown(p.bySex.cells[3]!),
      withDisability: shown(p.disability.cells[0]!),
      anonymous: shown(p.anonymous.cells[0]!),
      servicesGiven: services,
      servicesPerPerson: served && services ? Math.round((services / served) * 10) / 10 : null,
    },
    servicesByType: { rows: rows(counts.services, p.services.cells), total: services },
    casesByCrimeType: { rows: rows(counts.crimes, p.crimes.cells), total: shown(p.crimes.total) },
    peopleBySexAndAge: {
      ageGroups: [...AGE_GROUPS],
      sexes: [...SEXES],
      cells: p.people.cells.map((row) => row.map(shown)),
      rowTotals: p.people.rowTotals.map(shown),
      columnTotals: p.people.columnTotals.map(shown),
      total: shown(p.people.total),
    },
  };
}

/** The entry of the public tables that is each indicator's total. */
const TOTAL_OF: Partial<Record<Indicator, Entry>> = {
  people_served: at('bySex', { total: true }),
  services_given: at('services', { total: true }),
  cases_opened: at('crimes', { total: true }),
  registered_victims: at('registered', { total: true }),
  accepted_help: at('registered', { item: 0 }),
};

/**
 * How one indicator by one breakdown adds to the public tables: its total is one of theirs, and its
 * rows are theirs where it is one of them (services by type, cases by crime type) or add up to theirs
 * (people served by sex: female and male are columns of people by age group and sex, another and
 * unknown sex add up to the third).
 */
export function breakdownLinks(view: BreakdownView, counts: PublicCounts): Link[] {
  const rowsOf = (keys: string[]) =>
    view.rows.flatMap((r, i) => (keys.includes(r.key) ? [at('breakdown', { item: i })] : []));
  const total = TOTAL_OF[view.indicator];
  const table =
    view.indicator === 'services_given' && ['serviceType', 'default'].includes(view.by)
      ? ({ name: 'services', rows: counts.services.rows } as const)
      : view.indicator === 'cases_opened' && ['crimeType', 'default'].includes(view.by)
        ? ({ name: 'crimes', rows: counts.crimes.rows } as const)
        : null;
  return [
    ...(total ? [same(at('breakdown', { total: true }), total)] : []),
    ...(table?.rows.map((r, i) => ({ members: rowsOf([r.key]), total: at(table.name, { item: i }) })) ?? []),
    ...(view.indicator === 'people_served' && view.by === 'sex'
      ? [['female'], ['male'], ['other', 'unknown']].map((keys, column) => ({
          members: rowsOf(keys),
          total: at('people', { columnTotal: column }),
        }))
      : []),
  ];
}

/**
 * One indicator by one breakdown as published for a period: suppressed beside the period's public
 * tables, which stay as published, so that the two read together give nothing away.
 */
export function publishedBreakdown(counts: PublicCounts, view: BreakdownView, threshold: number) {
  const tables = {
    ...publicTables(counts),
    breakdown: { cells: view.rows.map((r) => r.value), total: view.total },
  };
  const links = [...PUBLIC_LINKS, ...breakdownLinks(view, counts)];
  return suppressLinked(tables, links, publishing(threshold), publicSet(counts, threshold)).tables.breakdown;
}

/** What the public figures of a period are made of, counted by the database. */
export async function publicCounts(
  db: Db,
  f: StatisticsFilter,
  organisationId: string | null = null,
): Promise<PublicCounts> {
  const [table, services, crimes, grid] = await Promise.all([
    seedTable(db, f, organisationId),
    breakdown(db, 'services_given', 'serviceType', f, organisationId),
    breakdown(db, 'cases_opened', 'crimeType', f, organisationId),
    servedBySexAndAge(db, f, organisationId),
  ]);
  const people = AGE_GROUPS.map((age) =>
    SEXES.map((sex) => grid.find((g) => g.ageGroup === age && g.sex === sex)?.value ?? 0),
  );
  return { table, services, crimes, people };
}

/** The published figures of a period (the public page shows a calendar year). */
export async function publicStatistics(
  db: Db,
  f: StatisticsFilter,
  threshold: number,
  organisationId: string | null = null,
) {
  const counts = await publicCounts(db, f, organisationId);
  return publishedFigures(counts, Number(f.from.slice(0, 4)), threshold);
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
