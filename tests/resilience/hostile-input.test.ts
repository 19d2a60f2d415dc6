// Hostile input on every API route, as anonymous callers and as several logged-in roles: every answer
// is a clean 4xx problem (or the route's success where the input is legitimately acceptable, such
// as a search word), never a 5xx, never a hang, and nothing leaks into Object.prototype.
// The no-500 property test (tests/integration/no-500.property.test.ts) throws random input at the
// same routes; this corpus is the known attacks, each with the answer it must get.
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRoutePolicy } from '../../src/access/guard.ts';
import { Role } from '../../src/access/model.ts';
import { mayEverDo } from '../../src/access/policy.ts';
import { SESSION_COOKIE } from '../../src/access/sessions.ts';
import { API_ROUTES } from '../../src/app/http.ts';
import { verifyChain } from '../../src/audit/store.ts';
import { DEMO_PASSWORD } from '../../src/demo/staff.ts';
import type { AnyRoute } from '../../src/platform/http/route.ts';
import {
  backends,
  clientFor,
  demoEmailFor,
  loginAs,
  ORIGIN,
  startTestApp,
  type TestApp,
} from '../support/harness.ts';
import { HOSTILE_STRINGS, type HostileRequest, hostileRequests, percentEncode } from './hostile-corpus.ts';
import { intakeData } from './support.ts';

const ANSWER_WITHIN_MS = 10_000;

/** Object.prototype and Array.prototype as they were before any request. */
const prototypesBefore = snapshotPrototypes();
function snapshotPrototypes() {
  return [Object.prototype, Array.prototype, Function.prototype].map((p) =>
    Object.getOwnPropertyNames(p)
      .sort()
      .map((name) => `${name}:${typeof Object.getOwnPropertyDescriptor(p, name)?.value}`),
  );
}

/**
 * The roles that call every route: a case worker, the national coordinator and the administrator,
 * and for each route none of them may call, the first role that may.
 */
function callingRoles(): Role[] {
  const roles = new Set<Role>(['case_worker', 'national_coordinator', 'administrator']);
  for (const def of API_ROUTES) {
    if (def.policy.kind !== 'action') continue;
    const action = def.policy.action;
    if ([...roles].some((role) => mayEverDo(role, action))) continue;
    const role = Role.options.find((r) => mayEverDo(r, action));
    if (role) roles.add(role);
  }
  return [...roles];
}

/** Who sends the corpus: no session, a session waiting for its second factor, or a role. */
type Caller = { name: string; stage: 'none' | 'totp_required' | 'active'; role?: Role };

/** Does this caller get past the route's policy to its input parsing? */
function reaches(def: AnyRoute, caller: Caller): boolean {
  const actor =
    caller.stage === 'none'
      ? null
      : {
          userId: randomUUID(),
          email: '',
          sessionId: randomUUID(),
          stage: caller.stage,
          membership: caller.role
            ? { id: randomUUID(), organisationId: randomUUID(), role: caller.role, functions: [] }
            : null,
        };
  return checkRoutePolicy(def.policy, actor as Parameters<typeof checkRoutePolicy>[1]) === 'allow';
}

const randomLoopback = () => `127.${randomBytes(3).join('.')}`;

