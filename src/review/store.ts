import { and, asc, desc, eq } from 'drizzle-orm';
import { namesOf } from '../access/store.ts';
import { users } from '../access/tables.ts';
import { cases } from '../cases/tables.ts';
import type { Db } from '../platform/db.ts';
import { approvalSettings, approvals, reconsiderations } from './tables.ts';

// Queries of a second look; every verb scopes them by the case or organisation it already authorised.

export type ApprovalRow = typeof approvals.$inferSelect;
export type ReconsiderationRow = typeof reconsiderations.$inferSelect;

export async function settingsOf(db: Db, organisationId: string) {
  const [row] = await db
    .select()
    .from(approvalSettings)
    .where(eq(approvalSettings.organisationId, organisationId))
    .limit(1);
  return row ?? null;
}

/** Write the settings guarded by the version read; null when someone else changed them first. */
export async function saveSettings(
  db: Db,
  organisationId: string,
  version: number,
  values: Pick<typeof approvalSettings.$inferInsert, 'subjects' | 'approvers' | 'updatedByUserId'>,
) {
  if (version === 0) {
    const [created] = await db
      .insert(approvalSettings)
      .values({ organisationId, ...values, version: 1 })
      .onConflictDoNothing()
      .returning();
    if (created) return created;
  }
  const [updated] = await db
    .update(approvalSettings)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(approvalSettings.organisationId, organisationId), eq(approvalSettings.version, version)))
    .returning();
  return updated ?? null;
}

export const approvalsOf = (db: Db, caseId: string) =>
  db.select().from(approvals).where(eq(approvals.caseId, caseId)).orderBy(asc(approvals.createdAt));

export async function pendingApproval(db: Db, caseId: string, subject: string) {
  const [row] = await db
    .select()
    .from(approvals)
    .where(and(eq(approvals.caseId, caseId), eq(approvals.subject, subject), eq(approvals.status, 'pending')))
    .limit(1);
  return row ?? null;
}

export async function insertApproval(db: Db, values: typeof approvals.$inferInsert) {
  const [row] = await db.insert(approvals).values(values).returning();
  return row!;
}

/** Decide a pending request guarded by its version: null when another decision came first. */
export async function decideApprovalRow(
  db: Db,
  id: string,
  version: number,
  values: Pick<ApprovalRow, 'status' | 'decidedByUserId' | 'sealedComments'>,
) {
  const [row] = await db
    .update(approvals)
    .set({ ...values, decidedAt: new Date(), version: version + 1 })
    .where(and(eq(approvals.id, id), eq(approvals.version, version), eq(approvals.status, 'pending')))
    .returning();
  return row ?? null;
}

/** The organisation's requests waiting for a decision, with their case's reference, oldest first. */
export const pendingApprovalsOf = (db: Db, organisationId: string) =>
  db
    .select({
      id: approvals.id,
      caseId: approvals.caseId,
      caseReference: cases.reference,
      subject: approvals.subject,
      requestedByUserId: approvals.requestedByUserId,
      requestedBy: users.displayName,
      requestedAt: approvals.createdAt,
    })
    .from(approvals)
    .innerJoin(cases, eq(cases.id, approvals.caseId))
    .innerJoin(users, eq(users.id, approvals.requestedByUserId))
    .where(and(eq(approvals.organisationId, organisationId), eq(approvals.status, 'pending')))
    .orderBy(asc(approvals.createdAt));

export const reconsiderationsOf = (db: Db, caseId: string) =>
  db
    .select()
    .from(reconsiderations)
    .where(eq(reconsiderations.caseId, caseId))
    .orderBy(asc(reconsiderations.createdAt));

export async function pendingReconsideration(db: Db, caseId: string) {
  const [row] = await db
    .select()
    .from(reconsiderations)
    .where(and(eq(reconsiderations.caseId, caseId), eq(reconsiderations.status, 'pending')))
    .orderBy(desc(reconsiderations.createdAt))
    .limit(1);
  return row ?? null;
}

export async function insertReconsideration(db: Db, values: typeof reconsiderations.$inferInsert) {
  const [row] = await db.insert(reconsiderations).values(values).returning();
  return row!;
}

export async function decideReconsiderationRow(
  db: Db,
  id: string,
  values: Pick<ReconsiderationRow, 'outcome' | 'decidedByUserId' | 'decidedOn' | 'sealedDecisionReasons'>,
) {
  const [row] = await db
    .update(reconsiderations)
    .set({ ...values, status: 'decided' })
    .where(and(eq(reconsiderations.id, id), eq(reconsiderations.status, 'pending')))
    .returning();
  return row ?? null;
}

/** Display names of accounts, by id. */
export const userNames = async (db: Db, ids: readonly (string | null)[]) =>
  new Map(await namesOf(db, [...new Set(ids.filter((id): id is string => id !== null))]));
