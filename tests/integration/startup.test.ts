import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../src/access/tables.ts';
import { loadConfig } from '../../src/app/config.ts';
import { openDatabase } from '../../src/app/database.ts';
import { API_ROUTES } from '../../src/app/http.ts';
import { prepare } from '../../src/app/server.ts';
import { startServer } from '../e2e/support.ts';
import { clientFor, startTestApp, testConfig } from '../support/harness.ts';

const keys = () => ({
  masterKey: randomBytes(32).toString('base64'),
  blindIndexKey: randomBytes(32).toString('base64'),
});

describe('start-up and configuration', () => {
  it.each([
    [{ NODE_ENV: 'production' }, false],
    [{ NODE_ENV: 'production', ATRAMA_DEMO: 'on' }, false],
    [{ NODE_ENV: 'development' }, true],
    [{ NODE_ENV: 'development', DATABASE_URL: 'postgres://x@127.0.0.1/db' }, false],
    [{ NODE_ENV: 'development', DATABASE_URL: 'postgres://x@127.0.0.1/db', ATRAMA_DEMO: 'on' }, true],
    [{ NODE_ENV: 'development', ATRAMA_DEMO: 'off' }, false],
  ])('demo data for %j: %s', (env, expected) => {
    expect(loadConfig(env).loadDemo).toBe(expected);
  });

  it('explains a wrong setting instead of starting', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
  });

  it('refuses to start in production without keys from the environment', async () => {
    const config = {
      ...testConfig({ kind: 'pglite', dataDir: 'memory://' }),
      env: 'production' as const,
      masterKey: undefined,
      blindIndexKey: undefined,
    };
    await expect(prepare(config, {}, () => {})).rejects.toThrow(/required when NODE_ENV=production/);
  });

  it('loads no demo accounts in production', async () => {
    const config = loadConfig({ NODE_ENV: 'production', ATRAMA_DEMO: 'on' });
    const started = await prepare(
      { ...config, ...keys(), database: { kind: 'pglite', dataDir: 'memory://' }, logLevel: 'silent' },
      {},
      () => {},
    );
    try {
      const [row] = await started.services.database.db.select({ n: count() }).from(users);
      expect(row!.n).toBe(0);
      expect(started.demoLoaded).toBe(false);
    } finally {
      await started.close();
    }
  });

  it('refuses to start in production without a mail server once any account exists', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'atrama-mail-'));
    const database = { kind: 'pglite' as const, dataDir: path.join(folder, 'db') };
    const secrets = keys();
    try {
      // Staff exist (here, the demo accounts of a development start on the same data).
      const first = await prepare({ ...testConfig(database), ...secrets }, {}, () => {});
      await first.close();
      const production = { ...testConfig(database), ...secrets, env: 'production' as const, loadDemo: false };
      await expect(prepare(production, {}, () => {})).rejects.toThrow(/ATRAMA_SMTP_URL/);
      const withMail = await prepare(
        { ...production, mail: { ...production.mail, smtpUrl: 'smtp://127.0.0.1:2525' } },
        {},
        () => {},
      );
      await withMail.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    // A mail server set without its sender and the public address the links start with is refused too.
    expect(() =>
      loadConfig({ NODE_ENV: 'production', ATRAMA_SMTP_URL: 'smtp://mail.example.lt:587' }),
    ).toThrow(/ATRAMA_MAIL_FROM/);
    expect(() => loadConfig({ ATRAMA_SMTP_URL: 'http://mail.example.lt' })).toThrow(/ATRAMA_SMTP_URL/);
  });

  it('refuses to open an embedded database another process holds, and frees it on close', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'atrama-lock-'));
    const target = { kind: 'pglite' as const, dataDir: path.join(folder, 'db') };
    try {
      const first = await openDatabase(target);
      await expect(openDatabase(target)).rejects.toThrow(/is in use by process/);
      await first.close();
      const second = await openDatabase(target);
      await second.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('answers readiness 503 when the database is gone, while health stays 200', async () => {
    const app = await startTestApp('pglite');
    const anonymous = clientFor(app);
    expect((await anonymous.request('GET', '/readyz')).status).toBe(200);
    await app.services.database.close();
    expect((await anonymous.request('GET', '/readyz')).status).toBe(503);
    expect((await anonymous.request('GET', '/healthz')).status).toBe(200);
    await app.app.close();
  });

  it('lists every API route in the OpenAPI document', async () => {
    const app = await startTestApp('pglite');
    try {
      const doc = (await clientFor(app).request('GET', '/openapi.json')).json() as {
        paths: Record<string, Record<string, unknown>>;
      };
      for (const def of API_ROUTES) {
        const path = def.url.replace(/:([A-Za-z]+)/g, '{$1}');
        expect(doc.paths[path]?.[def.method.toLowerCase()], `${def.method} ${def.url}`).toBeDefined();
      }
    } finally {
      await app.close();
    }
  });

  it('sends the security headers on an API answer, a staff page and the docs', async () => {
    const app = await startTestApp('pglite');
    try {
      const anonymous = clientFor(app);
      for (const url of [
        '/api/auth/session',
        '/staff/',
        '/statistics/',
        '/docs',
        '/healthz',
        '/lt/',
        '/en/help?need=trafficking',
        '/hsds/services',
      ]) {
        const { headers } = await anonymous.request('GET', url);
        expect(headers['content-security-policy'], url).toMatch(/script-src 'self'/);
        expect(headers['content-security-policy'], url).not.toMatch(/unsafe-inline/);
        expect(headers['content-security-policy'], url).toMatch(/frame-ancestors 'none'/);
        expect(headers['x-content-type-options'], url).toBe('nosniff');
        expect(headers['referrer-policy'], url).toBe('no-referrer');
        // Plain http on localhost: HSTS would only get in the way of development.
        expect(headers['strict-transport-security'], url).toBeUndefined();
      }
      const remote = await app.app.inject({
        method: 'GET',
        url: '/healthz',
        headers: { host: 'atrama.example.lt' },
      });
      expect(remote.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    } finally {
      await app.close();
    }
  });

  it('serves the built app on a fresh folder and shuts down cleanly on SIGTERM', async () => {
    const server = await startServer();
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
    expect(server.output()).toContain('Demo logins');
    expect(await server.stop()).toBe(0);
    expect(server.output()).toContain('Stopped cleanly.');
  });
});
