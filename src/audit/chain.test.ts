import { describe, expect, it } from 'vitest';
import {
  checkChain,
  contentHash,
  type EventContent,
  GENESIS_HASH,
  linkHash,
  type StoredEvent,
} from './chain.ts';

function chain(n: number, chainNumber = 3): StoredEvent[] {
  const events: StoredEvent[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const content: EventContent = {
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
    const hash = linkHash(prev, chainNumber, i, contentHash(content));
    events.push({ ...content, seq: 100 + i, chain: chainNumber, chainSeq: i, prevHash: prev, hash });
    prev = hash;
  }
  return events;
}

describe('audit hash chain', () => {
  it('verifies an intact chain', () => {
    expect(checkChain(3, chain(5)).result).toEqual({
      checked: 5,
      ok: true,
      firstBrokenSeq: null,
      reason: null,
    });
  });

  it('does not depend on the key order of the detail (jsonb reorders keys)', () => {
    const events = chain(2);
    events[0] = { ...events[0]!, detail: { a: [1, 2], b: 1 } };
    expect(checkChain(3, events).result.ok).toBe(true);
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
        e[1] = { ...changed, hash: linkHash(changed.prevHash, 3, 2, contentHash(changed)) };
      },
      103,
    ],
    ['moved to another chain', (e: StoredEvent[]) => (e[3] = { ...e[3]!, chain: 4 }), 104],
    ['reordered events', (e: StoredEvent[]) => e.reverse(), 105],
  ])('names the first broken event after %s', (_name, tamper, brokenAt) => {
    const events = chain(5);
    tamper(events);
    const { result } = checkChain(3, events);
    expect(result.ok).toBe(false);
    expect(result.firstBrokenSeq).toBe(brokenAt);
  });

  it('continues from a given position, so a long chain can be walked in pages', () => {
    const events = chain(6);
    const first = checkChain(3, events.slice(0, 3));
    const rest = checkChain(3, events.slice(3), first.position);
    expect(rest.result).toEqual({ checked: 3, ok: true, firstBrokenSeq: null, reason: null });
  });
});
