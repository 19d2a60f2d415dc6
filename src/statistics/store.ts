import type { SQL } from 'drizzle-orm';
import type { Db } from '../platform/db.ts';
import { indicatorQuery, seedTableQuery, servedBySexAndAgeQuery } from './indicators.ts';
import type { Breakdown, BreakdownView, Indicator, SeedTable, StatisticsFilter } from './model.ts';

// Running the indicators: each is one query; nothing about a case is loaded into memory.

type Row = Record<string, string | number | null>;
const rowsOf = async (db: Db, query: SQL) => ((await db.execute(query)) as unknown as { rows: Row[] }).rows;
const num = (v: string | number | null | undefined) => (v === null || v === undefined ? 0 : Number(v));

export async function seedTable(
  db: Db,
  f: StatisticsFilter,
  organisationId: string | null,
): Promise<SeedTable> {
  const [row] = await rowsOf(db, seedTableQuery(f, organisationId));
  const served = num(row?.peopleServed);
  const services = num(row?.servicesGiven);
  return {
    registeredVictims: num(row?.registeredVictims),
    acceptedHelp: num(row?.acceptedHelp),
    peopleServed: served,
    women: num(row?.women),
    men: num(row?.men),
    children: num(row?.children),
    otherOrUnknownSex: num(row?.otherOrUnknownSex),
    withDisability: num(row?.withDisability),
    anonymous: num(row?.anonymous),
    servicesGiven: services,
    servicesPerPerson: served === 0 ? 0 : Math.round((services / served) * 10) / 10,
  };
}

export async function breakdown(
  db: Db,
  indicator: Indicator,
  by: Breakdown | undefined,
  f: StatisticsFilter,
  organisationId: string | null,
): Promise<BreakdownView> {
  const query = indicatorQuery(indicator, by, f, organisationId);
  const [totalRows, rows] = await Promise.all([
    rowsOf(db, query.total),
    query.rows ? rowsOf(db, query.rows) : [],
  ]);
  return {
    indicator,
    by: by ?? (query.rows ? 'default' : 'none'),
    rows: rows.map((r) => ({ key: String(r.key), value: num(r.value) })),
    total: num(totalRows[0]?.value),
  };
}

export async function servedBySexAndAge(db: Db, f: StatisticsFilter, organisationId: string | null) {
  const rows = await rowsOf(db, servedBySexAndAgeQuery(f, organisationId));
  return rows.map((r) => ({ ageGroup: String(r.age_group), sex: String(r.sex), value: num(r.value) }));
}
