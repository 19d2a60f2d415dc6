import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, loginAs, startTestApp, type TestApp } from '../support/harness.ts';

// /metrics answers a listed client address or the bearer token, and nobody else (404, as if absent);
// its labels are route patterns, never what a person typed. /readyz fails while migrations are
// pending or the database does not answer.

const TOKEN = 'metrics-token-for-tests-0123456789abcdef';
const ALLOW = ['10.9.0.0/16', 'fd00:9::/32', '192.0.2.7'];

/** Every label value of a scrape. */
const labelValues = (text: string) =>
  [...text.matchAll(/\{([^}]*)\}/g)].flatMap((m) =>
    [...m[1]!.matchAll(/="((?:[^"\\]|\\.)*)"/g)].map((v) => v[1]!),
  );

describe.each(backends())('metrics and readiness on %s', (backend) => {
  let app: TestApp;
  const scrape = (remoteAddress: string, headers: Record<string, string> = {}) =>
    app.app.inject({ method: 'GET', url: '/metrics', remoteAddress, headers });

  beforeAll(async () => {
    app = await startTestApp(backend, { metrics: { allow: ALLOW, token: TOKEN } });
  });
  afterAll(() => app?.close());

  it.each([
    ['an address in a listed IPv4 range', '10.9.200.1'],
    ['an address in a listed IPv6 range', 'fd00:9:1::5'],
    ['a listed address', '192.0.2.7'],
    ['a listed IPv4 address seen on a dual-stack socket', '::ffff:10.9.0.1'],
  ])('answers %s', async (_title, address) => {
    const answer = await scrape(address);
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(answer.body).toContain('# TYPE atrama_http_request_duration_seconds histogram');
  });

  it('answers the bearer token from anywhere', async () => {
    const answer = await scrape('203.0.113.9', { authorization: `Bearer ${TOKEN}` });
    expect(answer.statusCode).toBe(200);
  });

  it.each([
    ['an address outside the list', '10.10.0.1', {}],
    ['a neighbour of a listed address', '192.0.2.8', {}],
    ['a wrong token', '203.0.113.9', { authorization: `Bearer ${TOKEN.slice(0, -1)}x` }],
    ['the token without "Bearer"', '203.0.113.9', { authorization: TOKEN }],
    ['a shorter token', '203.0.113.9', { authorization: `Bearer ${TOKEN.slice(0, 32)}` }],
    [
      'a listed address it forged in X-Forwarded-For (no proxy trusted)',
      '203.0.113.9',
      { 'x-forwarded-for': '10.9.0.1' },
    ],
  ])('is not found by %s', async (_title, address, headers) => {
    // As an address no route has: the same problem, naming the address asked for.
    const absent = await app.app.inject({ method: 'GET', url: '/api/no-such-route', remoteAddress: address });
    const answer = await scrape(address, headers);
    expect(answer.statusCode).toBe(404);
    const { requestId: _one, ...refused } = answer.json() as Record<string, unknown>;
    const { requestId: _other, ...missing } = absent.json() as Record<string, unknown>;
    expect(JSON.stringify(refused)).toBe(
      JSON.stringify(missing).replaceAll('/api/no-such-route', '/metrics'),
    );
    expect(answer.body).not.toContain('atrama_');
  });

  it('labels answers by route pattern and status, never by what was in the address', async () => {
    const id = randomUUID();
    const coordinator = await loginAs(app, 'coordinator@atrama.test');
    const typed = ['Petraitytė', 'Jonas', '38001010000', 'ona.jonaitiene@example.lt'];
    await coordinator.request('GET', `/api/cases/${id}`);
    await coordinator.request('GET', `/api/cases?search=${encodeURIComponent(typed[0]!)}`);
    await coordinator.request('GET', `/api/people/${typed[2]}`);
    await app.app.inject({ method: 'GET', url: `/paieska?q=${encodeURIComponent(typed[1]!)}` });
    // No route takes a DELETE there: its label is "unmatched".
    await app.app.inject({
      method: 'DELETE',
      url: `/${encodeURIComponent(typed[3]!)}/${id}?name=${typed[1]}`,
    });

    const text = (await scrape('10.9.0.1')).body;
    const values = labelValues(text);
    for (const secret of [id, ...typed, ...typed.map(encodeURIComponent)]) {
      expect(values.filter((v) => v.includes(secret))).toEqual([]);
    }
    const routes = new Set(
      [...text.matchAll(/atrama_http_request_duration_seconds_count\{[^}]*route="([^"]*)"/g)].map(
        (m) => m[1],
      ),
    );
    expect(routes).toContain('/api/cases/:id');
    expect(routes).toContain('unmatched');
    for (const route of routes) expect(route).toMatch(/^(unmatched|\/[^?]*)$/);
    expect(text).toMatch(
      /atrama_http_request_duration_seconds_count\{method="GET",route="\/api\/cases\/:id",status="404"\} 1/,
    );
  });

  it('reports the pools, the audit checkpoint, the outbox and the process', async () => {
    const text = (await scrape('10.9.0.1')).body;
    if (backend === 'postgres')
      expect(text).toMatch(/atrama_db_pool_connections\{pool="primary",state="total"\} \d+/);
    // The test app writes no checkpoint file: unknown, not 0.
    expect(text).toMatch(/\natrama_audit_checkpoint_age_seconds nan\n/i);
    expect(text).toMatch(/atrama_mail_outbox_pending \d+/);
    expect(text).toContain('# TYPE atrama_retention_last_run_timestamp_seconds gauge');
    expect(text).toMatch(/atrama_process_resident_memory_bytes \d+/);
  });

  it('reports the newest backup in ATRAMA_BACKUP_DIR by its age, unknown while there is none', async () => {
    expect((await scrape('10.9.0.1')).body).toMatch(/\natrama_backup_age_seconds nan\n/i);
    const folder = mkdtempSync(path.join(tmpdir(), 'atrama-backups-'));
    try {
      const file = path.join(folder, 'atrama-2026-12-01.backup');
      writeFileSync(file, 'sealed');
      const twoMinutesAgo = new Date(Date.now() - 120_000);
      utimesSync(file, twoMinutesAgo, twoMinutesAgo);
      app.services.config.backupDir = folder;
      const age = Number(/\natrama_backup_age_seconds (\S+)\n/.exec((await scrape('10.9.0.1')).body)?.[1]);
      expect(age).toBeGreaterThanOrEqual(120);
      expect(age).toBeLessThan(180);
    } finally {
      app.services.config.backupDir = '/nonexistent/backups';
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('is not ready while a migration is pending, and ready again once it is applied', async () => {
    expect((await app.app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ready' });
    const { db } = app.services.database;
    const last = (await db.execute(
      sql`delete from drizzle.__drizzle_migrations where id = (select max(id) from drizzle.__drizzle_migrations) returning hash, created_at`,
    )) as unknown as { rows: { hash: string; created_at: string }[] };
    const pending = await app.app.inject({ method: 'GET', url: '/readyz' });
    expect(pending.statusCode).toBe(503);
    expect(pending.json()).toEqual({
      status: '1 database migration(s) pending: run npm run migrate before this version',
    });
    await db.execute(
      sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${last.rows[0]!.hash}, ${last.rows[0]!.created_at})`,
    );
    expect((await app.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });
});

describe('metrics behind a trusted proxy, without a token', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('pglite', {
      trustProxy: ['127.0.0.1'],
      metrics: { allow: ['10.9.0.0/16'], token: null },
    });
  });
  afterAll(() => app?.close());

  it.each<[string, string, Record<string, string>, number]>([
    ['a listed client the proxy forwards', '10.9.3.4', {}, 200],
    ['a client outside the list the proxy forwards', '203.0.113.9', {}, 404],
    ['any token, none being set', '203.0.113.9', { authorization: 'Bearer ' }, 404],
    ['a long token, none being set', '203.0.113.9', { authorization: `Bearer ${TOKEN}` }, 404],
  ])('answers %s with %i', async (_title, client, headers, status) => {
    const answer = await app.app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: '127.0.0.1',
      headers: { 'x-forwarded-for': client, ...headers },
    });
    expect(answer.statusCode).toBe(status);
  });
});

describe('readiness without a database', () => {
  it('is 503 with the reason while the database does not answer', async () => {
    const app = await startTestApp('pglite');
    await app.services.database.close();
    try {
      const answer = await app.app.inject({ method: 'GET', url: '/readyz' });
      expect(answer.statusCode).toBe(503);
      expect(answer.json()).toEqual({ status: 'database unavailable' });
    } finally {
      await app.app.close();
    }
  });
});
