// The rate limits' counters in the database (PostgreSQL's store; the embedded database counts in the
// memory of its one process): a window starts at a client's first request, requests counted at once
// are all counted, a window that has passed starts again, and passed windows are pruned.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRequest, pruneRateLimits, readCount } from '../../src/platform/http/rate-limit-store.ts';
import { backends, startTestApp, type TestApp } from '../support/harness.ts';

const MINUTE = 60_000;

describe.each(backends())('rate-limit counters on %s', (backend) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(backend, { loadDemo: false, logLevel: 'silent' });
  });
  afterAll(() => app?.close());
  const db = () => app.services.database.db;

  it('counts each request of a key in a window that starts at its first', async () => {
    const first = await countRequest(db(), 'POST /api/auth/login 10.0.0.1', MINUTE);
    expect(first.current).toBe(1);
    expect(first.ttl).toBeGreaterThan(MINUTE - 5_000);
    expect(first.ttl).toBeLessThanOrEqual(MINUTE);
    const second = await countRequest(db(), 'POST /api/auth/login 10.0.0.1', MINUTE);
    expect(second.current).toBe(2);
    expect(second.ttl).toBeLessThanOrEqual(first.ttl);
    expect((await countRequest(db(), 'POST /api/auth/login 10.0.0.2', MINUTE)).current).toBe(1);
    expect((await readCount(db(), 'POST /api/auth/login 10.0.0.1')).current).toBe(2);
    expect(await readCount(db(), 'POST /api/auth/login 10.0.0.9')).toEqual({ current: 0, ttl: 0 });
  });

  it('counts every one of many requests at once', async () => {
    const key = 'GET /api/directory/services 10.0.0.3';
    const answers = await Promise.all(Array.from({ length: 40 }, () => countRequest(db(), key, MINUTE)));
    expect(answers.map((a) => a.current).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
  });

  it('starts a window that has passed again at one, and prunes passed windows only', async () => {
    const key = 'POST /api/auth/login 10.0.0.4';
    await countRequest(db(), key, MINUTE);
    await countRequest(db(), key, MINUTE);
    await db().execute(
      sql`update rate_limits set window_ends_at = now() - interval '1 second' where key = ${key}`,
    );
    expect(await readCount(db(), key)).toEqual({ current: 0, ttl: 0 });
    expect((await countRequest(db(), key, MINUTE)).current).toBe(1);

    await db().execute(
      sql`update rate_limits set window_ends_at = now() - interval '1 second' where key = ${key}`,
    );
    expect(await pruneRateLimits(db())).toBe(1);
    const left = (await db().execute(sql`select key from rate_limits order by key`)) as unknown as {
      rows: { key: string }[];
    };
    expect(left.rows.map((r) => r.key)).not.toContain(key);
    expect(left.rows.length).toBeGreaterThan(0);
  });
});
