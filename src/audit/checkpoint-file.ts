import { mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Keys } from '../platform/crypto/keys.ts';
import type { Db } from '../platform/db.ts';
import { type Checkpoint, parseCheckpoints } from './checkpoint.ts';
import { auditKeys } from './keys.ts';
import { type AuditCheck, verifyChain } from './store.ts';

// The checkpoint file: one signed checkpoint a line, appended, never rewritten. It lives beside the
// key file (or where ATRAMA_AUDIT_CHECKPOINT_FILE says), never in the database it vouches for.

/** Append one checkpoint and flush it to disk before answering. */
export async function appendCheckpoint(file: string, checkpoint: Checkpoint) {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const handle = await open(file, 'a', 0o600);
  try {
    await handle.write(`${JSON.stringify(checkpoint)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Every checkpoint of the file and the lines that are not signed checkpoints; no file, no checkpoints. */
export async function readCheckpointFile(file: string, keys: Keys) {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return { exists: false, checkpoints: [] as Checkpoint[], problems: [] as string[] };
  }
  const { checkpoints, problems } = parseCheckpoints(auditKeys(keys).checkpoint, text);
  return { exists: true, checkpoints, problems: problems.map((p) => `${file}, ${p}`) };
}

/** The whole check behind `npm run audit:verify` and the API: every link, and every checkpoint of the file. */
export async function verifyAuditTrail(
  db: Db,
  keys: Keys,
  file: string,
): Promise<AuditCheck & { checkpoints: number; checkpointFile: boolean }> {
  const read = await readCheckpointFile(file, keys);
  const result = await verifyChain(db, keys, read.checkpoints);
  const problems = [...read.problems.map((message) => ({ eventSeq: null, message })), ...result.problems];
  return {
    ...result,
    ok: problems.length === 0,
    reason: problems[0]?.message ?? null,
    problems,
    checkpoints: read.checkpoints.length,
    checkpointFile: read.exists,
  };
}
