import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CHAIN_COUNT, GENESIS_HASH } from './chain.ts';
import {
  type CheckpointHead,
  compareWithCheckpoints,
  expectationsOf,
  type Found,
  isSigned,
  parseCheckpoints,
  signCheckpoint,
} from './checkpoint.ts';

const KEY = randomBytes(32);
const hash = (n: number) => n.toString(16).padStart(64, '0');

/** Heads with chain 2 at `length` (hash n at position n), the others empty. */
function heads(length: number, plainLinks = 0): CheckpointHead[] {
  return Array.from({ length: CHAIN_COUNT }, (_, chain) =>
    chain === 2
      ? { chain, chainSeq: length, hash: hash(length), plainLinks }
      : { chain, chainSeq: 0, hash: GENESIS_HASH, plainLinks: 0 },
  );
}

const at = (hour: number) => new Date(Date.UTC(2026, 11, 6, hour));

/** Chain 2 as the database holds it: positions 1..length, hash n at position n unless changed. */
function database(length: number, changed: Record<number, string> = {}) {
  const found = new Map<number, Found>();
  for (let s = 1; s <= length; s++) found.set(s, { chainSeq: s, hash: changed[s] ?? hash(s), seq: 1000 + s });
  return found;
}

describe('audit checkpoints', () => {
  it('are signed under the key, and a changed field or another key no longer verifies', () => {
    const checkpoint = signCheckpoint(KEY, at(10), heads(7));
    expect(isSigned(KEY, checkpoint)).toBe(true);
    expect(isSigned(randomBytes(32), checkpoint)).toBe(false);
    const shorter = { ...checkpoint, heads: heads(5) };
    expect(isSigned(KEY, shorter)).toBe(false);
    expect(isSigned(KEY, { ...checkpoint, at: at(11).toISOString() })).toBe(false);
    const morePlain = { ...checkpoint, heads: heads(7, 7) };
    expect(isSigned(KEY, morePlain)).toBe(false);
  });

  it('are read from JSON lines, each line that is not a signed checkpoint named', () => {
    const good = signCheckpoint(KEY, at(10), heads(3));
    const forged = { ...signCheckpoint(randomBytes(32), at(11), heads(2)) };
    const text = [
      JSON.stringify(good),
      '',
      JSON.stringify(forged),
      '{"at":"2026-12-06T10:00:00.000Z"}',
      '{"at": cut short',
    ].join('\n');
    const { checkpoints, problems } = parseCheckpoints(KEY, text);
    expect(checkpoints).toEqual([good]);
    expect(problems).toEqual([
      "line 3: not signed with this installation's key, or changed",
      'line 4: not a checkpoint',
      'line 5: not JSON',
    ]);
  });

  it('expect every distinct head once, and the fewest unkeyed links any checkpoint allows', () => {
    const expectations = expectationsOf([
      signCheckpoint(KEY, at(9), heads(3, 2)),
      signCheckpoint(KEY, at(10), heads(3, 2)),
      signCheckpoint(KEY, at(11), heads(6, 6)),
    ]);
    expect(expectations[2]).toEqual({
      plainLinks: 2,
      heads: [
        { chainSeq: 3, hash: hash(3), at: at(9).toISOString() },
        { chainSeq: 6, hash: hash(6), at: at(11).toISOString() },
      ],
    });
    expect(expectations[0]).toEqual({ plainLinks: 0, heads: [] });
    expect(expectationsOf([])[2]).toEqual({ plainLinks: 0, heads: [] });
  });

  it('find nothing in a chain that holds every checkpointed head, and has grown since', () => {
    const { heads: expected } = expectationsOf([
      signCheckpoint(KEY, at(9), heads(3)),
      signCheckpoint(KEY, at(10), heads(6)),
    ])[2]!;
    expect(compareWithCheckpoints(2, expected, database(9), 9)).toEqual([]);
  });

  it('name a chain cut short below a checkpoint: which chain, where it ends, what was recorded', () => {
    const { heads: expected } = expectationsOf([
      signCheckpoint(KEY, at(9), heads(3)),
      signCheckpoint(KEY, at(10), heads(6)),
    ])[2]!;
    expect(compareWithCheckpoints(2, expected, database(4), 4)).toEqual([
      {
        eventSeq: null,
        message: `chain 2 ends at sequence 4, but the checkpoint of ${at(10).toISOString()} recorded sequence 6 with hash ${hash(6)}: events were removed from its end`,
      },
    ]);
    expect(compareWithCheckpoints(2, expected, new Map(), 0)).toHaveLength(1);
  });

  it('name a checkpointed head whose position now holds another event', () => {
    const { heads: expected } = expectationsOf([
      signCheckpoint(KEY, at(9), heads(3)),
      signCheckpoint(KEY, at(10), heads(6)),
    ])[2]!;
    const other = 'f'.repeat(64);
    expect(compareWithCheckpoints(2, expected, database(8, { 3: other, 6: other }), 8)).toEqual([
      {
        eventSeq: 1003,
        message: `chain 2, sequence 3 (event 1003): hash ${other}, but the checkpoint of ${at(9).toISOString()} recorded hash ${hash(3)}`,
      },
    ]);
    const gap = database(8);
    gap.delete(6);
    expect(compareWithCheckpoints(2, expected, gap, 8)[0]?.message).toMatch(/^chain 2, sequence 6: missing/);
  });
});
