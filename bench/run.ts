// `npm run bench`: measured in one run on this machine, printed as figures and ratios.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { count } from 'drizzle-orm';
import { type Config, loadConfig } from '../src/app/config.ts';
import { prepare } from '../src/app/server.ts';
import { DEMO_PASSWORD } from '../src/demo/staff.ts';
import { directoryServices } from '../src/directory/tables.ts';
import { freePort, type ServerProcess, startProcess } from '../tests/resilience/support.ts';
import { freshPostgresDatabase, testConfig } from '../tests/support/harness.ts';
import { duplicateCheckLatency, seedPeople } from './cases.ts';
import { finderFirstLoad, loadGenerated, searchLatency } from './directory.ts';
import { minimalAuditedRead } from './floor.ts';
import { startAndPageFigures } from './pages.ts';
import { statisticsDatabase } from './scale.ts';
import { statisticsTimings } from './statistics.ts';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

type Figure = { rps: number; p50: number; p99: number };

async function load(url: string, headers: Record<string, string> = {}): Promise<Figure> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  const errors = result.errors + result.non2xx;
  if (errors > 0) throw new Error(`${url}: ${errors} failed responses`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const ms = (value: number) => `${Number.isInteger(value) ? value : value.toFixed(1)} ms`;

/** One figure on one line: what, req/s, p50, p99, then its ratios. */
function report(what: string, figure: Figure, ratios: string[] = []) {
  console.log(
    `${what.padEnd(60)} ${figure.rps.toFixed(0).padStart(7)} req/s  p50 ${ms(figure.p50).padStart(8)}  p99 ${ms(figure.p99).padStart(8)}${ratios.map((r) => `  ${r}`).join('')}`,
  );
}

const ratio = (figure: Figure, to: Figure) => figure.rps / to.rps;

async function loginCookie(base: string) {
  const post = (url: string, body: unknown, cookie = '') =>
    fetch(`${base}${url}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
  const login = await post('/api/auth/login', { email: 'case.worker@atrama.test', password: DEMO_PASSWORD });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const session = (await login.json()) as { memberships: { id: string; organisation: { slug: string } }[] };
  const caritas = session.memberships.find((m) => m.organisation.slug.startsWith('caritas-centre'))!;
  await post('/api/auth/membership', { membershipId: caritas.id }, cookie);
  const people = (await (await fetch(`${base}/api/people`, { headers: { cookie } })).json()) as {
    items: { id: string; anonymous: boolean }[];
  };
  // A case with everything a case page shows: identity, consents, a referral, notes, a timeline.
  const draft = randomUUID();
  await fetch(`${base}/api/intake-drafts/${draft}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', origin: base, cookie },
    body: JSON.stringify({
      data: {
        kind: 'trafficking',
        metAt: new Date(Date.now() - 86_400_000).toISOString(),
        municipality: 'Vilnius',
        firstContactKind: 'ngo',
        exploitationForms: ['ForcedLabour'],
        indicators: ['WithholdsDocuments', 'DebtBondage'],
        sex: 'female',
        age: 29,
        citizenship: 'UA',
        identity: { givenName: 'Olena', familyName: 'Bondarenko', birthDate: '1997-02-11' },
        consents: [
          { scope: 'referral_to_national_contact_point', method: 'signed' },
          { scope: 'share_identity', method: 'signed' },
        ],
      },
    }),
  });
  const opened = (await (await post(`/api/intake-drafts/${draft}/submit`, {}, cookie)).json()) as {
    caseId: string;
  };
  for (const text of ['Met at the bus station.', 'Needs a Ukrainian interpreter.']) {
    await post(`/api/cases/${opened.caseId}/notes`, { text, visibility: 'team' }, cookie);
  }
  return { cookie, personId: people.items.find((p) => !p.anonymous)!.id, caseId: opened.caseId };
}

