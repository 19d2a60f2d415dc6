import type { FastifyRateLimitStore } from '@fastify/rate-limit';
import { lt, sql } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { rateLimits } from '../tables.ts';

// The rate limits' counters in PostgreSQL, so that every server process on the database counts the
// same client: a process of its own would let a client spend the limit once per process. A window
// starts at a client's first request and lasts the route's time window, as the in-memory store's
// does. The counting is one statement, so requests counted at once on several processes are all
// counted; the database's clock decides when a window ends, so servers whose clocks differ agree.

type Answer = { current: number; ttl: number };
type Callback = (error: Error | null, answer?: Answer) => void;
/** What the plugin passes to `child`: the route's rate-limit settings, with the route beside them. */
type ChildOptions = { routeInfo?: { method?: string | string[]; url?: string } };

/** How often a process deletes the counters whose window has passed. */
const PRUNE_EVERY_MS = 60_000;

type Rows<T> = { rows: T[] };

/**
 * Count one request of `key` in a window of `windowMs`: a window that has passed starts again at
 * one. Answers the count and the milliseconds left in the window.
 */
export async function countRequest(db: Db, key: string, windowMs: number): Promise<Answer> {
  const result = (await db.execute(sql`
    insert into rate_limits (key, hits, window_ends_at)
    values (${key}, 1, now() + ${windowMs}::integer * interval '1 millisecond')
    on conflict (key) do update set
      hits = case when rate_limits.window_ends_at <= now() then 1 else rate_limits.hits + 1 end,
      window_ends_at = case when rate_limits.window_ends_at <= now()
        then excluded.window_ends_at else rate_limits.window_ends_at end
    returning hits as current,
      greatest(0, ceil(extract(epoch from window_ends_at - now()) * 1000))::integer as ttl`)) as unknown as Rows<Answer>;
  const row = result.rows[0]!;
  return { current: Number(row.current), ttl: Number(row.ttl) };
}

/** The count of `key` in its current window, without counting (none: 0). */
export async function readCount(db: Db, key: string): Promise<Answer> {
  const result = (await db.execute(sql`
    select hits as current,
      greatest(0, ceil(extract(epoch from window_ends_at - now()) * 1000))::integer as ttl
    from rate_limits where key = ${key} and window_ends_at > now()`)) as unknown as Rows<Answer>;
  const row = result.rows[0];
  return row ? { current: Number(row.current), ttl: Number(row.ttl) } : { current: 0, ttl: 0 };
}

/** Delete the counters whose window has passed; answers how many went. */
export async function pruneRateLimits(db: Db): Promise<number> {
  const gone = await db
    .delete(rateLimits)
    .where(lt(rateLimits.windowEndsAt, sql`now()`))
    .returning({ key: rateLimits.key });
  return gone.length;
}

/**
 * A store for @fastify/rate-limit (its `store` option: a class it constructs, and asks for a child
 * per route). Each route counts under its own prefix. Every process prunes at most once a minute,
 * after a count, so the table holds about one window of clients.
 */
export function postgresRateLimitStore(db: Db) {
  let lastPrune = 0;
  const pruneNow = () => {
    if (Date.now() - lastPrune < PRUNE_EVERY_MS) return;
    lastPrune = Date.now();
    // The counters that went are no answer to anyone; a failure is tried again a minute later.
    pruneRateLimits(db).catch(() => {});
  };

  return class PostgresRateLimitStore implements FastifyRateLimitStore {
    readonly prefix: string;

    constructor(_options?: unknown, prefix = '') {
      this.prefix = prefix;
    }

    incr(key: string, done: Callback, timeWindow: number) {
      countRequest(db, this.prefix + key, timeWindow).then(
        (answer) => {
          pruneNow();
          done(null, answer);
        },
        (error: Error) => done(error),
      );
    }

    read(key: string, done: Callback) {
      readCount(db, this.prefix + key).then(
        (answer) => done(null, answer),
        (error: Error) => done(error),
      );
    }

    child(routeOptions: object) {
      const { method = '', url = '' } = (routeOptions as ChildOptions).routeInfo ?? {};
      return new PostgresRateLimitStore(undefined, `${[method].flat().join(',')} ${url} `);
    }
  };
}
