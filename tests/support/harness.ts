import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { currentTotp } from '../../src/access/totp.ts';
import type { Config } from '../../src/app/config.ts';
import { prepare, type Started } from '../../src/app/server.ts';
import { readPeriods } from '../../src/cases/periods.ts';
import { DEMO_PASSWORD, DEMO_STAFF, DEMO_TOTP_SECRET } from '../../src/demo/staff.ts';
import { readRetention } from '../../src/retention/model.ts';
import { readStatisticsSettings } from '../../src/statistics/settings.ts';

export type Backend = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too whenever a server is configured (npm test starts one if it can). */
export function backends(): Backend[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = process.env.DATABASE_URL!;
  const name = `atrama_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export function testConfig(database: Config['database'], overrides: Partial<Config> = {}): Config {
  return {
    env: 'test',
    port: 0,
    host: '127.0.0.1',
    database,
    keyDir: '/nonexistent',
    masterKey: randomBytes(32).toString('base64'),
    blindIndexKey: randomBytes(32).toString('base64'),
    trustProxy: [],
    workers: 1,
    loadDemo: true,
    logLevel: 'info',
    periods: readPeriods(),
    retention: readRetention(),
    statistics: readStatisticsSettings(),
    auditCheckpointFile: '/nonexistent/audit-checkpoints.jsonl',
    backupDir: '/nonexistent/backups',
    mail: { smtpUrl: null, from: 'Atrama <atrama@test.invalid>', leaseMs: 300_000 },
    metrics: { allow: [], token: null },
    ...overrides,
  };
}

export type TestApp = Started & { backend: Backend; logs: string[]; databaseUrl: string | null };

/** A fresh database (in-memory PGlite or a new PostgreSQL database) with demo data, and the app on it. */
export async function startTestApp(backend: Backend, overrides: Partial<Config> = {}): Promise<TestApp> {
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const pgDb = backend === 'postgres' ? await freshPostgresDatabase() : null;
  const database: Config['database'] = pgDb
    ? { kind: 'postgres', url: pgDb.url }
    : { kind: 'pglite', dataDir: 'memory://' };
  const started = await prepare(testConfig(database, overrides), { logStream }, () => {});
  return {
    ...started,
    backend,
    logs,
    databaseUrl: pgDb?.url ?? null,
    close: async () => {
      await started.close();
      await pgDb?.drop();
    },
  };
}

export const ORIGIN = 'http://localhost';

export type Client = {
  email: string;
  cookie: string;
  request(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
  ): Promise<{
    status: number;
    json: () => unknown;
    body: string;
    /** The body's bytes, for answers that are not text (a PDF). */
    raw: Buffer;
    headers: Record<string, unknown>;
  }>;
};

/** A client from its own loopback address, so per-address rate limits count each test client apart. */
export function clientFor(app: TestApp, cookie = '', email = '', remoteAddress = randomLoopback()): Client {
  return {
    email,
    cookie,
    async request(method, url, body) {
      const response = await app.app.inject({
        method,
        url,
        remoteAddress,
        headers: {
          host: 'localhost',
          origin: ORIGIN,
          ...(cookie ? { cookie } : {}),
          // A Buffer is a file uploaded as its bytes; anything else is sent as JSON.
          ...(body !== undefined
            ? { 'content-type': Buffer.isBuffer(body) ? 'application/octet-stream' : 'application/json' }
            : {}),
        },
        ...(body !== undefined ? { payload: Buffer.isBuffer(body) ? body : JSON.stringify(body) } : {}),
      });
      return {
        status: response.statusCode,
        json: () => response.json(),
        body: response.body,
        raw: response.rawPayload,
        headers: response.headers,
      };
    },
  };
}

const randomLoopback = () => `127.${randomBytes(3).join('.')}`;

const enrolledSecrets = new WeakMap<TestApp, Map<string, string>>();

/**
 * Log in as a demo account through the HTTP API, passing the second factor (enrolling it first
 * where the account must) and choosing the first membership, or the one in `organisation`.
 */
export async function loginAs(app: TestApp, email: string, organisation?: string): Promise<Client> {
  const address = randomLoopback();
  const anonymous = clientFor(app, '', '', address);
  const login = await anonymous.request('POST', '/api/auth/login', { email, password: DEMO_PASSWORD });
  if (login.status !== 200) throw new Error(`login ${email} → ${login.status} ${login.body}`);
  const cookie = String(login.headers['set-cookie']).split(';')[0]!;
  const client = clientFor(app, cookie, email, address);
  let session = login.json() as {
    stage: string;
    memberships: { id: string; organisation: { slug: string } }[];
  };
  const secrets = enrolledSecrets.get(app) ?? new Map<string, string>();
  enrolledSecrets.set(app, secrets);
  if (session.stage === 'totp_enrolment_required') {
    const start = await client.request('POST', '/api/auth/totp/enrolment', {});
    const { secret } = start.json() as { secret: string };
    const confirm = await client.request('POST', '/api/auth/totp/enrolment/confirm', {
      code: currentTotp(secret, email),
    });
    if (confirm.status !== 200) throw new Error(`enrolment ${email} → ${confirm.status} ${confirm.body}`);
    secrets.set(email, secret);
    session = (confirm.json() as { session: typeof session }).session;
  } else if (session.stage === 'totp_required') {
    const secret = secrets.get(email) ?? DEMO_TOTP_SECRET;
    // A code is accepted once per time step (auth.test checks that). Tests log the same account in
    // many times a minute, so the helper rewinds that account's replay guard first.
    await app.services.database.db.execute(
      sql`update users set totp_last_step = null where email = ${email}`,
    );
    const answer = await client.request('POST', '/api/auth/totp', { code: currentTotp(secret, email) });
    if (answer.status !== 200) throw new Error(`second factor ${email} → ${answer.status} ${answer.body}`);
    session = answer.json() as typeof session;
  }
  if (session.stage === 'membership_required') {
    const chosen = organisation
      ? session.memberships.find((m) => m.organisation.slug === organisation)
      : session.memberships[0];
    const answer = await client.request('POST', '/api/auth/membership', { membershipId: chosen!.id });
    if (answer.status !== 200) throw new Error(`membership ${email} → ${answer.status} ${answer.body}`);
  }
  return client;
}

export const demoEmailFor = (role: string) =>
  DEMO_STAFF.find((s) => s.memberships.some((m) => m.role === role))!.email;
