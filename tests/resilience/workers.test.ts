// Several server processes (ATRAMA_WORKERS): the real server with two workers on one PostgreSQL.
// What one process learns the other knows (a session, a rate limit's count), the scheduled jobs run
// once, and a worker killed in the middle of requests is replaced while the server keeps answering,
// its open transactions rolled back. The embedded database refuses more than one process.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/app/http.ts';
import { DEMO_PASSWORD } from '../../src/demo/staff.ts';
import {
  freePort,
  freshTarget,
  intakeData,
  logIn,
  type ServerProcess,
  startProcess,
  type Target,
  targetNames,
} from './support.ts';

type Answer = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The client's port of the connection it came on. */
  port: number;
};

/**
 * One request: on a connection of its own (a new client's), or on `agent`'s one kept-alive
 * connection. A request must end, answered or failed: it never waits on a process that has gone.
 */
function send(
  base: string,
  method: string,
  url: string,
  options: { cookie?: string; body?: unknown; agent?: Agent } = {},
): Promise<Answer> {
  const target = new URL(url, base);
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method,
        agent: options.agent ?? false,
        timeout: 20_000,
        headers: {
          origin: base,
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
        },
      },
      (response) => {
        const port = response.socket.localPort!;
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, body, port }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`${method} ${url}: no answer in 20 s`)));
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

const METRICS_TOKEN = 'metrics-token-for-the-workers-test-0123456789';

