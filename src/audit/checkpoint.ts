import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { CHAIN_COUNT, canonical } from './chain.ts';

// A checkpoint is the head of every chain at a moment, signed under a key derived from the master
// key and kept outside the database. A chain cut short, or rewritten, below a checkpointed head no
// longer holds that head: audit:verify compares every checkpoint with the database.

const Hash = z.string().regex(/^[0-9a-f]{64}$/);

export const CheckpointHead = z.object({
  chain: z
    .number()
    .int()
    .min(0)
    .max(CHAIN_COUNT - 1),
  chainSeq: z.number().int().min(0),
  hash: Hash,
  /** How many links at the start of the chain were written unkeyed, before links were keyed. */
  plainLinks: z.number().int().min(0),
});
export type CheckpointHead = z.infer<typeof CheckpointHead>;

export const Checkpoint = z.object({
  at: z.iso.datetime(),
  heads: z
    .array(CheckpointHead)
    .length(CHAIN_COUNT)
    .refine((heads) => heads.every((head, i) => head.chain === i), 'one head per chain, in chain order'),
  mac: Hash,
});
export type Checkpoint = z.infer<typeof Checkpoint>;

const macOf = (key: Buffer, at: string, heads: CheckpointHead[]) =>
  createHmac('sha256', key).update(canonical({ at, heads }), 'utf8').digest('hex');

export function signCheckpoint(key: Buffer, at: Date, heads: CheckpointHead[]): Checkpoint {
  const iso = at.toISOString();
  return { at: iso, heads, mac: macOf(key, iso, heads) };
}

export function isSigned(key: Buffer, checkpoint: Checkpoint): boolean {
  return timingSafeEqual(
    Buffer.from(macOf(key, checkpoint.at, checkpoint.heads), 'hex'),
    Buffer.from(checkpoint.mac, 'hex'),
  );
}

/** The checkpoints of a JSON-lines text, each one checked; a line that is not a signed checkpoint is a problem. */
export function parseCheckpoints(key: Buffer, text: string) {
  const checkpoints: Checkpoint[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      problems.push(`line ${i + 1}: not JSON`);
      return;
    }
    const parsed = Checkpoint.safeParse(json);
    if (!parsed.success) problems.push(`line ${i + 1}: not a checkpoint`);
    else if (!isSigned(key, parsed.data))
      problems.push(`line ${i + 1}: not signed with this installation's key, or changed`);
    else checkpoints.push(parsed.data);
  });
  return { checkpoints, problems };
}

/** A head one checkpoint recorded: the chain must hold this hash at this position. */
export type Expected = { chainSeq: number; hash: string; at: string };

/**
 * What the checkpoints say of each chain: every distinct head they recorded, in chain order, and
 * how many links at its start may be unkeyed (the fewest any checkpoint allows; none without one).
 */
export function expectationsOf(checkpoints: Checkpoint[]) {
  return Array.from({ length: CHAIN_COUNT }, (_, chain) => {
    const heads = new Map<string, Expected>();
    let plainLinks: number | null = null;
    for (const checkpoint of checkpoints) {
      const head = checkpoint.heads[chain]!;
      plainLinks = Math.min(plainLinks ?? head.plainLinks, head.plainLinks);
      const key = `${head.chainSeq}|${head.hash}`;
      if (head.chainSeq > 0 && !heads.has(key))
        heads.set(key, { chainSeq: head.chainSeq, hash: head.hash, at: checkpoint.at });
    }
    return {
      plainLinks: plainLinks ?? 0,
      heads: [...heads.values()].sort((a, b) => a.chainSeq - b.chainSeq),
    };
  });
}

export type Found = { chainSeq: number; hash: string; seq: number };
export type Problem = { eventSeq: number | null; message: string };

/**
 * What differs between one chain in the database and the heads checkpoints recorded of it: the
 * first head no longer there (another hash at its position), and a chain shorter than a checkpoint.
 */
export function compareWithCheckpoints(
  chain: number,
  expected: Expected[],
  found: ReadonlyMap<number, Found>,
  length: number,
): Problem[] {
  const problems: Problem[] = [];
  const changed = expected.find((e) => e.chainSeq <= length && found.get(e.chainSeq)?.hash !== e.hash);
  if (changed) {
    const now = found.get(changed.chainSeq);
    problems.push({
      eventSeq: now?.seq ?? null,
      message: `chain ${chain}, sequence ${changed.chainSeq}${now ? ` (event ${now.seq})` : ''}: ${now ? `hash ${now.hash}` : 'missing'}, but the checkpoint of ${changed.at} recorded hash ${changed.hash}`,
    });
  }
  const longest = expected.at(-1);
  if (longest && longest.chainSeq > length) {
    problems.push({
      eventSeq: null,
      message: `chain ${chain} ends at sequence ${length}, but the checkpoint of ${longest.at} recorded sequence ${longest.chainSeq} with hash ${longest.hash}: events were removed from its end`,
    });
  }
  return problems;
}
