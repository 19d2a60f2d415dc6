import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gt, gte, inArray, lt, lte, max, or, type SQL, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Keys } from '../platform/crypto/keys.ts';
import type { Db } from '../platform/db.ts';
import {
  CHAIN_COUNT,
  CHAIN_START,
  type ChainCheck,
  type ChainPosition,
  checkChain,
  contentHash,
  type EventContent,
  linkHash,
  plainLinkHash,
  type StoredEvent,
} from './chain.ts';
import {
  type Checkpoint,
  compareWithCheckpoints,
  expectationsOf,
  type Found,
  type Problem,
  signCheckpoint,
} from './checkpoint.ts';
import { auditKeys } from './keys.ts';
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
 * A chain's lock is held until the transaction ends, so a transaction that wrote to two chains in
 * one order could deadlock with another writing to them in the other (it did, under concurrent
 * intakes and notes); one chain per request keeps every transaction to one lock.
 */
export const chainOf = (requestId: string) =>
  createHash('sha256').update(requestId).digest().readUInt16BE(0) % CHAIN_COUNT;

type Rows<T> = { rows: T[] };

/**
 * Append one event, inside the transaction of the change it records, to its request's chain.
 * audit_chain_head() takes the chain's lock for the rest of the transaction and answers its head;
 * the keyed link is computed here, since the key never enters the database; then the row goes in.
 * Two round trips; an event recorded outside a transaction gets one of its own.
 */
export async function appendAudit(
  db: Db,
  keys: Keys,
  actor: AuditActor,
  requestId: string,
  entry: AuditEntry,
) {
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
  const chain = chainOf(requestId);
  const link = async (tx: Db) => {
    const { rows } = (await tx.execute(
      sql`select head_seq as "chainSeq", head_hash as hash from audit_chain_head(${chain}::smallint)`,
    )) as unknown as Rows<{ chainSeq: string | number; hash: string }>;
    const head = rows[0]!;
    const chainSeq = Number(head.chainSeq) + 1;
    await tx.insert(auditEvents).values({
      ...content,
      at: new Date(content.at),
      chain,
      chainSeq,
      prevHash: head.hash,
      hash: linkHash(auditKeys(keys).link, head.hash, chain, chainSeq, contentHash(content)),
    });
  };
  await (inTransaction(db) ? link(db) : db.transaction(link));
}

/** The chain's lock lasts until the transaction ends; outside one it would end with the statement. */
const inTransaction = (db: Db): boolean => db instanceof PgTransaction;

function toStored(row: typeof auditEvents.$inferSelect): StoredEvent {
  return { ...row, at: row.at.toISOString() };
}

/** The last event of every chain (position 0 and the genesis hash for an empty one), as committed now. */
async function chainHeads(db: Db) {
  const { rows } = (await db.execute(sql`
    select c.chain, coalesce(h.chain_seq, 0) as "chainSeq", coalesce(h.hash, repeat('0', 64)) as hash
    from generate_series(0, ${CHAIN_COUNT - 1}) as c(chain)
    left join lateral (
      select e.chain_seq, e.hash from audit_events e where e.chain = c.chain order by e.chain_seq desc limit 1
    ) h on true
    order by c.chain`)) as unknown as Rows<{ chain: number; chainSeq: string | number; hash: string }>;
  return rows.map((r) => ({ chain: Number(r.chain), chainSeq: Number(r.chainSeq), hash: r.hash }));
}

/** How many events at the start of a chain carry the unkeyed links written before links were keyed. */
async function plainPrefix(db: Db, chain: number, pageSize = 500): Promise<number> {
  let count = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.chain, chain), gt(auditEvents.chainSeq, count)))
      .orderBy(asc(auditEvents.chainSeq))
      .limit(pageSize);
    for (const event of rows.map(toStored)) {
      const plain = plainLinkHash(event.prevHash, chain, event.chainSeq, contentHash(event));
      if (event.chainSeq !== count + 1 || event.hash !== plain) return count;
      count += 1;
    }
    if (rows.length < pageSize) return count;
  }
}

/**
 * A signed checkpoint of every chain's head. The unkeyed start of each chain is found by reading it
 * unless given: a server finds it once and keeps it, since it never grows.
 */
export async function takeCheckpoint(
  db: Db,
  keys: Keys,
  plainLinks: readonly number[] | null = null,
): Promise<Checkpoint> {
  const heads = [];
  for (const head of await chainHeads(db)) {
    heads.push({ ...head, plainLinks: plainLinks?.[head.chain] ?? (await plainPrefix(db, head.chain)) });
  }
  return signCheckpoint(auditKeys(keys).checkpoint, new Date(), heads);
}

/** The result of a verification, with every problem found (at most a broken link and two checkpoint differences per chain). */
export type AuditCheck = ChainCheck & { problems: Problem[] };

/**
 * Walk every chain in pages, so a large trail is checked in bounded memory, checking every link under
 * the audit key; then hold each chain against the heads the checkpoints recorded of it.
 */
export async function verifyChain(
  db: Db,
  keys: Keys,
  checkpoints: Checkpoint[] = [],
  pageSize = 5000,
): Promise<AuditCheck> {
  const { link: key } = auditKeys(keys);
  const expectations = expectationsOf(checkpoints);
  const problems: Problem[] = [];
  let checked = 0;
  for (let chain = 0; chain < CHAIN_COUNT; chain++) {
    const { plainLinks, heads } = expectations[chain]!;
    let position: ChainPosition = CHAIN_START;
    for (;;) {
      const rows = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.chain, chain), gt(auditEvents.chainSeq, position.chainSeq)))
        .orderBy(asc(auditEvents.chainSeq))
        .limit(pageSize);
      if (rows.length === 0) break;
      const step = checkChain(key, chain, rows.map(toStored), position, plainLinks);
      checked += step.result.checked;
      if (!step.result.ok) {
        problems.push({ eventSeq: step.result.firstBrokenSeq, message: step.result.reason! });
        break;
      }
      position = step.position;
    }
    if (heads.length === 0) continue;
    const [last] = await db
      .select({ length: max(auditEvents.chainSeq) })
      .from(auditEvents)
      .where(eq(auditEvents.chain, chain));
    const length = Number(last?.length ?? 0);
    const positions = heads.map((h) => h.chainSeq).filter((s) => s <= length);
    const found = new Map<number, Found>();
    if (positions.length > 0) {
      const rows = await db
        .select({ chainSeq: auditEvents.chainSeq, hash: auditEvents.hash, seq: auditEvents.seq })
        .from(auditEvents)
        .where(and(eq(auditEvents.chain, chain), inArray(auditEvents.chainSeq, positions)));
      for (const row of rows) found.set(row.chainSeq, row);
    }
    problems.push(...compareWithCheckpoints(chain, heads, found, length));
  }
  const [outside] = await db
    .select({ seq: auditEvents.seq })
    .from(auditEvents)
    .where(or(lt(auditEvents.chain, 0), gte(auditEvents.chain, CHAIN_COUNT)))
    .limit(1);
  if (outside) problems.push({ eventSeq: outside.seq, message: `event ${outside.seq}: belongs to no chain` });
  const first = problems[0];
  return {
    checked,
    ok: !first,
    firstBrokenSeq: problems.find((p) => p.eventSeq !== null)?.eventSeq ?? null,
    reason: first?.message ?? null,
    problems,
  };
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
