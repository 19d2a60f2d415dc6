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
  /** The primary: every write, and every read that must see the latest data. */
  db: Db;
  /**
   * For reads that may lag a little (statistics, the public directory): the replica while it is
   * reachable and within its lag bound, otherwise the primary. `afterOwnWrite`: the reader changed
   * something moments ago and must see it, so the primary answers.
   */
  read(options?: { afterOwnWrite?: boolean }): Db;
  /** The replica as last checked, or null without one. */
  replica(): ReplicaState | null;
  /** Measure the replica now rather than at the next check. */
  checkReplica(): Promise<void>;
  /** Connections of each pool, for the metrics (none on the embedded database). */
  pools(): PoolUse[];
  migrate(): Promise<void>;
  /** Migrations in db/migrations not yet applied to the database. */
  pendingMigrations(): Promise<number>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
};

export type PoolUse = { pool: 'primary' | 'replica'; total: number; idle: number; waiting: number };
/** lagSeconds: null until first measured, or while unreachable. */
export type ReplicaState = { reachable: boolean; lagSeconds: number | null; maxLagSeconds: number };

/** Where a read that may lag goes: the replica only when it answers and is close enough behind. */
export function readTarget(replica: ReplicaState | null, afterOwnWrite: boolean): 'primary' | 'replica' {
  if (!replica || afterOwnWrite || !replica.reachable || replica.lagSeconds === null) return 'primary';
  return replica.lagSeconds <= replica.maxLagSeconds ? 'replica' : 'primary';
}

/** A WAL position ("16/B374D848") as a number, to compare. */
export function parseLsn(lsn: string): bigint {
  const [high, low] = lsn.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

/** The primary's WAL position as seen at a time (ms). */
export type LsnSample = { lsn: bigint; at: number };

/**
 * How far behind the replica is, in seconds: the age of the oldest primary position it has not yet
 * replayed (none: 0). Positions rather than pg_last_xact_replay_timestamp(), which on an idle
 * primary grows though nothing waits to be replayed. Answers the samples still ahead of the replica.
 */
export function replicaLag(samples: LsnSample[], replayed: bigint, now: number) {
  const ahead = samples.filter((sample) => sample.lsn > replayed);
  return { lagSeconds: ahead[0] ? (now - ahead[0].at) / 1000 : 0, ahead };
}

/**
 * A failure of the replica itself (down, refusing connections, shutting down, a query cancelled by
 * recovery) rather than of the query: the read is then answered by the primary.
 */
export function isReplicaFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof pg.DatabaseError) {
    return typeof code === 'string' && (/^(08|53|57)/.test(code) || code === '40001');
  }
  // No SQLSTATE: the connection itself failed (refused, reset, timed out, ended).
  return error instanceof Error && !(error instanceof TypeError);
}

/** How often the replica's reachability and lag are measured. */
export const REPLICA_CHECK_MS = 5_000;

const migrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));

export async function openDatabase(
  target: Config['database'],
  schema: Tables,
  notice: (line: string) => void = console.warn,
): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // A dropped idle connection must not crash the process; the pool replaces it.
    pool.on('error', () => {});
    const db = drizzleNodePg({ client: pool, schema }) as unknown as Db;
    const replica = target.replica ? await openReplica(target.replica, pool, schema, notice) : null;
    return {
      kind: 'postgres',
      db,
      read: (options) =>
        replica && readTarget(replica.state, options?.afterOwnWrite === true) === 'replica' ? replica.db : db,
      replica: () => (replica ? { ...replica.state } : null),
      checkReplica: async () => replica?.check(),
      pools: () => [poolUse('primary', pool), ...(replica ? [poolUse('replica', replica.pool)] : [])],
      migrate: () => migrateNodePg(drizzleNodePg({ client: pool }), { migrationsFolder }),
      pendingMigrations: () => pendingMigrations(db),
      ping: () => ping(db),
      close: async () => {
        await replica?.close();
        await pool.end();
      },
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
    read: () => db,
    replica: () => null,
    checkReplica: async () => {},
    pools: () => [],
    migrate: () => migratePglite(drizzlePglite({ client }), { migrationsFolder }),
    pendingMigrations: () => pendingMigrations(db),
    ping: () => ping(db),
    close: async () => {
      await client.close();
      unlock();
    },
  };
}

const poolUse = (name: PoolUse['pool'], pool: pg.Pool): PoolUse => ({
  pool: name,
  total: pool.totalCount,
  idle: pool.idleCount,
  waiting: pool.waitingCount,
});

