import { createHash, createHmac } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** Audited transactions spread over this many independent hash chains, so they need not queue on one lock. */
export const CHAIN_COUNT = 8;

/** What an event says; its content hash covers exactly these fields. */
export type EventContent = {
  at: string;
  actorUserId: string | null;
  actorEmail: string | null;
  membershipId: string | null;
  organisationId: string | null;
  role: string | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  outcome: string;
  requestId: string;
  detail: Record<string, unknown> | null;
};

export type StoredEvent = EventContent & {
  seq: number;
  chain: number;
  chainSeq: number;
  prevHash: string;
  hash: string;
};

/** Stable JSON: object keys sorted at every depth, so the hash does not depend on key order. */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const CONTENT_FIELDS: readonly (keyof EventContent)[] = [
  'at',
  'actorUserId',
  'actorEmail',
  'membershipId',
  'organisationId',
  'role',
  'action',
  'recordType',
  'recordId',
  'outcome',
  'requestId',
  'detail',
];

/** Hash of exactly the content fields, so the stored chain columns never feed their own hash. */
export function contentHash(event: EventContent): string {
  return sha256(canonical(Object.fromEntries(CONTENT_FIELDS.map((field) => [field, event[field]]))));
}

/**
 * A link: HMAC-SHA-256 under the audit key, which is derived from the master key and never enters
 * the database, so someone who can rewrite the table cannot compute a link that verifies.
 */
export function linkHash(key: Buffer, prevHash: string, chain: number, chainSeq: number, content: string) {
  return createHmac('sha256', key)
    .update(`${prevHash}|${chain}|${chainSeq}|${content}`, 'utf8')
    .digest('hex');
}

/** The unkeyed link audit_append() wrote before links were keyed; accepted only where a checkpoint allows it. */
export function plainLinkHash(prevHash: string, chain: number, chainSeq: number, content: string): string {
  return sha256(`${prevHash}|${chain}|${chainSeq}|${content}`);
}

export type ChainCheck = {
  checked: number;
  ok: boolean;
  firstBrokenSeq: number | null;
  reason: string | null;
};
export type ChainPosition = { prevHash: string; chainSeq: number };
export const CHAIN_START: ChainPosition = { prevHash: GENESIS_HASH, chainSeq: 0 };

/**
 * Walks one chain's events in chain order. A link breaks when an event's content no longer gives
 * its hash, when it does not point at its predecessor's hash, or when a link is missing. The first
 * `plainLinks` links of the chain are the unkeyed ones written before keys; every later one is keyed.
 */
export function checkChain(
  key: Buffer,
  chain: number,
  events: Iterable<StoredEvent>,
  start: ChainPosition = CHAIN_START,
  plainLinks = 0,
) {
  let position = start;
  let checked = 0;
  for (const event of events) {
    const where = `chain ${chain}, sequence ${event.chainSeq} (event ${event.seq})`;
    let reason: string | null = null;
    if (event.chain !== chain) reason = `${where}: belongs to chain ${event.chain}`;
    else if (event.chainSeq !== position.chainSeq + 1)
      reason = `chain ${chain}, sequence ${position.chainSeq + 1}: missing (the next event, ${event.seq}, is sequence ${event.chainSeq})`;
    else if (event.prevHash !== position.prevHash) reason = `${where}: does not point at the previous event`;
    else {
      const content = contentHash(event);
      const plain = plainLinkHash(event.prevHash, chain, event.chainSeq, content);
      if (event.chainSeq <= plainLinks) {
        if (plain !== event.hash) reason = `${where}: content does not match its hash`;
      } else if (linkHash(key, event.prevHash, chain, event.chainSeq, content) !== event.hash) {
        // The expected link is never printed: it would let whoever reads the report forge this one.
        reason =
          plain === event.hash
            ? `${where}: linked with plain SHA-256, not with the audit key`
            : `${where}: content does not match its keyed link`;
      }
    }
    if (reason)
      return { result: { checked, ok: false, firstBrokenSeq: event.seq, reason } as ChainCheck, position };
    checked += 1;
    position = { prevHash: event.hash, chainSeq: event.chainSeq };
  }
  return { result: { checked, ok: true, firstBrokenSeq: null, reason: null } as ChainCheck, position };
}