/** Which of `pids` holds the server's end of the connection from the client's `port` (Linux /proc). */
function processHolding(serverPort: number, port: number, pids: number[]): number | null {
  const hex = (n: number) => `:${n.toString(16).toUpperCase().padStart(4, '0')}`;
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(table)) continue;
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const [, local, remote, , , , , , , inode] = line.trim().split(/\s+/);
      if (!local?.endsWith(hex(serverPort)) || !remote?.endsWith(hex(port))) continue;
      for (const pid of pids) {
        for (const fd of readdirSync(`/proc/${pid}/fd`)) {
          try {
            if (readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`) return pid;
          } catch {
            // closed while looked at
          }
        }
      }
    }
  }
  return null;
}

/**
 * A kept-alive connection to each worker, from `localAddress`. The workers race to take each new
 * connection, so those that have one are held still (SIGSTOP) while the next is opened: another
 * must take it.
 */
async function connectionPerWorker(base: string, workers: number[], localAddress: string) {
  const serverPort = Number(new URL(base).port);
  const found = new Map<number, Agent>();
  while (found.size < workers.length) {
    const held = [...found.keys()];
    for (const pid of held) process.kill(pid, 'SIGSTOP');
    const agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress });
    let answer: Answer;
    try {
      answer = await send(base, 'GET', '/healthz', { agent });
    } finally {
      for (const pid of held) process.kill(pid, 'SIGCONT');
    }
    const pid = processHolding(serverPort, answer.port, workers);
    if (pid === null || found.has(pid)) throw new Error(`no other worker took a connection (${pid})`);
    found.set(pid, agent);
  }
  return workers.map((pid) => found.get(pid)!);
}

/** The server processes a primary has forked (its workers), from /proc. */
function workersOf(primary: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (command) state ppid …: the command may hold spaces and parentheses, the fields after it not.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (parent === primary && command.includes('src/app/main.ts')) found.push(Number(entry));
    } catch {
      // gone while looked at
    }
  }
  return found.sort((a, b) => a - b);
}

const isRunning = (pid: number) =>
  existsSync(`/proc/${pid}`) && !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));

async function until<T>(
  what: string,
  probe: () => Promise<T | null | undefined> | T | null | undefined,
  ms = 30_000,
) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`waited ${ms / 1000} s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const checkpointLines = (file: string) =>
  existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).length : 0;

describe('several server processes on the embedded database', () => {
  it('are refused at the start, saying why, before the data folder is touched', async () => {
    const target = await freshTarget('PGlite');
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/app/main.ts'], {
        env: { ...process.env, ...target.env, PORT: String(await freePort()), ATRAMA_WORKERS: '2' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(/ATRAMA_WORKERS: 2 processes cannot share the embedded database/);
      expect(existsSync(target.env.ATRAMA_DATA_DIR!)).toBe(false);
    } finally {
      await target.cleanup();
    }
  });
});

describe.skipIf(!targetNames().includes('PostgreSQL'))('two server processes on one PostgreSQL', () => {
  let target: Target;
  let server: ServerProcess;
  let database: pg.Client;
  const count = async (query: string) => Number((await database.query(query)).rows[0]!.n);
  const checkpointFile = () => path.join(target.env.ATRAMA_KEY_DIR!, 'audit-checkpoints.jsonl');

  beforeAll(async () => {
    target = await freshTarget('PostgreSQL');
    database = new pg.Client({ connectionString: target.env.DATABASE_URL });
    await database.connect();
    const quickJobs = pathToFileURL(path.resolve('tests/resilience/quick-jobs.mjs')).href;
    server = await startProcess('src/app/main.ts', {
      ...target.env,
      PORT: String(await freePort()),
      ATRAMA_WORKERS: '2',
      ATRAMA_METRICS_TOKEN: METRICS_TOKEN,
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import=${quickJobs}`].filter(Boolean).join(' '),
    });
  });

  afterAll(async () => {
    await server?.kill('SIGKILL');
    await database?.end();
    await target?.cleanup();
  });

  it('starts a primary and two workers, which the banner counts', () => {
    expect(server.output()).toContain('(PostgreSQL, 2 server processes)');
    expect(workersOf(server.pid)).toHaveLength(2);
  });

  it('answers a scrape of /metrics with every process: the workers added up, the jobs from the primary', async () => {
    const [first, second] = await connectionPerWorker(server.base, workersOf(server.pid), '127.0.0.1');
    for (const agent of [first, first, first, second, second]) {
      expect((await send(server.base, 'GET', '/docs/docs.css', { agent })).status).toBe(200);
    }
    const scrape = await new Promise<string>((resolve, reject) => {
      const outgoing = httpRequest(
        `${server.base}/metrics`,
        { headers: { authorization: `Bearer ${METRICS_TOKEN}` } },
        (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            body += chunk;
          });
          response.on('end', () => (response.statusCode === 200 ? resolve(body) : reject(new Error(body))));
        },
      );
      outgoing.on('error', reject);
      outgoing.end();
    });
    expect(scrape).toMatch(
      /atrama_http_request_duration_seconds_count\{method="GET",route="\/docs\/docs.css",status="200"\} 5\n/,
    );
    expect(scrape).toContain('# TYPE atrama_retention_last_run_timestamp_seconds gauge');
    expect(scrape).toMatch(/atrama_db_pool_connections\{pool="primary",state="total"\} \d+/);
  });

  it('takes a session made on one process on the other', async () => {
    const [first, second] = await connectionPerWorker(server.base, workersOf(server.pid), '127.0.0.1');
    const login = await send(server.base, 'POST', '/api/auth/login', {
      agent: first,
      body: { email: 'case.worker@atrama.test', password: DEMO_PASSWORD },
    });
    expect(login.status, login.body).toBe(200);
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const memberships = JSON.parse(login.body).memberships as {
      id: string;
      organisation: { slug: string };
    }[];
    const chosen = memberships.find((m) => m.organisation.slug.startsWith('caritas-centre'))!;

    // Made on the first, carried on by the second, read on both.
    const membership = await send(server.base, 'POST', '/api/auth/membership', {
      agent: second,
      cookie,
      body: { membershipId: chosen.id },
    });
    expect(membership.status, membership.body).toBe(200);
    for (const agent of [first, second]) {
      const answer = await send(server.base, 'GET', '/api/auth/session', { agent, cookie });
      expect(answer.status, answer.body).toBe(200);
      expect(JSON.parse(answer.body).stage).toBe('active');
    }

    // Ended on the second, it is ended on the first.
    expect((await send(server.base, 'POST', '/api/auth/logout', { agent: second, cookie })).status).toBe(204);
    expect((await send(server.base, 'GET', '/api/auth/session', { agent: first, cookie })).status).toBe(401);
    first!.destroy();
    second!.destroy();
  });

  it('counts a rate limit over the requests both processes answer', async () => {
    const limit = API_ROUTES.find((def) => def.url === '/api/auth/login')!.rateLimitPerMinute!;
    // A client of its own (127.0.0.2): no other test's logins count against it.
    const agents = await connectionPerWorker(server.base, workersOf(server.pid), '127.0.0.2');
    const remaining: number[] = [];
    for (let i = 0; i < limit; i++) {
      const answer = await send(server.base, 'POST', '/api/auth/login', {
        agent: agents[i % 2],
        body: { email: `nobody-${randomUUID()}@atrama.test`, password: 'wrong password' },
      });
      expect(answer.status).toBe(401);
      remaining.push(Number(answer.headers['x-ratelimit-remaining']));
    }
    // One count: each answer, from one process and the other in turn, has one fewer left.
    expect(remaining).toEqual(Array.from({ length: limit }, (_, i) => limit - 1 - i));
    for (const agent of agents) {
      const refused = await send(server.base, 'POST', '/api/auth/login', {
        agent,
        body: { email: 'nobody@atrama.test', password: 'wrong password' },
      });
      expect(refused.status).toBe(429);
      agent.destroy();
    }
  });

  it('runs the scheduled jobs in one process only: one retention run, one checkpoint at the start', async () => {
    // quick-jobs.mjs brings the first retention run to a second after each process schedules it.
    await until('the first retention run', () =>
      count(`select count(*) as n from audit_events where action = 'retention.run'`),
    );
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    expect(await count(`select count(*) as n from audit_events where action = 'retention.run'`)).toBe(1);
    expect(checkpointLines(checkpointFile())).toBe(1);
  });

  it('replaces a worker killed mid-request; the server keeps answering, and the requests it had fail and roll back', async () => {
    const staff = await logIn(server.base, 'case.worker@atrama.test', 'caritas-centre');
    const [victim, survivor] = workersOf(server.pid) as [number, number];
    const acknowledged = new Map<string, string>();
    const failed = new Map<string, string>();
    let inFlight = 0;
    let killed = false;
    let afterKill = 0;
    const writer = async (w: number) => {
      for (let n = 0; !killed || afterKill < 20; n++) {
        const id = randomUUID();
        const marker = `writer ${w} draft ${n}`;
        inFlight++;
        let answer: Answer;
        try {
          answer = await send(server.base, 'PUT', `/api/intake-drafts/${id}`, {
            cookie: staff.cookie,
            body: { data: intakeData(marker) },
          });
        } catch (error) {
          // The connection was cut with the process: an error, promptly, never a hang.
          expect((error as Error).message).not.toMatch(/no answer/);
          failed.set(id, marker);
          continue;
        } finally {
          inFlight--;
        }
        expect(answer.status, answer.body).toBe(200);
        acknowledged.set(id, marker);
        if (killed) afterKill++;
      }
    };
    const writers = Array.from({ length: 4 }, (_, w) => writer(w));
    await until('writes under way', () => acknowledged.size >= 12 && inFlight >= 2);
    process.kill(victim, 'SIGKILL');
    killed = true;
    await Promise.all(writers);

    // The death is logged, another worker takes its place, and both answer.
    await until('the death in the log', () =>
      server.output().includes(`Server process ${victim} was killed by SIGKILL`),
    );
    const now = await until('a replacement', () => {
      const pids = workersOf(server.pid);
      return pids.length === 2 && !pids.includes(victim) ? pids : null;
    });
    expect(now).toContain(survivor);
    for (let i = 0; i < 6; i++) expect((await send(server.base, 'GET', '/readyz')).status).toBe(200);

    // What was acknowledged is there; what failed was never half-written, and no transaction of the
    // dead process is left open in the database.
    for (const [id, marker] of acknowledged) {
      const answer = await send(server.base, 'GET', `/api/intake-drafts/${id}`, { cookie: staff.cookie });
      expect(answer.status, id).toBe(200);
      expect(JSON.parse(answer.body).data.placeNote).toBe(marker);
    }
    await until(
      'no transaction left open',
      async () =>
        (await count(
          `select count(*) as n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'`,
        )) === 0,
    );
  });

  it('stops every worker on SIGTERM, then writes the last checkpoint, and the audit trail verifies', async () => {
    const workers = workersOf(server.pid);
    expect(await server.kill('SIGTERM')).toBe(0);
    expect(workers.filter(isRunning)).toEqual([]);
    expect(checkpointLines(checkpointFile())).toBe(2);
    const verify = spawnSync(process.execPath, ['--import', 'tsx', 'src/app/commands/audit-verify.ts'], {
      env: { ...process.env, ...target.env },
      encoding: 'utf8',
    });
    expect(verify.status, verify.stdout + verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/Audit chain intact: \d+ events checked, 2 checkpoints held/);
  });
});