/** The app in this process on an embedded database and, when DATABASE_URL is set, on a fresh PostgreSQL one. */
function inProcessTargets(): { name: string; database: () => Promise<Config['database']> }[] {
  const targets: { name: string; database: () => Promise<Config['database']> }[] = [
    { name: 'PGlite', database: async () => ({ kind: 'pglite', dataDir: 'memory://' }) },
  ];
  if (process.env.DATABASE_URL) {
    targets.push({
      name: 'PostgreSQL',
      database: async () => {
        const fresh = await freshPostgresDatabase();
        cleanups.push(fresh.drop);
        return { kind: 'postgres', url: fresh.url };
      },
    });
  }
  return targets;
}

async function startInProcess(database: () => Promise<Config['database']>) {
  return prepare(testConfig(await database(), { loadDemo: false, logLevel: 'silent' }), {}, () => {});
}

const children: ServerProcess[] = [];
const folders: string[] = [];
const cleanups: (() => Promise<void>)[] = [];
try {
  console.log(
    `Machine: ${cpus().length} cores (${cpus()[0]?.model}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node.js ${process.version}`,
  );
  // The production build's start and the pages' weight first, before the load warms the machine;
  // BENCH_ONLY=pages stops there.
  await startAndPageFigures();
  if (process.env.BENCH_ONLY === 'pages') process.exit(0);
  console.log(`\nLoad: autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per figure, loopback\n`);

  const barePort = await freePort();
  children.push(await startProcess('bench/bare-server.ts', { PORT: String(barePort) }, 'ready'));
  const bare = await load(`http://127.0.0.1:${barePort}/bare`);
  report('bare Fastify route (no session, policy, audit or database)', bare);

  const targets: { name: string; env: Record<string, string> }[] = [
    { name: 'PGlite', env: { DATABASE_URL: '' } },
  ];
  if (process.env.DATABASE_URL) {
    const fresh = await freshPostgresDatabase();
    cleanups.push(fresh.drop);
    targets.push({ name: 'PostgreSQL', env: { DATABASE_URL: fresh.url, ATRAMA_DEMO: 'on' } });
  }
  /** Per database: the floor and the API reads, for the goals below. */
  const measured = new Map<string, { floor: Figure; person: Figure; page: Figure }>();
  for (const target of targets) {
    const folder = mkdtempSync(path.join(tmpdir(), 'atrama-bench-'));
    folders.push(folder);
    const env = {
      ...target.env,
      LOG_LEVEL: 'warn',
      ATRAMA_DATA_DIR: path.join(folder, 'data'),
      ATRAMA_KEY_DIR: path.join(folder, 'keys'),
    };
    console.log(`\n${target.name}:`);
    // The floor first, on the database the server then opens, with the config the server reads from
    // the same environment; closed before the server starts (PGlite's folder takes one process).
    const floor = await minimalAuditedRead(loadConfig({ ...process.env, ...env }), CONNECTIONS, DURATION_S);
    report('floor: minimal audited read (SELECT + audit INSERT, COMMIT)', floor);
    const port = await freePort();
    children.push(await startProcess('src/app/main.ts', { ...env, PORT: String(port) }));
    const base = `http://127.0.0.1:${port}`;
    const { cookie, personId, caseId } = await loginCookie(base);
    const ratios = (figure: Figure) => [
      `${ratio(figure, floor).toFixed(3)} of the floor`,
      `${ratio(figure, bare).toFixed(4)} of bare`,
    ];
    const person = await load(`${base}/api/people/${personId}`, { cookie });
    report('person read GET /api/people/{id}', person, ratios(person));
    const page = await load(`${base}/api/cases/${caseId}`, { cookie });
    report('case page GET /api/cases/{id}', page, ratios(page));
    measured.set(target.name, { floor, person, page });
  }

  // The public finder and directory search.
  const finderApp = await prepare(
    testConfig({ kind: 'pglite', dataDir: 'memory://' }, { loadDemo: false, logLevel: 'silent' }),
    {},
    () => {},
  );
  const firstLoad = await finderFirstLoad(finderApp.app);
  console.log(
    `\nfinder first load (${firstLoad.parts.join(' + ')}): ${firstLoad.raw} bytes as sent, ${firstLoad.gzip} bytes gzip-compressed (budget 100 KB, aim 50 KB)`,
  );
  await finderApp.close();
  const queries = [
    'karitas',
    'vyru krizes',
    'pagalba moterims',
    'prekyba žmonėmis',
    'trafficking',
    'grįžimas',
    'teisine pagalba',
    'darbas',
  ];
  const search = new Map<string, { services: number; p95: number }>();
  for (const target of inProcessTargets()) {
    const started = await startInProcess(target.database);
    const { db } = started.services.database;
    await loadGenerated(db, 10_000);
    const [held] = await db.select({ n: count() }).from(directoryServices);
    const latency = await searchLatency(db, queries, 10);
    console.log(
      `directory search, ${held!.n.toLocaleString('en')} services (${target.name.padEnd(10)}): p50 ${latency.p50.toFixed(1)} ms  p95 ${latency.p95.toFixed(1)} ms over ${latency.n} searches (budget p95 < 20 ms)`,
    );
    search.set(target.name, { services: held!.n, p95: latency.p95 });
    await started.close();
  }

  // The duplicate check on 100,000 people.
  for (const target of inProcessTargets()) {
    const started = await startInProcess(target.database);
    const { db } = started.services.database;
    await seedPeople(db, started.services.keys.blindIndex, 100_000);
    const latency = await duplicateCheckLatency(db, started.services.keys.blindIndex, 200);
    console.log(
      `duplicate check, 100,000 people (${target.name.padEnd(10)}): p50 ${latency.p50.toFixed(2)} ms  p95 ${latency.p95.toFixed(2)} ms over ${latency.n} checks, ${latency.found} found (budget p95 < 50 ms)`,
    );
    await started.close();
  }

  // Statistics at national scale, on PostgreSQL only.
  const scale = await statisticsDatabase(cleanups);
  if (scale) {
    const { cases, services, figures } = await statisticsTimings(scale.db, 2023);
    console.log(
      `\nstatistics, ${cases.toLocaleString('en')} cases and ${services.toLocaleString('en')} services (PostgreSQL${scale.filled ? `, filled in ${scale.filled} s` : ''}), year 2023, median of 3 (budget < 1000 ms each):`,
    );
    for (const f of figures)
      console.log(`  ${f.ms.toFixed(0).padStart(6)} ms  ${f.name}${f.ms >= 1000 ? '  OVER BUDGET' : ''}`);
    const slowest = figures.reduce((a, b) => (b.ms > a.ms ? b : a));
    console.log(`  slowest: ${slowest.name}, ${slowest.ms.toFixed(0)} ms`);
    await scale.close();
  }

  // The goals, on PostgreSQL: the API reads against the database's floor, the search at 10,000 services.
  const onPostgres = measured.get('PostgreSQL');
  const searchOnPostgres = search.get('PostgreSQL');
  if (onPostgres && searchOnPostgres) {
    const goal = (pass: boolean, text: string) => console.log(`  ${pass ? 'PASS' : 'MISS'}  ${text}`);
    const page = ratio(onPostgres.page, onPostgres.floor);
    const person = ratio(onPostgres.person, onPostgres.floor);
    console.log('\ngoals (PostgreSQL):');
    goal(page >= 0.5, `case page ≥ 0.5 of the floor: ${page.toFixed(3)}`);
    goal(person >= 0.7, `person read ≥ 0.7 of the floor: ${person.toFixed(3)}`);
    goal(
      searchOnPostgres.services >= 10_000 && searchOnPostgres.p95 < 20,
      `directory search p95 < 20 ms at 10,000 services: p95 ${searchOnPostgres.p95.toFixed(1)} ms at ${searchOnPostgres.services.toLocaleString('en')} services`,
    );
  } else {
    console.log('\ngoals: set on PostgreSQL, not measured in this run (no DATABASE_URL)');
  }
} finally {
  for (const child of children) await child.kill('SIGTERM');
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  await new Promise((resolve) => setTimeout(resolve, 1000)); // let the servers close their connections
  for (const cleanup of cleanups) await cleanup();
}