async function send(app: TestApp, request: HostileRequest, cookie: string) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ANSWER_WITHIN_MS} ms`)), ANSWER_WITHIN_MS);
  });
  try {
    return await Promise.race([
      app.app.inject({
        method: request.method,
        url: request.url,
        // A new address for each request, so the per-address rate limits do not hide the route.
        remoteAddress: randomLoopback(),
        headers: { host: 'localhost', origin: ORIGIN, ...(cookie ? { cookie } : {}), ...request.headers },
        ...(request.payload !== undefined ? { payload: request.payload } : {}),
      }),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** What is wrong with an answer, or null when it is what the request must get. */
function fault(
  request: HostileRequest,
  response: { statusCode: number; headers: Record<string, unknown>; body: string },
): string | null {
  const status = response.statusCode;
  if (status >= 500) return `answered ${status}`;
  const success = status >= 200 && status < 300;
  if (typeof request.expect === 'number' && status !== request.expect && status !== 401 && status !== 403) {
    return `answered ${status}, expected ${request.expect}`;
  }
  if (request.expect === 'client_error' && success) return `answered ${status}, expected a client error`;
  if (response.headers['x-content-type-options'] !== 'nosniff') {
    return `answered ${status} without the security headers`;
  }
  if (status >= 400 && !request.anyContentType) {
    if (!String(response.headers['content-type']).startsWith('application/problem+json')) {
      return `answered ${status} as ${response.headers['content-type']}, not application/problem+json`;
    }
    let problem: { status?: unknown; type?: unknown; title?: unknown };
    try {
      problem = JSON.parse(response.body);
    } catch {
      return `answered ${status} with a problem that is not JSON`;
    }
    if (problem.status !== status || typeof problem.type !== 'string' || typeof problem.title !== 'string') {
      return `answered ${status} with an incomplete problem: ${response.body.slice(0, 200)}`;
    }
  }
  if (/at .*\.(ts|js):\d+|node_modules|\/work\/|\/src\/|root:x:0:0/.test(response.body)) {
    return `answered ${status} with internals: ${response.body.slice(0, 200)}`;
  }
  return null;
}

describe.each(backends())('hostile input on %s', (backend) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(backend);
  });
  afterAll(async () => {
    const statuses = [...tally].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${n}`);
    const total = [...tally.values()].reduce((sum, n) => sum + n, 0);
    console.log(`hostile input on ${backend}: ${total} requests, answered ${statuses.join(', ')}`);
    await app?.close();
  });

  const callers: Caller[] = [
    { name: 'anonymous', stage: 'none' },
    { name: 'second factor pending', stage: 'totp_required' },
    ...callingRoles().map((role) => ({ name: role, stage: 'active' as const, role })),
  ];
  const cookies = new Map<string, string>();
  /** How many requests got each status, printed at the end. */
  const tally = new Map<number, number>();
  async function cookieOf(caller: Caller): Promise<string> {
    if (caller.stage === 'none') return '';
    let cookie = cookies.get(caller.name);
    if (!cookie) {
      if (caller.role) {
        cookie = (await loginAs(app, demoEmailFor(caller.role))).cookie;
      } else {
        // The national coordinator's password, not yet the code.
        const login = await clientFor(app).request('POST', '/api/auth/login', {
          email: 'coordinator@atrama.test',
          password: DEMO_PASSWORD,
        });
        expect((login.json() as { stage: string }).stage).toBe('totp_required');
        cookie = String(login.headers['set-cookie']).split(';')[0]!;
      }
      cookies.set(caller.name, cookie);
    }
    return cookie;
  }

  it('reaches every route as some caller', () => {
    const unreached = API_ROUTES.filter((def) => !callers.some((caller) => reaches(def, caller))).map(
      (def) => `${def.method} ${def.url}`,
    );
    expect(unreached).toEqual([]);
    expect(callers.filter((caller) => caller.role).length).toBeGreaterThanOrEqual(3);
  });

  it.each(API_ROUTES.map((def) => [`${def.method} ${def.url}`, def] as const))(
    '%s answers every hostile input cleanly, whoever sends it',
    async (_name, def) => {
      const corpus = hostileRequests(def);
      const faults: string[] = [];
      // Wrong passwords and codes in the corpus lock what they name (attacks.test.ts tests that);
      // each route starts unlocked, so every caller's session reaches its input.
      await app.services.database.db.execute(sql`delete from login_throttles`);
      for (const caller of callers) {
        // A caller the policy turns away is answered before its input is read: a sample is enough.
        const requests = reaches(def, caller) ? corpus : corpus.filter((_, i) => i % 15 === 0);
        const cookie = await cookieOf(caller);
        let ended = false;
        for (const request of requests) {
          const response = await send(app, request, cookie);
          tally.set(response.statusCode, (tally.get(response.statusCode) ?? 0) + 1);
          const wrong = fault(request, response);
          if (wrong) faults.push(`${caller.name} · ${request.label}: ${wrong}`);
          if (cookie && response.statusCode === 401) ended = true;
        }
        // A hostile body may be a valid logout: the next route starts with a new session.
        if (ended) cookies.delete(caller.name);
      }
      if (def.policy.kind !== 'public') {
        // A forged session cookie is no session at all.
        for (const forged of [
          "' OR '1'='1",
          'x'.repeat(500),
          '%00',
          `${randomUUID()}; ${SESSION_COOKIE}=x`,
        ]) {
          const response = await send(app, plainRequest(def), `${SESSION_COOKIE}=${forged}`);
          if (response.statusCode !== 401) {
            faults.push(`forged cookie ${forged.slice(0, 20)}: answered ${response.statusCode}`);
          }
        }
      }
      expect(faults).toEqual([]);
    },
  );

  it('stores and returns hostile text verbatim in a sealed note and an intake, and finds nothing odd with it', async () => {
    const worker = await loginAs(app, 'case.worker@atrama.test');
    const draftId = randomUUID();
    expect(
      (await worker.request('PUT', `/api/intake-drafts/${draftId}`, { data: intakeData('x') })).status,
    ).toBe(200);
    const opened = await worker.request('POST', `/api/intake-drafts/${draftId}/submit`);
    expect(opened.status).toBe(201);
    const caseId = (opened.json() as { caseId: string }).caseId;
    for (const [label, text] of Object.entries(HOSTILE_STRINGS)) {
      const note = await worker.request('POST', `/api/cases/${caseId}/notes`, { text, visibility: 'team' });
      const draft = await worker.request('PUT', `/api/intake-drafts/${randomUUID()}`, {
        data: { placeNote: text.slice(0, 500) },
      });
      const search = await worker.request(
        'GET',
        `/api/directory/services?q=${percentEncode(text.slice(0, 200))}`,
      );
      const hsds = await worker.request('GET', `/hsds/services?search=${percentEncode(text.slice(0, 200))}`);
      if (text.includes('\u0000')) {
        // PostgreSQL text cannot hold NUL: refused at the edge, naming the field.
        for (const answer of [note, draft, search, hsds]) expect(answer.status, label).toBe(400);
        continue;
      }
      for (const answer of [note, draft, search, hsds]) expect(answer.status, label).toBe(200);
      // A lone surrogate is not Unicode: it may come back as the replacement character, as in UTF-8.
      const kept = (sent: string) => [sent, sent.replace(/[\ud800-\udfff]/g, '\ufffd')];
      const notes = (note.json() as { notes: { text: string }[] }).notes.map((n) => n.text);
      expect(notes.filter((n) => kept(text.trim()).includes(n)).length, label).toBe(1);
      expect(kept(text.trim().slice(0, 500)), label).toContain(
        (draft.json() as { data: { placeNote: string } }).data.placeNote,
      );
    }
  });

  it('leaves Object.prototype untouched, the audit chain intact and nothing logged as a failure', async () => {
    expect(snapshotPrototypes()).toEqual(prototypesBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await verifyChain(app.services.database.db, app.services.keys)).ok).toBe(true);
    const failures = app.logs.filter((line) => /"level":(50|60)/.test(line));
    expect(failures.map((line) => line.slice(0, 300))).toEqual([]);
    const ready = await app.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
  });
});

function plainRequest(def: AnyRoute): HostileRequest {
  return {
    label: 'plain',
    method: def.method,
    url: def.url.replace(/:\w+/g, randomUUID()),
    headers: {},
    expect: 401,
  };
}
