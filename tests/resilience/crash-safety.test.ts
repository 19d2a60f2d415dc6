// Crash safety: the real server takes a stream of writes, is killed with SIGKILL while writes are
// in flight, and restarts on the same data. Every write it acknowledged must still be there, and the
// audit chain must verify. On PGlite (a data folder) and on PostgreSQL.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import {
  freePort,
  freshTarget,
  intakeData,
  logIn,
  openCase,
  type ServerProcess,
  type Session,
  startProcess,
  type Target,
  targetNames,
} from './support.ts';

const ROUNDS = 2;
const WRITERS = 4;
/** Acknowledged writes to wait for in each round before the kill. */
const WRITES_BEFORE_KILL = 30;

/** What the server acknowledged (answered 2xx): each must survive the crash. */
type Ledger = {
  /** draft id → the version and place note of the last acknowledged save */
  drafts: Map<string, { version: number; placeNote: string; caseId?: string }>;
  /** case id → texts of the acknowledged notes */
  notes: Map<string, string[]>;
  cases: Set<string>;
  acknowledged: number;
  inFlight: number;
};

/** One writer: saves new drafts, changes them, writes notes on the case and submits drafts, in turn. */
async function writer(staff: Session, caseId: string, ledger: Ledger, tag: string, stop: () => boolean) {
  const own: string[] = [];
  for (let n = 0; !stop(); n++) {
    const marker = `${tag}-${n}-${randomUUID()}`;
    const step = n % 4;
    ledger.inFlight++;
    try {
      if (step === 0 || own.length === 0) {
        const id = randomUUID();
        const answer = await staff.call('PUT', `/api/intake-drafts/${id}`, { data: intakeData(marker) });
        expect(answer.status, JSON.stringify(answer.body)).toBe(200);
        ledger.drafts.set(id, { version: (answer.body as { version: number }).version, placeNote: marker });
        own.push(id);
      } else if (step === 1) {
        const id = own.at(-1)!;
        const before = ledger.drafts.get(id)!;
        const answer = await staff.call('PUT', `/api/intake-drafts/${id}`, {
          data: intakeData(marker),
          version: before.version,
        });
        expect(answer.status, JSON.stringify(answer.body)).toBe(200);
        ledger.drafts.set(id, { version: (answer.body as { version: number }).version, placeNote: marker });
      } else if (step === 2) {
        const answer = await staff.call('POST', `/api/cases/${caseId}/notes`, {
          text: marker,
          visibility: 'team',
        });
        expect(answer.status, JSON.stringify(answer.body)).toBe(200);
        ledger.notes.set(caseId, [...(ledger.notes.get(caseId) ?? []), marker]);
      } else {
        const id = own.pop()!;
        const answer = await staff.call('POST', `/api/intake-drafts/${id}/submit`);
        expect(answer.status, JSON.stringify(answer.body)).toBe(201);
        const opened = (answer.body as { caseId: string }).caseId;
        ledger.cases.add(opened);
        ledger.drafts.set(id, { ...ledger.drafts.get(id)!, caseId: opened });
      }
      ledger.acknowledged++;
    } catch (error) {
      // The server was killed under this request: no answer, so nothing was promised.
      if (stop() && error instanceof TypeError) return;
      throw error;
    } finally {
      ledger.inFlight--;
    }
  }
}

