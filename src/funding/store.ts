import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../platform/db.ts';
import { fundingAllocations } from './tables.ts';

// Allocations with what was delivered under each, counted in the database.

export async function insertAllocation(db: Db, values: typeof fundingAllocations.$inferInsert) {
  const [row] = await db.insert(fundingAllocations).values(values).returning();
  return row!;
}

export async function allocationsByIds(db: Db, ids: string[]) {
  const rows = ids.length
    ? await db.select().from(fundingAllocations).where(inArray(fundingAllocations.id, ids))
    : [];
  return new Map(rows.map((r) => [r.id, r]));
}

type Row = {
  id: string;
  year: number;
  organisation_id: string;
  name_lt_org: string;
  name_en_org: string;
  programme: string;
  name_lt: string;
  name_en: string;
  amount_eur: string;
  services: string;
  people: string;
};

/** A year's allocations (one organisation's, or all), each with the services and people under it. */
export async function allocationsOf(db: Db, year: number, organisationId: string | null) {
  const result = (await db.execute(sql`
    select a.id, a.year, a.organisation_id, o.name_lt as name_lt_org, o.name_en as name_en_org, a.programme,
      a.name_lt, a.name_en, a.amount_eur,
      (select count(*) from services_given s where s.allocation_id = a.id) as services,
      (select count(distinct c.person_id) from services_given s join cases c on c.id = s.case_id
        where s.allocation_id = a.id) as people
    from funding_allocations a join organisations o on o.id = a.organisation_id
    where a.year = ${year} ${organisationId ? sql`and a.organisation_id = ${organisationId}` : sql``}
    order by o.name_en, a.programme, a.name_en`)) as unknown as { rows: Row[] };
  return result.rows;
}

/** Everything delivered under the year's allocations together, and what the funded gave without one. */
export async function fundingTotals(db: Db, year: number, organisationId: string | null) {
  const scope = organisationId ? sql`and a.organisation_id = ${organisationId}` : sql``;
  const result = (await db.execute(sql`
    select
      (select count(distinct c.person_id) from services_given s join cases c on c.id = s.case_id
        join funding_allocations a on a.id = s.allocation_id where a.year = ${year} ${scope}) as people,
      (select count(*) from services_given s
        where s.allocation_id is null and extract(year from s.given_on) = ${year}
          and s.organisation_id in (select a.organisation_id from funding_allocations a where a.year = ${year} ${scope})) as without`)) as unknown as {
    rows: { people: string; without: string }[];
  };
  return {
    people: Number(result.rows[0]?.people ?? 0),
    withoutAllocation: Number(result.rows[0]?.without ?? 0),
  };
}
