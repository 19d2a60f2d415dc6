import { and, asc, desc, eq, gte, inArray, lte, or, sql } from 'drizzle-orm';
import { organisations } from '../access/tables.ts';
import type { Db } from '../platform/db.ts';
import { actionPlanMeasures, actionPlanReports, awarenessActivities, trainings } from './tables.ts';

// Queries of trainings, awareness and the action plan. `organisationId` null: every organisation's.

const yearRange = (column: typeof trainings.heldOn | typeof awarenessActivities.startsOn, year: number) =>
  and(gte(column, `${year}-01-01`), lte(column, `${year}-12-31`));

export async function insertTraining(db: Db, values: typeof trainings.$inferInsert) {
  const [row] = await db.insert(trainings).values(values).returning();
  return row!;
}

export function trainingsOf(db: Db, year: number, organisationId: string | null) {
  return db
    .select()
    .from(trainings)
    .where(
      and(
        yearRange(trainings.heldOn, year),
        organisationId ? eq(trainings.organiserId, organisationId) : undefined,
      ),
    )
    .orderBy(desc(trainings.heldOn), desc(trainings.createdAt));
}

export async function insertAwareness(db: Db, values: typeof awarenessActivities.$inferInsert) {
  const [row] = await db.insert(awarenessActivities).values(values).returning();
  return row!;
}

export function awarenessOf(db: Db, year: number, organisationId: string | null) {
  return db
    .select()
    .from(awarenessActivities)
    .where(
      and(
        yearRange(awarenessActivities.startsOn, year),
        organisationId ? eq(awarenessActivities.organiserId, organisationId) : undefined,
      ),
    )
    .orderBy(desc(awarenessActivities.startsOn), desc(awarenessActivities.createdAt));
}

/** Names of the given organisations, by id. */
export async function organisationNames(db: Db, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  const rows = unique.length
    ? await db
        .select({ id: organisations.id, lt: organisations.nameLt, en: organisations.nameEn })
        .from(organisations)
        .where(inArray(organisations.id, unique))
    : [];
  return new Map(rows.map((r) => [r.id, { id: r.id, name: { lt: r.lt, en: r.en } }]));
}

export async function insertMeasure(db: Db, values: typeof actionPlanMeasures.$inferInsert) {
  const [row] = await db.insert(actionPlanMeasures).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

/** Measures an organisation is responsible or co-responsible for (or every measure), in code order. */
export function measuresOf(db: Db, organisationId: string | null) {
  return db
    .select()
    .from(actionPlanMeasures)
    .where(
      organisationId
        ? or(
            eq(actionPlanMeasures.responsibleId, organisationId),
            sql`${actionPlanMeasures.coResponsibleIds} @> jsonb_build_array(${organisationId}::text)`,
          )
        : undefined,
    )
    .orderBy(asc(actionPlanMeasures.code));
}

export async function measureById(db: Db, id: string) {
  const [row] = await db.select().from(actionPlanMeasures).where(eq(actionPlanMeasures.id, id));
  return row ?? null;
}

export function reportsOf(db: Db, measureIds: readonly string[]) {
  if (measureIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(actionPlanReports)
    .where(inArray(actionPlanReports.measureId, [...measureIds]))
    .orderBy(asc(actionPlanReports.year));
}

/** The report, or null when one for that year is already there (the unique key decides a race). */
export async function insertReport(db: Db, values: typeof actionPlanReports.$inferInsert) {
  const [row] = await db.insert(actionPlanReports).values(values).onConflictDoNothing().returning();
  return row ?? null;
}
