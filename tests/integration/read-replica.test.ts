import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { Writable } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepare } from '../../src/app/server.ts';
import {
  type Client,
  clientFor,
  freshPostgresDatabase,
  loginAs,
  type TestApp,
  testConfig,
} from '../support/harness.ts';

// Statistics and the public directory read from a streaming replica (scripts/throwaway-postgres.sh
// replica, started by `npm test` and CI, given to the tests as ATRAMA_TEST_READ_URL). Which server
// answered is seen in the figures: with the replica's replay paused, a case written to the primary
// is missing from the replica's figures.
// The app reaches the replica through a TCP relay here, which the test cuts to take the replica down.

const primaryUrl = process.env.DATABASE_URL;
const replicaUrl = process.env.ATRAMA_TEST_READ_URL;
const why = !primaryUrl
  ? 'no PostgreSQL (DATABASE_URL)'
  : !replicaUrl
    ? 'no streaming replica of it (ATRAMA_TEST_READ_URL): npm test starts one with the throwaway PostgreSQL'
    : '';
const YEAR = new Date().getFullYear();
/**
 * The lag bound here: short, yet long enough that a loaded machine (other test files writing to the
 * same cluster, two cores) does not pass it between pausing the replay and reading.
 */
const BOUND = 10;

/** A TCP relay to the replica that can be cut and restored on the same port. */
async function relayTo(port: number) {
  const sockets = new Set<net.Socket>();
  let server: net.Server;
  const listen = (at: number) =>
    new Promise<number>((resolve) => {
      server = net.createServer((socket) => {
        const upstream = net.connect(port, '127.0.0.1');
        for (const s of [socket, upstream]) {
          sockets.add(s);
          s.on('error', () => {});
          s.on('close', () => sockets.delete(s));
        }
        socket.pipe(upstream).pipe(socket);
      });
      server.listen(at, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
    });
  const relayPort = await listen(0);
  return {
    port: relayPort,
    cut: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
    restore: () => listen(relayPort),
  };
}

const onDatabase = (url: string, name: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed;
};

async function onReplica<T>(url: string, query: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(query)).rows as T[];
  } finally {
    await client.end();
  }
}

