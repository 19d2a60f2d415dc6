import { eq } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { keyChecks } from '../tables.ts';
import type { Keys } from './keys.ts';
import { blindIndex, SealError, seal, unseal } from './sealing.ts';

const PROBE = 'atrama-key-check';

/**
 * The first start records a value sealed with these keys; every later start must open it. Keys that
 * do not match the database stop the server with a clear message instead of failing on each read.
 */
export async function checkKeysMatchDatabase(db: Db, keys: Keys) {
  const [stored] = await db.select().from(keyChecks).where(eq(keyChecks.name, 'master')).limit(1);
  const probeIndex = blindIndex(keys.blindIndex, PROBE, null);
  if (!stored) {
    await db
      .insert(keyChecks)
      .values({
        name: 'master',
        sealed: seal(keys.master, Buffer.from(PROBE), PROBE),
        blindIndexProbe: probeIndex,
      })
      .onConflictDoNothing();
    return;
  }
  let opens = false;
  try {
    opens = unseal(keys.master, stored.sealed, PROBE).toString() === PROBE;
  } catch (error) {
    if (!(error instanceof SealError)) throw error;
  }
  if (!opens || stored.blindIndexProbe !== probeIndex) {
    throw new Error(
      'The encryption keys do not match this database: sealed personal data could not be read. ' +
        'Restore the key file (ATRAMA_KEY_DIR) or ATRAMA_MASTER_KEY and ATRAMA_BLIND_INDEX_KEY that belong to it.',
    );
  }
}
