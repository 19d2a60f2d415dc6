import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export type ChainedFields = {
  seq: number;
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
  detail: unknown;
};

/** Stable JSON: object keys sorted at every depth, so the hash does not depend on key order. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

export function eventHash(prevHash: string, event: ChainedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonical(event)).digest('hex');
}

export type StoredEvent = ChainedFields & { prevHash: string; hash: string };

export type ChainCheck = {
  checked: number;
  ok: boolean;
  firstBrokenSeq: number | null;
  reason: string | null;
};

/**
 * Walks events in order. A link breaks when an event's content no longer gives its hash, when it
 * does not point at its predecessor's hash, or when a sequence number is missing.
 */
export function checkChain(events: Iterable<StoredEvent>, start = { prevHash: GENESIS_HASH, seq: 0 }) {
  let prevHash = start.prevHash;
  let expectedSeq = start.seq + 1;
  let checked = 0;
  for (const event of events) {
    const { prevHash: storedPrev, hash, ...fields } = event;
    let reason: string | null = null;
    if (event.seq !== expectedSeq) reason = `expected event ${expectedSeq}, found ${event.seq}`;
    else if (storedPrev !== prevHash) reason = 'does not point at the previous event';
    else if (eventHash(storedPrev, fields) !== hash) reason = 'content does not match its hash';
    if (reason)
      return { result: { checked, ok: false, firstBrokenSeq: expectedSeq, reason } as ChainCheck, prevHash };
    checked += 1;
    prevHash = hash;
    expectedSeq += 1;
  }
  return { result: { checked, ok: true, firstBrokenSeq: null, reason: null } as ChainCheck, prevHash };
}