/** Every acknowledged write, read back through the API of the restarted server. */
async function expectEveryAcknowledgedWrite(staff: Session, ledger: Ledger) {
  for (const [id, saved] of ledger.drafts) {
    const answer = await staff.call('GET', `/api/intake-drafts/${id}`);
    expect(answer.status, `draft ${id}`).toBe(200);
    const draft = answer.body as {
      version: number;
      data: { placeNote?: string };
      submittedCaseId: string | null;
    };
    // A later save may have reached the database unanswered; an earlier state never may.
    expect(draft.version, `draft ${id}`).toBeGreaterThanOrEqual(saved.version);
    if (saved.caseId) expect(draft.submittedCaseId, `draft ${id}`).toBe(saved.caseId);
    if (draft.version > saved.version) continue;
    if (draft.submittedCaseId) {
      // A submitted draft keeps only the link; the case holds what was typed.
      const opened = await staff.call('GET', `/api/cases/${draft.submittedCaseId}`);
      expect(opened.status, `case of draft ${id}`).toBe(200);
      expect((opened.body as { facts: { placeNote: string } }).facts.placeNote).toBe(saved.placeNote);
    } else {
      expect(draft.data.placeNote, `draft ${id}`).toBe(saved.placeNote);
    }
  }
  for (const id of ledger.cases) {
    expect((await staff.call('GET', `/api/cases/${id}`)).status, `case ${id}`).toBe(200);
  }
  for (const [caseId, texts] of ledger.notes) {
    const answer = await staff.call('GET', `/api/cases/${caseId}`);
    expect(answer.status).toBe(200);
    const kept = new Set((answer.body as { notes: { text: string }[] }).notes.map((note) => note.text));
    expect(texts.filter((text) => !kept.has(text))).toEqual([]);
  }
}

const started: ServerProcess[] = [];
const targets: Target[] = [];
afterAll(async () => {
  for (const server of started) await server.kill('SIGKILL');
  for (const target of targets) await target.cleanup();
});

describe.each(targetNames())('crash safety on %s', (name) => {
  it('keeps every acknowledged write through SIGKILL mid-stream, restarts on the same data, and the audit chain verifies', async () => {
    const target = await freshTarget(name);
    targets.push(target);
    const env = { ...target.env, PORT: String(await freePort()) };
    const start = async () => {
      const server = await startProcess('src/app/main.ts', env);
      started.push(server);
      return server;
    };
    const ledger: Ledger = {
      drafts: new Map(),
      notes: new Map(),
      cases: new Set(),
      acknowledged: 0,
      inFlight: 0,
    };
    let server = await start();

    for (let round = 1; round <= ROUNDS; round++) {
      const staff = await logIn(server.base, 'case.worker@atrama.test', 'caritas-centre');
      const caseId = await openCase(staff, randomUUID());
      ledger.cases.add(caseId);
      const goal = ledger.acknowledged + WRITES_BEFORE_KILL;
      let killed = false;
      const writers = Array.from({ length: WRITERS }, (_, w) =>
        writer(staff, caseId, ledger, `round ${round} writer ${w}`, () => killed),
      );
      const failed = Promise.all(writers).then(() => {
        if (!killed) throw new Error('the writers stopped before the kill');
      });
      await Promise.race([
        failed,
        (async () => {
          while (ledger.acknowledged < goal) await new Promise((resolve) => setTimeout(resolve, 20));
        })(),
      ]);
      // Mid-stream: writes are on their way when the process dies.
      while (ledger.inFlight === 0) await new Promise((resolve) => setImmediate(resolve));
      const inFlightAtKill = ledger.inFlight;
      killed = true;
      expect(await server.kill('SIGKILL')).toBeNull();
      await Promise.all(writers);
      expect(inFlightAtKill).toBeGreaterThan(0);

      server = await start();
      await expectEveryAcknowledgedWrite(
        await logIn(server.base, 'case.worker@atrama.test', 'caritas-centre'),
        ledger,
      );
    }
    expect(ledger.acknowledged).toBeGreaterThanOrEqual(ROUNDS * WRITES_BEFORE_KILL);

    // A clean stop, then the operator's check of the audit trail (the embedded database is locked
    // while the server runs).
    expect(await server.kill('SIGTERM')).toBe(0);
    const verify = spawnSync(process.execPath, ['--import', 'tsx', 'src/app/commands/audit-verify.ts'], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    expect(verify.status, verify.stdout + verify.stderr).toBe(0);
    const checked = Number(/Audit chain intact: (\d+)/.exec(verify.stdout)?.[1] ?? 0);
    // At least an event per acknowledged write that is audited (the case reads and notes).
    expect(checked).toBeGreaterThan(ledger.cases.size);
  }, 600_000);
});
