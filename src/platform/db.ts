import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { Config } from './config.ts';

/**
 * Every table and relation, for typed queries: the composition root (src/app/schema.ts) fills it in
 * (declaration merging) and hands the tables to openDatabase, so the platform names no domain.
 */
// biome-ignore lint/suspicious/noEmptyInterface: src/app/schema.ts fills it.
export interface Schema {}
/** The schema as Drizzle takes it: an object type with the merged tables' names. */
type Tables = { [Name in keyof Schema]: Schema[Name] };
/** A database handle or an open transaction: both run the same queries. */
export type Db = PgDatabase<PgQueryResultHKT, Tables>;

export type Database = {
  kind: 'pglite' | 'postgres';
  db: Db;
  migrate(): Promise<void>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
};

const migrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));

export async function openDatabase(target: Config['database'], schema: Tables): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // A dropped idle connection must not crash the process; the pool replaces it.
    pool.on('error', () => {});
    const db = drizzleNodePg({ client: pool, schema }) as unknown as Db;
    return {
      kind: 'postgres',
      db,
      migrate: () => migrateNodePg(drizzleNodePg({ client: pool }), { migrationsFolder }),
      ping: () => ping(db),
      close: () => pool.end(),
    };
  }
  const unlock = target.dataDir.startsWith('memory://') ? () => {} : lockDataDir(target.dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create(target.dataDir, { extensions: { pg_trgm, unaccent } });
  } catch (error) {
    unlock();
    throw error;
  }
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    migrate: () => migratePglite(drizzlePglite({ client }), { migrationsFolder }),
    ping: () => ping(db),
    close: async () => {
      await client.close();
      unlock();
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock files this process holds. */
const heldLocks = new Set<string>();

/**
 * The embedded database is a folder that only one process may open: a second one (a command run
 * while the server is up) would corrupt it. A lock file naming the owner's process id guards it.
 * A process killed without removing its lock (SIGKILL, power loss) may come back with the same
 * process id, as a container's first process always does: a lock naming this process that this
 * process did not take is left over from before, like one naming a process that no longer runs.
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lock = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      heldLocks.add(lock);
      return () => {
        heldLocks.delete(lock);
        rmSync(lock, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lock, 'utf8'));
      const held = owner === process.pid ? heldLocks.has(lock) : owner > 0 && isAlive(owner);
      if (held) {
        throw new Error(
          `The embedded database in ${dataDir} is in use by process ${owner}. Stop that process first, ` +
            'or use a PostgreSQL server (DATABASE_URL), which many processes can share.',
        );
      }
      rmSync(lock, { force: true }); // left by a process that no longer runs
    }
  }
  throw new Error(`Could not lock the embedded database in ${dataDir}.`);
}

async function ping(db: Db): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Queries one after another, answered as Promise.all would: inside a transaction they share one
 * connection, which takes one query at a time (pg warns of, and will refuse, a query sent while
 * another runs).
 */
export async function inTurn<T extends readonly (() => unknown)[]>(
  ...steps: T
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const results: unknown[] = [];
  for (const step of steps) results.push(await step());
  return results as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
}