/**
 * The replica's pool, measured every few seconds. A query or connection it fails for its own sake
 * is answered by the primary and marks it unreachable until the next measure finds it again, so a
 * replica going down costs no request. A replica unreachable at start does not stop the start.
 */
async function openReplica(
  target: { url: string; maxLagSeconds: number },
  primary: pg.Pool,
  schema: Tables,
  notice: (line: string) => void,
) {
  const pool = new pg.Pool({ connectionString: target.url, max: 10, connectionTimeoutMillis: 2_000 });
  pool.on('error', () => {});
  const state: ReplicaState = { reachable: true, lagSeconds: null, maxLagSeconds: target.maxLagSeconds };
  let told: 'unreachable' | 'behind' | 'in use' | null = null;
  const tell = (now: typeof told, line: string) => {
    if (told !== now) notice(line);
    told = now;
  };
  const down = (error: unknown) => {
    state.reachable = false;
    state.lagSeconds = null;
    tell(
      'unreachable',
      `The read replica (DATABASE_READ_URL) cannot be reached (${(error as Error).message}): reads go to the primary until it answers.`,
    );
  };
  // Promise-style calls only: that is how Drizzle calls a pool.
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  pool.query = ((...args: unknown[]) =>
    query(...args).catch((error) => {
      if (!isReplicaFailure(error)) throw error;
      down(error);
      return (primary.query as (...a: unknown[]) => Promise<unknown>)(...args);
    })) as typeof pool.query;
  // pg's own query() connects with a callback: only Drizzle's promise-style connect (a transaction) is relayed.
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => Promise<pg.PoolClient> | undefined;
  pool.connect = ((...args: unknown[]) =>
    args.length > 0
      ? connect(...args)
      : connect()!.catch((error) => {
          down(error);
          return primary.connect();
        })) as typeof pool.connect;

  let samples: LsnSample[] = [];
  const check = async () => {
    try {
      const [{ lsn }] = (await primary.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn'))
        .rows as [{ lsn: string }];
      samples.push({ lsn: parseLsn(lsn), at: Date.now() });
      const [{ replayed }] = (
        (await query('select pg_last_wal_replay_lsn()::text as replayed')) as pg.QueryResult
      ).rows as [{ replayed: string | null }];
      // A server that is not in recovery (the primary itself, named twice) replays nothing: no lag.
      const measured = replicaLag(
        samples,
        replayed === null ? parseLsn(lsn) : parseLsn(replayed),
        Date.now(),
      );
      samples = measured.ahead.slice(-10_000);
      state.reachable = true;
      state.lagSeconds = measured.lagSeconds;
      if (measured.lagSeconds > target.maxLagSeconds) {
        tell(
          'behind',
          `The read replica is ${Math.round(measured.lagSeconds)} s behind (ATRAMA_REPLICA_MAX_LAG_S=${target.maxLagSeconds}): reads go to the primary until it catches up.`,
        );
      } else {
        tell(
          'in use',
          told === null ? 'Reads that may lag go to the read replica.' : 'The read replica is back in use.',
        );
      }
    } catch (error) {
      down(error);
    }
  };
  await check();
  const timer = setInterval(check, REPLICA_CHECK_MS);
  timer.unref();
  return {
    pool,
    state,
    db: drizzleNodePg({ client: pool, schema }) as unknown as Db,
    check,
    close: async () => {
      clearInterval(timer);
      await pool.end();
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

/**
 * Migrations not yet applied: those of the journal newer than the last one the database recorded,
 * as Drizzle's migrator decides what to apply.
 */
export function migrationsAfter(journal: number[], lastApplied: number | null): number {
  return journal.filter((when) => lastApplied === null || when > lastApplied).length;
}

async function pendingMigrations(db: Db): Promise<number> {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  const applied = (await db
    .execute(sql`select max(created_at)::text as last from drizzle.__drizzle_migrations`)
    .catch((error: { code?: string; cause?: { code?: string } }) => {
      // No table yet: nothing was ever migrated.
      if ((error.code ?? error.cause?.code) === '42P01') return { rows: [{ last: null }] };
      throw error;
    })) as unknown as { rows: { last: string | null }[] };
  const last = applied.rows[0]?.last;
  return migrationsAfter(
    journal.entries.map((entry) => entry.when),
    last ? Number(last) : null,
  );
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
