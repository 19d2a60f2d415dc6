import { createHash } from 'node:crypto';
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
 * The chain a request's events join: one of CHAIN_COUNT, the same for every event of the request.
 * audit_append() holds its chain's lock until the transaction ends, so a transaction that wrote to
 * two chains in one order could deadlock with another writing to them in the other (it did, under
 * concurrent intakes and notes); one chain per request keeps every transaction to one lock.
 */
export const chainOf = (requestId: string) =>
  createHash('sha256').update(requestId).digest().readUInt16BE(0) % CHAIN_COUNT;

/**
 * Append one event, inside the transaction of the change it records, to its request's chain;
 * audit_append() links it under that chain's lock in one round trip.
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
    ${chainOf(requestId)}::smallint, ${contentHash(content)}, ${content.at}::timestamptz, ${content.actorUserId}::uuid,
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
  flagged?: boolean;
  limit: number;
};

/** Reads of a case off the reader's team, and identities opened for a reason (see cases/verbs.ts). */
const FLAGGED = sql`(${auditEvents.detail}->>'breakGlass' = 'true' or ${auditEvents.detail}->>'outsideTeam' = 'true')`;

/** How an event is flagged for review, and the reason given for break-glass access. */
export function flagOf(detail: unknown): {
  flag: 'break_glass' | 'outside_team' | null;
  reason: string | null;
} {
  const d = (detail ?? {}) as { breakGlass?: boolean; outsideTeam?: boolean; reason?: unknown };
  if (d.breakGlass) return { flag: 'break_glass', reason: typeof d.reason === 'string' ? d.reason : null };
  return { flag: d.outsideTeam ? 'outside_team' : null, reason: null };
}

export async function listAudit(db: Db, filter: AuditFilter) {
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.actorEmail) conditions.push(eq(auditEvents.actorEmail, filter.actorEmail.toLowerCase()));
  if (filter.recordId) conditions.push(eq(auditEvents.recordId, filter.recordId));
  if (filter.outcome) conditions.push(eq(auditEvents.outcome, filter.outcome));
  if (filter.from) conditions.push(gte(auditEvents.at, filter.from));
  if (filter.to) conditions.push(lte(auditEvents.at, filter.to));
  if (filter.before) conditions.push(lt(auditEvents.seq, filter.before));
  if (filter.flagged) conditions.push(FLAGGED);
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

/**
 * Case reads in [from, to), grouped by the reader's organisation, the reader and the case: how many,
 * how many off the team, and each break-glass opening with its reason. Computed in the database.
 */
export async function caseAccesses(db: Db, from: Date, to: Date, organisationId: string | null) {
  const rows = (await db.execute(sql`
    select e.organisation_id as "organisationId", e.actor_email as "actorEmail", e.role, e.record_id as "caseId",
           (select c.reference from cases c where c.id::text = e.record_id) as "caseReference",
           -- Every opening of the case counts, an identity opened for a reason included.
           count(*)::int as reads,
           count(*) filter (where e.detail->>'outsideTeam' = 'true')::int as "outsideTeam",
           coalesce(jsonb_agg(jsonb_build_object('at', e.at, 'reason', e.detail->>'reason') order by e.at)
             filter (where e.detail->>'breakGlass' = 'true'), '[]'::jsonb) as "breakGlass",
           min(e.at) as first, max(e.at) as last
    from audit_events e
    where e.action in ('case.read', 'case.identity.open') and e.outcome = 'success'
      and e.at >= ${from} and e.at < ${to} and e.organisation_id is not null
      ${organisationId ? sql`and e.organisation_id = ${organisationId}` : sql``}
    group by e.organisation_id, e.actor_email, e.role, e.record_id
    order by e.organisation_id, e.actor_email, min(e.at)`)) as unknown as {
    rows: {
      organisationId: string;
      actorEmail: string | null;
      role: string | null;
      caseId: string;
      caseReference: string | null;
      reads: number;
      outsideTeam: number;
      breakGlass: { at: string; reason: string }[];
      first: string | Date;
      last: string | Date;
    }[];
  };
  return rows.rows;
}
