import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { cases } from '../cases/tables.ts';
import type { Db } from '../platform/db.ts';
import { compensationClaims, investigations, legalSteps } from './tables.ts';

// Queries of the legal side's outside actors: the police's investigation and protection requests,
// and the claims the Ministry of Justice receives.

export type InvestigationRow = typeof investigations.$inferSelect;
export type ClaimRow = typeof compensationClaims.$inferSelect;

export async function investigationsOf(db: Db, caseIds: string[]): Promise<InvestigationRow[]> {
  if (caseIds.length === 0) return [];
  return db.select().from(investigations).where(inArray(investigations.caseId, caseIds));
}

/**
 * The police's save of the investigation: the first one stores version 1; later ones only over the
 * version read, so two officers saving at once cannot both win. False when the version was stale.
 */
export async function saveInvestigationAt(
  db: Db,
  values: Omit<typeof investigations.$inferInsert, 'version'>,
  version: number,
) {
  if (version === 0) {
    const inserted = await db
      .insert(investigations)
      .values({ ...values, version: 1 })
      .onConflictDoNothing()
      .returning({ caseId: investigations.caseId });
    if (inserted.length > 0) return true;
  }
  const updated = await db
    .update(investigations)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(investigations.caseId, values.caseId), eq(investigations.version, version)))
    .returning({ caseId: investigations.caseId });
  return updated.length > 0;
}

export async function protectionStepsOf(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(legalSteps)
    .where(and(inArray(legalSteps.caseId, caseIds), eq(legalSteps.kind, 'protection')))
    .orderBy(asc(legalSteps.createdAt));
}

/** The answer to a protection request, over the version read; null when stale or not a protection step. */
export async function answerProtection(
  db: Db,
  caseId: string,
  id: string,
  answer: { version: number; status: string; answeredOn: string },
) {
  const [row] = await db
    .update(legalSteps)
    .set({ status: answer.status, answeredOn: answer.answeredOn, version: answer.version + 1 })
    .where(
      and(
        eq(legalSteps.id, id),
        eq(legalSteps.caseId, caseId),
        eq(legalSteps.kind, 'protection'),
        eq(legalSteps.version, answer.version),
      ),
    )
    .returning();
  return row ?? null;
}

export async function claimOf(db: Db, caseId: string): Promise<ClaimRow | null> {
  const [row] = await db.select().from(compensationClaims).where(eq(compensationClaims.caseId, caseId));
  return row ?? null;
}

/** Claims sent to an authority, newest first, with their case's reference. */
export async function claimsSentTo(db: Db, authorityOrganisationId: string) {
  return db
    .select({ claim: compensationClaims, reference: cases.reference, personId: cases.personId })
    .from(compensationClaims)
    .innerJoin(cases, eq(cases.id, compensationClaims.caseId))
    .where(
      and(
        eq(compensationClaims.authorityOrganisationId, authorityOrganisationId),
        isNotNull(compensationClaims.stage),
      ),
    )
    .orderBy(desc(compensationClaims.sentAt))
    .limit(500);
}

/** A change to a claim over the version read; null when someone changed it first. */
export async function updateClaimAt(
  db: Db,
  caseId: string,
  version: number,
  set: Partial<Omit<typeof compensationClaims.$inferInsert, 'caseId' | 'version'>>,
) {
  const [row] = await db
    .update(compensationClaims)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(and(eq(compensationClaims.caseId, caseId), eq(compensationClaims.version, version)))
    .returning();
  return row ?? null;
}
