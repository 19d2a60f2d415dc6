import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/app/config.ts';
import { prepare } from '../../src/app/server.ts';
import { auditEvents } from '../../src/audit/tables.ts';
import { backends, loginAs, startTestApp, type TestApp, testConfig } from '../support/harness.ts';

const run = promisify(execFile);

/** `npm run audit:verify` against a database, with its exit code and output. */
async function verifyCommand(env: Record<string, string>) {
  try {
    const { stdout } = await run('npx', ['tsx', 'src/app/commands/audit-verify.ts'], {
      env: { ...process.env, ...env },
    });
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

describe.each(backends())('audit trail on %s', (backend) => {
  let app: TestApp | null = null;
  let env: Record<string, string>;
  let dataDir: string | null = null;
  let pgliteConfig: Config | null = null;
  const checkpoints = mkdtempSync(path.join(tmpdir(), 'atrama-audit-checkpoints-'));

  beforeAll(async () => {
    if (backend === 'postgres') {
      app = await startTestApp('postgres');
      env = { DATABASE_URL: app.databaseUrl! };
    } else {
      // The command opens the embedded database from its folder, so this test keeps one on disk.
      dataDir = mkdtempSync(path.join(tmpdir(), 'atrama-audit-'));
      pgliteConfig = testConfig({ kind: 'pglite', dataDir: path.join(dataDir, 'db') });
      const started = await prepare(pgliteConfig, {}, () => {});
      app = { ...started, backend: 'pglite', logs: [], databaseUrl: null };
      env = { ATRAMA_DATA_DIR: dataDir, DATABASE_URL: '' };
    }
    // The command needs the installation's keys: the links are keyed.
    const { config } = app.services;
    env = {
      ...env,
      ATRAMA_MASTER_KEY: config.masterKey!,
      ATRAMA_BLIND_INDEX_KEY: config.blindIndexKey!,
      ATRAMA_AUDIT_CHECKPOINT_FILE: path.join(checkpoints, 'audit-checkpoints.jsonl'),
    };
    const worker = await loginAs(app, 'case.worker@atrama.test');
    await worker.request('GET', '/api/people');
    await worker.request('POST', '/api/auth/logout', {});
  });
  afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    rmSync(checkpoints, { recursive: true, force: true });
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    const db = app!.services.database.db;
    await expect(db.execute(sql`update audit_events set outcome = 'denied' where seq = 1`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_events where seq = 1`)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_events`)).rejects.toThrow();
  });

  it('verifies the chain and names the first broken link after a superuser edits a row', async () => {
    const db = app!.services.database.db;
    const [counted] = await db.select({ n: count() }).from(auditEvents);
    const n = counted!.n;
    expect(n).toBeGreaterThan(3);

    if (backend === 'pglite') await app!.close(); // one process may open the folder at a time
    const intact = await verifyCommand(env);
    expect(intact.code, intact.out).toBe(0);
    expect(intact.out).toContain(`${n} events checked`);

    if (backend === 'pglite') {
      // The same keys as before: start-up refuses keys that do not belong to the database.
      const reopened = await prepare(pgliteConfig!, {}, () => {});
      app = { ...reopened, backend: 'pglite', logs: [], databaseUrl: null };
    }
    const dbNow = app!.services.database.db;
    const [edited] = await dbNow.select().from(auditEvents).where(eq(auditEvents.seq, 3));
    // A superuser can switch triggers off; the hash chain still gives the edit away.
    await dbNow.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update audit_events set actor_email = 'someone.else@atrama.test' where seq = 3`);
    });
    if (backend === 'pglite') await app!.close();
    const broken = await verifyCommand(env);
    expect(broken.code).not.toBe(0);
    expect(broken.out).toContain('Audit chain BROKEN');
    expect(broken.out).toContain(
      `chain ${edited!.chain}, sequence ${edited!.chainSeq} (event 3): content does not match its keyed link`,
    );
    if (backend === 'pglite') app = null;
  });
});
