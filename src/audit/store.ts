import { randomInt } from 'node:crypto';
import { and, asc, desc, eq, gt, gte, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../platform/db.ts';
import {
  CHAIN_COUNT,
  CHAIN_START,
  type ChainCheck,
  type ChainPosition,
  checkChain,
  contentHash,
  type EventContent,
  type StoredEvent,
} from './chain.ts';
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

/**
 * Append one event, inside the transaction of the change it records. The event joins one of the
 * CHAIN_COUNT hash chains at random; audit_append() links it under that chain's lock in one round trip.
 */
export async function appendAudit(db: Db, actor: AuditActor, requestId: string, entry: AuditEntry) {
  const content: EventContent = {
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
  await db.execute(sql`select audit_append(
    ${randomInt(CHAIN_COUNT)}::smallint, ${contentHash(content)}, ${content.at}::timestamptz, ${content.actorUserId}::uuid,
    ${content.actorEmail}, ${content.membershipId}::uuid, ${content.organisationId}::uuid, ${content.role},
    ${content.action}, ${content.recordType}, ${content.recordId}, ${content.outcome}, ${content.requestId},
    ${content.detail === null ? null : JSON.stringify(content.detail)}::jsonb)`);
}

function toStored(row: typeof auditEvents.$inferSelect): StoredEvent {
  return { ...row, at: row.at.toISOString() };
}

/** Walk every chain in pages, so a large trail is checked in bounded memory. */
export async function verifyChain(db: Db, pageSize = 5000): Promise<ChainCheck> {
  let checked = 0;
  for (let chain = 0; chain < CHAIN_COUNT; chain++) {
    let position: ChainPosition = CHAIN_START;
    for (;;) {
      const rows = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.chain, chain), gt(auditEvents.chainSeq, position.chainSeq)))
        .orderBy(asc(auditEvents.chainSeq))
        .limit(pageSize);
      if (rows.length === 0) break;
      const step = checkChain(chain, rows.map(toStored), position);
      checked += step.result.checked;
      if (!step.result.ok) return { ...step.result, checked };
      position = step.position;
    }
  }
  const [outside] = await db
    .select({ seq: auditEvents.seq })
    .from(auditEvents)
    .where(or(lt(auditEvents.chain, 0), gte(auditEvents.chain, CHAIN_COUNT)))
    .limit(1);
  if (outside) return { checked, ok: false, firstBrokenSeq: outside.seq, reason: 'belongs to no chain' };
  return { checked, ok: true, firstBrokenSeq: null, reason: null };
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
