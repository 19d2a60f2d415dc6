import { and, asc, desc, eq, gt, gte, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../platform/db.ts';
import { type ChainCheck, checkChain, eventHash, GENESIS_HASH, type StoredEvent } from './chain.ts';
import { auditEvents } from './tables.ts';

export type AuditActor = {
  userId: string | null;
  email: string | null;
  membershipId: string | null;
  organisationId: string | null;
  role: string | null;
};

export type AuditEntry = {
  action: string;
  recordType?: string | null;
  recordId?: string | null;
  outcome: 'success' | 'denied' | 'failure';
  detail?: Record<string, unknown> | null;
};

// One lock number for the whole chain: appends are serialised until the writing transaction ends,
// so every event points at the one committed before it.
const CHAIN_LOCK = 7_243_117;

/** Append one event. Call inside the transaction of the change it records. */
export async function appendAudit(db: Db, actor: AuditActor, requestId: string, entry: AuditEntry) {
  await db.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const [last] = await db
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const fields = {
    seq: (last?.seq ?? 0) + 1,
    at: new Date().toISOString(),
    actorUserId: actor.userId,
    actorEmail: actor.email,
    membershipId: actor.membershipId,
    organisationId: actor.organisationId,
    role: actor.role,
    action: entry.action,
    recordType: entry.recordType ?? null,
    recordId: entry.recordId ?? null,
    outcome: entry.outcome,
    requestId,
    detail: entry.detail ?? null,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await db
    .insert(auditEvents)
    .values({ ...fields, at: new Date(fields.at), prevHash, hash: eventHash(prevHash, fields) });
}

function toStored(row: typeof auditEvents.$inferSelect): StoredEvent {
  return { ...row, at: row.at.toISOString() };
}

/** Walk the whole chain in pages, so a large trail is checked in bounded memory. */
export async function verifyChain(db: Db, pageSize = 5000): Promise<ChainCheck> {
  let state = { prevHash: GENESIS_HASH, seq: 0 };
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, state.seq))
      .orderBy(asc(auditEvents.seq))
      .limit(pageSize);
    if (rows.length === 0) return { checked, ok: true, firstBrokenSeq: null, reason: null };
    const { result, prevHash } = checkChain(rows.map(toStored), state);
    checked += result.checked;
    if (!result.ok) return { ...result, checked };
    state = { prevHash, seq: rows[rows.length - 1]!.seq };
  }
}

export type AuditFilter = {
  action?: string;
  actorEmail?: string;
  recordId?: string;
  outcome?: 'success' | 'denied' | 'failure';
  from?: Date;
  to?: Date;
  before?: number;
  limit: number;
};

export async function listAudit(db: Db, filter: AuditFilter) {
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.actorEmail) conditions.push(eq(auditEvents.actorEmail, filter.actorEmail.toLowerCase()));
  if (filter.recordId) conditions.push(eq(auditEvents.recordId, filter.recordId));
  if (filter.outcome) conditions.push(eq(auditEvents.outcome, filter.outcome));
  if (filter.from) conditions.push(gte(auditEvents.at, filter.from));
  if (filter.to) conditions.push(lte(auditEvents.at, filter.to));
  if (filter.before) conditions.push(lt(auditEvents.seq, filter.before));
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.seq))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  return {
    items: page,
    nextBefore: rows.length > filter.limit ? (page[page.length - 1]?.seq ?? null) : null,
  };
}
