import { describe, expect, it } from 'vitest';
import { type ChainedFields, checkChain, eventHash, GENESIS_HASH, type StoredEvent } from './chain.ts';

function chain(n: number): StoredEvent[] {
  const events: StoredEvent[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields: ChainedFields = {
      seq,
      at: new Date(Date.UTC(2026, 10, 27, 10, 0, seq)).toISOString(),
      actorUserId: null,
      actorEmail: `user${seq}@atrama.test`,
      membershipId: null,
      organisationId: null,
      role: 'case_worker',
      action: 'person.read',
      recordType: 'person',
      recordId: `p${seq}`,
      outcome: 'success',
      requestId: `r${seq}`,
      detail: { b: 1, a: [1, 2] },
    };
    const hash = eventHash(prev, fields);
    events.push({ ...fields, prevHash: prev, hash });
    prev = hash;
  }
  return events;
}

describe('audit hash chain', () => {
  it('verifies an intact chain', () => {
    expect(checkChain(chain(5)).result).toEqual({ checked: 5, ok: true, firstBrokenSeq: null, reason: null });
  });

  it('does not depend on the key order of the detail (jsonb reorders keys)', () => {
    const events = chain(2);
    events[0] = { ...events[0]!, detail: { a: [1, 2], b: 1 } };
    expect(checkChain(events).result.ok).toBe(true);
  });

  it.each([
    [
      'changed content',
      (e: StoredEvent[]) => (e[2] = { ...e[2]!, actorEmail: 'someone.else@atrama.test' }),
      3,
    ],
    ['changed outcome', (e: StoredEvent[]) => (e[0] = { ...e[0]!, outcome: 'denied' }), 1],
    ['deleted event', (e: StoredEvent[]) => e.splice(1, 1), 2],
    [
      'rehashed event without its successor',
      (e: StoredEvent[]) => {
        const { prevHash, hash: _h, ...fields } = { ...e[1]!, recordId: 'other' };
        e[1] = { ...fields, prevHash, hash: eventHash(prevHash, fields) };
      },
      3,
    ],
    ['reordered events', (e: StoredEvent[]) => e.reverse(), 1],
  ])('names the first broken link after %s', (_name, tamper, brokenAt) => {
    const events = chain(5);
    tamper(events);
    const { result } = checkChain(events);
    expect(result.ok).toBe(false);
    expect(result.firstBrokenSeq).toBe(brokenAt);
  });

  it('continues from a given point, so a long chain can be walked in pages', () => {
    const events = chain(6);
    const first = checkChain(events.slice(0, 3));
    const rest = checkChain(events.slice(3), { prevHash: first.prevHash, seq: 3 });
    expect(rest.result).toEqual({ checked: 3, ok: true, firstBrokenSeq: null, reason: null });
  });
});
