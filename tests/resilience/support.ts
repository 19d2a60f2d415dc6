// The real server in its own process, as an operator runs it, for the resilience suite and the bench.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD } from '../../src/demo/staff.ts';
import { freshPostgresDatabase } from '../support/harness.ts';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export type ServerProcess = {
  base: string;
  pid: number;
  output(): string;
  /** Resolves with the exit code (null after a signal) once the process has gone. */
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): Promise<number | null>;
};

/**
 * `node <script>` (through tsx when it is TypeScript) with `env` on top of this process's environment; resolves once
 * `readyText` is printed. A process that exits first, or is not ready in time, rejects with its output.
 */
export function startProcess(
  script: string,
  env: Record<string, string>,
  readyText = 'Atrama is running',
  timeoutMs = 120_000,
): Promise<ServerProcess> {
  const args = script.endsWith('.ts') ? ['--import', 'tsx', script] : [script];
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not start in ${timeoutMs} ms:\n${output.slice(-3000)}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      const before = output;
      output += chunk.toString();
      if (!before.includes(readyText) && output.includes(readyText)) {
        clearTimeout(timer);
        resolve({
          base: `http://127.0.0.1:${env.PORT}`,
          pid: child.pid!,
          output: () => output,
          exited,
          kill: async (signal) => {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code} before it was ready:\n${output.slice(-3000)}`));
    });
  });
}

/** One database to run the server on: a data folder and a key folder, and PostgreSQL's URL when it is one. */
export type Target = {
  name: 'PGlite' | 'PostgreSQL';
  /** The server's environment on this target, without PORT. */
  env: Record<string, string>;
  folder: string;
  cleanup(): Promise<void>;
};

export type TargetName = Target['name'];

/** PGlite always; PostgreSQL too when DATABASE_URL names a server (npm test starts one when it can). */
export function targetNames(): TargetName[] {
  return process.env.DATABASE_URL ? ['PGlite', 'PostgreSQL'] : ['PGlite'];
}

/** A fresh target: an empty data folder (PGlite) or a new database (PostgreSQL, demo data on). */
export async function freshTarget(name: TargetName): Promise<Target> {
  const folder = mkdtempSync(path.join(tmpdir(), 'atrama-resilience-'));
  const env: Record<string, string> = {
    LOG_LEVEL: 'warn',
    ATRAMA_DATA_DIR: path.join(folder, 'data'),
    ATRAMA_KEY_DIR: path.join(folder, 'keys'),
    DATABASE_URL: '',
    // A replica the environment names is for the runs that ask for it (load.test.ts), not every server.
    DATABASE_READ_URL: '',
  };
  let drop = async () => {};
  if (name === 'PostgreSQL') {
    const fresh = await freshPostgresDatabase();
    env.DATABASE_URL = fresh.url;
    env.ATRAMA_DEMO = 'on';
    drop = fresh.drop;
  }
  return {
    name,
    env,
    folder,
    cleanup: async () => {
      rmSync(folder, { recursive: true, force: true });
      await drop();
    },
  };
}

export type Answer = { status: number; body: unknown };

/** A logged-in member of staff talking to a running server over HTTP, as the staff app does. */
export type Session = {
  cookie: string;
  call(method: string, url: string, body?: unknown): Promise<Answer>;
};

export function sessionOn(base: string, cookie: string): Session {
  return {
    cookie,
    async call(method, url, body) {
      const response = await fetch(`${base}${url}`, {
        method,
        headers: {
          origin: base,
          ...(cookie ? { cookie } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, body: parsed };
    },
  };
}

/**
 * Log in as a demo account without a second factor and act in the membership whose organisation
 * slug starts with `organisation` (or the first one).
 */
export async function logIn(base: string, email: string, organisation = ''): Promise<Session> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200)
    throw new Error(`login ${email} → ${response.status} ${await response.text()}`);
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  const session = (await response.json()) as {
    stage: string;
    memberships: { id: string; organisation: { slug: string } }[];
  };
  const staff = sessionOn(base, cookie);
  if (session.stage === 'membership_required') {
    const chosen = session.memberships.find((m) => m.organisation.slug.startsWith(organisation))!;
    const answer = await staff.call('POST', '/api/auth/membership', { membershipId: chosen.id });
    if (answer.status !== 200) throw new Error(`membership ${email} → ${answer.status}`);
  } else if (session.stage !== 'active') {
    throw new Error(`${email} needs ${session.stage}; log in as an account without a second factor`);
  }
  return staff;
}

/** A complete trafficking intake (no identity unless given), ready to submit. */
export function intakeData(placeNote: string, identity?: { givenName: string; familyName: string }) {
  return {
    kind: 'trafficking',
    metAt: new Date(Date.now() - 86_400_000).toISOString(),
    municipality: 'Vilnius',
    placeNote,
    firstContactKind: 'ngo',
    exploitationForms: ['ForcedLabour'],
    indicators: ['WithholdsDocuments'],
    sex: 'female',
    age: 29,
    citizenship: 'UA',
    ...(identity ? { identity } : {}),
    consents: [{ scope: 'referral_to_national_contact_point', method: 'signed' }],
  };
}

/** Open a case through the intake API: save a draft, submit it. */
export async function openCase(staff: Session, draftId: string, placeNote = 'Met at the bus station.') {
  const saved = await staff.call('PUT', `/api/intake-drafts/${draftId}`, { data: intakeData(placeNote) });
  if (saved.status !== 200) throw new Error(`draft → ${saved.status} ${JSON.stringify(saved.body)}`);
  const submitted = await staff.call('POST', `/api/intake-drafts/${draftId}/submit`);
  if (submitted.status !== 201)
    throw new Error(`submit → ${submitted.status} ${JSON.stringify(submitted.body)}`);
  return (submitted.body as { caseId: string }).caseId;
}