describe.skipIf(why !== '')(`statistics from a read replica${why ? ` (skipped: ${why})` : ''}`, () => {
  let app: TestApp;
  let drop: () => Promise<void>;
  let relay: Awaited<ReturnType<typeof relayTo>>;
  let replicaDirect: string;
  const notices: string[] = [];
  let statistician: Client;
  let statisticianAfterOwnChange: Client;
  let guard: Client;

  /** The figures a statistician reads, and the public ones. */
  async function figures(client: Client) {
    const from = `${YEAR}-01-01`;
    const to = `${YEAR}-12-31`;
    const answers = await Promise.all([
      client.request('GET', `/api/statistics/summary?from=${from}&to=${to}`),
      client.request(
        'GET',
        `/api/statistics/breakdown?from=${from}&to=${to}&indicator=trafficking_identification`,
      ),
      client.request('GET', `/api/statistics/breakdown?from=${from}&to=${to}&indicator=referrals`),
    ]);
    for (const answer of answers) expect(answer.status, answer.body).toBe(200);
    return answers.map((answer) => answer.json());
  }

  async function intake() {
    const id = randomUUID();
    const saved = await guard.request('PUT', `/api/intake-drafts/${id}`, {
      data: {
        kind: 'trafficking',
        metAt: new Date(Date.now() - 3_600_000).toISOString(),
        municipality: 'Vilnius',
        firstContactKind: 'border_guard',
        exploitationForms: ['ForcedLabour'],
        indicators: ['WithholdsDocuments'],
        sex: 'female',
        age: 29,
        citizenship: 'UA',
        languages: ['uk'],
        interpreterNeeded: false,
        urgentNeeds: ['shelter'],
        consents: [{ scope: 'referral_to_national_contact_point', method: 'spoken' }],
      },
    });
    expect(saved.status, saved.body).toBe(200);
    const submitted = await guard.request('POST', `/api/intake-drafts/${id}/submit`);
    expect(submitted.status, submitted.body).toBe(201);
    return submitted;
  }

  /**
   * Measure until the replica has replayed what the primary wrote (within a second: other test files
   * write to the same cluster all the time).
   */
  async function caughtUp() {
    for (let i = 0; i < 200; i++) {
      await app.services.database.checkReplica();
      if ((app.services.database.replica()?.lagSeconds ?? Number.POSITIVE_INFINITY) < 1) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the replica did not catch up in 20 s');
  }

  beforeAll(async () => {
    const fresh = await freshPostgresDatabase();
    drop = fresh.drop;
    const name = new URL(fresh.url).pathname.slice(1);
    replicaDirect = onDatabase(replicaUrl!, name).toString();
    relay = await relayTo(Number(new URL(replicaUrl!).port));
    const throughRelay = onDatabase(replicaUrl!, name);
    throughRelay.port = String(relay.port);
    // The new database reaches the replica in moments.
    for (let i = 0; ; i++) {
      try {
        await onReplica(replicaDirect, 'select 1');
        break;
      } catch (error) {
        if (i > 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const logs: string[] = [];
    const started = await prepare(
      testConfig({
        kind: 'postgres',
        url: fresh.url,
        replica: { url: throughRelay.toString(), maxLagSeconds: BOUND },
      }),
      { logStream: new Writable({ write: (chunk, _e, done) => done(void logs.push(String(chunk))) }) },
      (line) => notices.push(line),
    );
    app = { ...started, backend: 'postgres', logs, databaseUrl: fresh.url };
    [statistician, guard] = await Promise.all([
      loginAs(app, 'statistician@atrama.test'),
      loginAs(app, 'border.guard@atrama.test'),
    ]);
    statisticianAfterOwnChange = clientFor(app, `${statistician.cookie}; atrama_wrote=1`, statistician.email);
    await caughtUp();
  }, 120_000);

  afterAll(async () => {
    await onReplica(replicaDirect, 'select pg_wal_replay_resume()').catch(() => {});
    await app?.close();
    await relay?.cut().catch(() => {});
    await drop?.();
  });

  it('reads from the replica, whose figures miss a case written to the primary while its replay is paused', async () => {
    expect(notices).toContain('Reads that may lag go to the read replica.');
    const before = await figures(statistician);
    expect(await figures(statisticianAfterOwnChange)).toEqual(before);

    await onReplica(replicaDirect, 'select pg_wal_replay_pause()');
    const written = await intake();
    // The writer's next reads stay on the primary for the lag bound, two checks and a margin.
    expect(String(written.headers['set-cookie'])).toMatch(/atrama_wrote=1; Max-Age=25;/);
    await app.services.database.checkReplica();
    expect(app.services.database.replica()).toMatchObject({ reachable: true });

    const fromReplica = await figures(statistician);
    const fromPrimary = await figures(statisticianAfterOwnChange);
    expect(fromPrimary).not.toEqual(before);
    expect(fromReplica).toEqual(before);
  });

  it('sends the reads to the primary once the replica is further behind than ATRAMA_REPLICA_MAX_LAG_S', async () => {
    await new Promise((resolve) => setTimeout(resolve, (BOUND + 0.5) * 1000));
    await app.services.database.checkReplica();
    expect(app.services.database.replica()!.lagSeconds).toBeGreaterThan(BOUND);
    expect(await figures(statistician)).toEqual(await figures(statisticianAfterOwnChange));
    expect(notices.filter((n) => n.includes('behind'))).toHaveLength(1);
    expect(notices.at(-1)).toMatch(/The read replica is \d+ s behind \(ATRAMA_REPLICA_MAX_LAG_S=10\)/);

    await onReplica(replicaDirect, 'select pg_wal_replay_resume()');
    await caughtUp();
    expect(notices.at(-1)).toBe('The read replica is back in use.');
  });

  it('answers statistics from the primary while the replica is down, and case work goes on', async () => {
    await relay.cut();
    const expected = await figures(statisticianAfterOwnChange);
    // Chosen before the next measure finds it down: the failed read is answered by the primary.
    expect(await figures(statistician)).toEqual(expected);
    expect(app.services.database.replica()).toMatchObject({ reachable: false });
    await intake();
    await app.services.database.checkReplica();
    expect(await figures(statistician)).not.toEqual(expected);
    const hsds = await clientFor(app).request('GET', '/hsds/services?per_page=1');
    expect(hsds.status, hsds.body).toBe(200);
    expect(notices.filter((n) => n.includes('cannot be reached'))).toHaveLength(1);

    await relay.restore();
    await caughtUp();
    expect(app.services.database.replica()).toMatchObject({ reachable: true });
  });

  it('starts when the replica cannot be reached, says so once, and reads from the primary', async () => {
    const closed = onDatabase(replicaUrl!, 'postgres');
    closed.port = String(relay.port + 1 === 65536 ? relay.port - 1 : relay.port + 1);
    const said: string[] = [];
    const other = await prepare(
      testConfig(
        {
          kind: 'postgres',
          url: app.databaseUrl!,
          replica: { url: closed.toString(), maxLagSeconds: 30 },
        },
        { masterKey: app.services.config.masterKey, blindIndexKey: app.services.config.blindIndexKey },
      ),
      { logStream: new Writable({ write: (_chunk, _e, done) => done() }) },
      (line) => said.push(line),
    );
    try {
      expect(other.services.database.replica()).toMatchObject({ reachable: false, lagSeconds: null });
      await other.services.database.checkReplica();
      const anyone = await other.app.inject({ method: 'GET', url: `/api/public/statistics?year=${YEAR}` });
      expect(anyone.statusCode, anyone.body).toBe(200);
      expect(said.filter((line) => line.includes('cannot be reached'))).toHaveLength(1);
      expect(said[0]).toMatch(
        /^The read replica \(DATABASE_READ_URL\) cannot be reached .*reads go to the primary/,
      );
    } finally {
      await other.close();
    }
  });
});
