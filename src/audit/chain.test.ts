import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkChain,
  contentHash,
  type EventContent,
  GENESIS_HASH,
  linkHash,
  plainLinkHash,
  type StoredEvent,
} from './chain.ts';

const KEY = randomBytes(32);

function content(i: number): EventContent {
  return {
    at: new Date(Date.UTC(2026, 10, 27, 10, 0, i)).toISOString(),
    actorUserId: null,
    actorEmail: `user${i}@atrama.test`,
    membershipId: null,
    organisationId: null,
    role: 'case_worker',
    action: 'person.read',
    recordType: 'person',
    recordId: `p${i}`,
    outcome: 'success',
    requestId: `r${i}`,
    detail: { b: 1, a: [1, 2] },
  };
}

type Link = (prev: string, chain: number, chainSeq: number, content: string) => string;
const keyed: Link = (prev, chain, chainSeq, c) => linkHash(KEY, prev, chain, chainSeq, c);

/** Events 1..n of one chain; `linkOf` links each (keyed by default), as the writer or an attacker would. */
function chain(n: number, chainNumber = 3, linkOf: (i: number) => Link = () => keyed): StoredEvent[] {
  const events: StoredEvent[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const hash = linkOf(i)(prev, chainNumber, i, contentHash(content(i)));
    events.push({ ...content(i), seq: 100 + i, chain: chainNumber, chainSeq: i, prevHash: prev, hash });
    prev = hash;
  }
  return events;
}

/** Links the events again from position `from` on, renumbered, with `link`: what someone rewriting the table does. */
function relink(events: StoredEvent[], from: number, link: Link): StoredEvent[] {
  const out = events.slice(0, from - 1);
  let prev = out.at(-1)?.hash ?? GENESIS_HASH;
  for (const [i, event] of events.slice(from - 1).entries()) {
    const chainSeq = from + i;
    const hash = link(prev, event.chain, chainSeq, contentHash(event));
    out.push({ ...event, chainSeq, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('audit hash chain', () => {
  it('verifies an intact chain', () => {
    expect(checkChain(KEY, 3, chain(5)).result).toEqual({
      checked: 5,
      ok: true,
      firstBrokenSeq: null,
      reason: null,
    });
  });

  it('keys every link: the same event linked without the key, or under another key, gives another hash', () => {
    const c = contentHash(content(1));
    expect(linkHash(KEY, GENESIS_HASH, 3, 1, c)).not.toBe(plainLinkHash(GENESIS_HASH, 3, 1, c));
    expect(linkHash(KEY, GENESIS_HASH, 3, 1, c)).not.toBe(linkHash(randomBytes(32), GENESIS_HASH, 3, 1, c));
    expect(linkHash(KEY, GENESIS_HASH, 3, 1, c)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on the key order of the detail (jsonb reorders keys)', () => {
    const events = chain(2);
    events[0] = { ...events[0]!, detail: { a: [1, 2], b: 1 } };
    expect(checkChain(KEY, 3, events).result.ok).toBe(true);
  });

  it.each([
    [
      'changed content',
      (e: StoredEvent[]) => (e[2] = { ...e[2]!, actorEmail: 'someone.else@atrama.test' }),
      103,
    ],
    ['changed outcome', (e: StoredEvent[]) => (e[0] = { ...e[0]!, outcome: 'denied' }), 101],
    ['changed time', (e: StoredEvent[]) => (e[1] = { ...e[1]!, at: '2026-11-27T09:00:00.000Z' }), 102],
    ['deleted event', (e: StoredEvent[]) => e.splice(1, 1), 103],
    [
      'rehashed event without its successor',
      (e: StoredEvent[]) => {
        const changed = { ...e[1]!, recordId: 'other' };
        e[1] = { ...changed, hash: linkHash(KEY, changed.prevHash, 3, 2, contentHash(changed)) };
      },
      103,
    ],
    ['moved to another chain', (e: StoredEvent[]) => (e[3] = { ...e[3]!, chain: 4 }), 104],
    ['reordered events', (e: StoredEvent[]) => e.reverse(), 105],
  ])('names the first broken event after %s', (_name, tamper, brokenAt) => {
    const events = chain(5);
    tamper(events);
    const { result } = checkChain(KEY, 3, events);
    expect(result.ok).toBe(false);
    expect(result.firstBrokenSeq).toBe(brokenAt);
  });

  it('finds events deleted and the rest re-linked with plain SHA-256, naming the chain and sequence', () => {
    const events = chain(6);
    events.splice(2, 2);
    const { result } = checkChain(KEY, 3, relink(events, 3, plainLinkHash));
    expect(result).toMatchObject({ ok: false, checked: 2, firstBrokenSeq: 105 });
    expect(result.reason).toBe(
      'chain 3, sequence 3 (event 105): linked with plain SHA-256, not with the audit key',
    );
  });

  it('finds a chain re-linked under another key', () => {
    const other = randomBytes(32);
    const events = relink(chain(4), 1, (p, c, s, h) => linkHash(other, p, c, s, h));
    const { result } = checkChain(KEY, 3, events);
    expect(result).toMatchObject({ ok: false, checked: 0, firstBrokenSeq: 101 });
    expect(result.reason).toBe('chain 3, sequence 1 (event 101): content does not match its keyed link');
  });

  it('accepts unkeyed links only at the start of a chain, as many as a checkpoint allows', () => {
    // Three links from before keys, then keyed ones.
    const upgraded = chain(5, 3, (i) => (i <= 3 ? plainLinkHash : keyed));
    expect(checkChain(KEY, 3, upgraded, undefined, 3).result.ok).toBe(true);
    expect(checkChain(KEY, 3, upgraded, undefined, 0).result).toMatchObject({
      ok: false,
      firstBrokenSeq: 101,
    });
    expect(checkChain(KEY, 3, upgraded, undefined, 4).result).toMatchObject({
      ok: false,
      firstBrokenSeq: 104,
      reason: 'chain 3, sequence 4 (event 104): content does not match its hash',
    });
    // A plain link written after the keyed ones began is refused, whatever it links to.
    const relinked = relink(upgraded, 5, plainLinkHash);
    expect(checkChain(KEY, 3, relinked, undefined, 3).result).toMatchObject({
      ok: false,
      firstBrokenSeq: 105,
    });
  });

  it('continues from a given position, so a long chain can be walked in pages', () => {
    const events = chain(6);
    const first = checkChain(KEY, 3, events.slice(0, 3));
    const rest = checkChain(KEY, 3, events.slice(3), first.position);
    expect(rest.result).toEqual({ checked: 3, ok: true, firstBrokenSeq: null, reason: null });
  });
});
