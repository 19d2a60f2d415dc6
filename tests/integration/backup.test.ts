import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError, restoreBackup, tablesInOrder, writeBackup } from '../../src/app/backup.ts';
import type { Config } from '../../src/app/config.ts';
import { openDatabase } from '../../src/app/database.ts';
import { prepare } from '../../src/app/server.ts';
import { verifyChain } from '../../src/audit/store.ts';
import type { Database, Db } from '../../src/platform/db.ts';
import {
  type Backend,
  backends,
  freshPostgresDatabase,
  loginAs,
  startTestApp,
  type TestApp,
  testConfig,
} from '../support/harness.ts';

// A backup of a demo database with cases restores into an empty database with every row of every
// table the same; a changed file, another master key or a non-empty database restore nothing.

async function emptyDatabase(backend: Backend): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (backend === 'pglite') {
    const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    await database.migrate();
    return { database, drop: async () => {} };
  }
  const fresh = await freshPostgresDatabase();
  const database = await openDatabase({ kind: 'postgres', url: fresh.url } as Config['database']);
  await database.migrate();
  return {
    database,
    drop: async () => {
      await database.close();
      await fresh.drop();
    },
  };
}

/** Every row of every table, in a stable order, as the database prints it. */
async function contents(db: Db) {
  const out: Record<string, unknown[]> = {};
  for (const table of await tablesInOrder(db)) {
    const result = (await db.execute(
      sql`select t::text as row from ${sql.identifier(table)} t order by t::text`,
    )) as unknown as { rows: { row: string }[] };
    out[table] = result.rows.map((r) => r.row);
  }
  return out;
}

async function sequences(db: Db) {
  const names = (await db.execute(
    sql`select sequencename as name from pg_sequences where schemaname = 'public' order by 1`,
  )) as unknown as { rows: { name: string }[] };
  const out: Record<string, unknown> = {};
  for (const { name } of names.rows) {
    const state = (await db.execute(
      sql`select last_value::text as value, is_called as called from ${sql.identifier(name)}`,
    )) as unknown as { rows: unknown[] };
    out[name] = state.rows[0];
  }
  expect(Object.keys(out)).toContain('case_reference_seq');
  return out;
}

async function backupOf(db: Db, keys: TestApp['services']['keys']) {
  const chunks: Buffer[] = [];
  const header = await writeBackup(db, keys, (chunk) => {
    chunks.push(chunk);
  });
  return { file: Buffer.concat(chunks), header };
}

describe.each(backends())('backup and restore on %s', (backend) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(backend);
    // A case with identity, consents, a referral and a sealed note, so every kind of column is in it.
    const guard = await loginAs(app, 'border.guard@atrama.test');
    const draft = randomUUID();
    await guard.request('PUT', `/api/intake-drafts/${draft}`, {
      data: {
        kind: 'trafficking',
        metAt: '2026-10-01T10:00:00Z',
        municipality: 'Vilnius',
        firstContactKind: 'border_guard',
        exploitationForms: ['ForcedLabour'],
        sex: 'male',
        identity: { givenName: 'Aziz', familyName: 'Karimov', birthDate: '1991-05-04' },
        consents: [{ scope: 'referral_to_national_contact_point', method: 'spoken' }],
      },
    });
    const opened = (await guard.request('POST', `/api/intake-drafts/${draft}/submit`)).json() as {
      caseId: string;
    };
    await guard.request('POST', `/api/cases/${opened.caseId}/notes`, {
      text: 'Met at the border post.',
      visibility: 'team',
    });
  });
  afterAll(() => app?.close());

  it('restores every row of every table into an empty database, sealed data and audit chain included', async () => {
    const source = app.services.database.db;
    const { file, header } = await backupOf(source, app.services.keys);
    expect(header.tables.find((t) => t.name === 'cases')?.rows).toBeGreaterThan(0);
    expect(file.includes(Buffer.from('Karimov'))).toBe(false);
    expect(file.includes(Buffer.from('Vilnius'))).toBe(false);

    const target = await emptyDatabase(backend);
    try {
      await restoreBackup(target.database.db, app.services.keys, file);
      expect(await contents(target.database.db)).toEqual(await contents(source));
      expect((await verifyChain(target.database.db, app.services.keys)).ok).toBe(true);
      // Sequences continue where the source's left off: the next case reference, the audit sequence.
      expect(await sequences(target.database.db)).toEqual(await sequences(source));
    } finally {
      await target.drop();
    }
  });

  it('restores nothing from a changed file, under another master key, or into a database that is not empty', async () => {
    const { file } = await backupOf(app.services.database.db, app.services.keys);
    const target = await emptyDatabase(backend);
    try {
      const changed = Buffer.from(file);
      changed[Math.floor(changed.length / 2)]! ^= 0x01;
      await expect(restoreBackup(target.database.db, app.services.keys, changed)).rejects.toThrow(
        BackupError,
      );
      const otherKeys = { master: randomBytes(32), blindIndex: randomBytes(32) };
      await expect(restoreBackup(target.database.db, otherKeys, file)).rejects.toThrow(/master key/);
      await expect(
        restoreBackup(target.database.db, app.services.keys, file.subarray(0, file.length - 100)),
      ).rejects.toThrow(BackupError);
      const empty = Object.values(await contents(target.database.db)).every((rows) => rows.length === 0);
      expect(empty).toBe(true);
      await restoreBackup(target.database.db, app.services.keys, file);
      await expect(restoreBackup(target.database.db, app.services.keys, file)).rejects.toThrow(/not empty/);
    } finally {
      await target.drop();
    }
  });
});

describe('npm run backup and npm run restore', () => {
  it('back up an embedded database and restore it into a new one, and refuse to make keys of their own', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'atrama-backup-'));
    const config = testConfig({ kind: 'pglite', dataDir: path.join(folder, 'data', 'db') });
    const env = {
      ATRAMA_DATA_DIR: path.join(folder, 'data'),
      ATRAMA_KEY_DIR: path.join(folder, 'keys'),
      ATRAMA_MASTER_KEY: config.masterKey!,
      ATRAMA_BLIND_INDEX_KEY: config.blindIndexKey!,
      DATABASE_URL: '',
    };
    try {
      const started = await prepare(config, { logStream: new PassThrough() }, () => {});
      await started.close();
      const file = path.join(folder, 'one.backup');
      const backup = await command('src/app/commands/backup.ts', ['--out', file], env);
      expect(backup.code, backup.out).toBe(0);
      expect(backup.out).toMatch(/Backup written: .*one\.backup \(\d+ tables, \d+ rows\)/);
      // The backup's audit checkpoint is printed and kept beside the key file.
      const checkpoints = path.join(folder, 'keys', 'audit-checkpoints.jsonl');
      const [line] = readFileSync(checkpoints, 'utf8').trim().split('\n');
      expect(backup.out).toContain(`Audit checkpoint (in the backup): ${line}`);
      const restored = await command('src/app/commands/restore.ts', [file], {
        ...env,
        ATRAMA_DATA_DIR: path.join(folder, 'restored'),
      });
      expect(restored.code, restored.out).toBe(0);
      expect(restored.out).toContain('Restored the backup');
      expect(restored.out).toContain("The backup's audit checkpoint was added");
      const verify = await command('src/app/commands/audit-verify.ts', [], {
        ...env,
        ATRAMA_DATA_DIR: path.join(folder, 'restored'),
      });
      expect(verify.code, verify.out).toBe(0);
      expect(verify.out).toMatch(/Audit chain intact: \d+ events? checked, 2 checkpoints held/);
      const keyless = await command('src/app/commands/restore.ts', [file], {
        ...env,
        ATRAMA_DATA_DIR: path.join(folder, 'elsewhere'),
        ATRAMA_MASTER_KEY: '',
        ATRAMA_BLIND_INDEX_KEY: '',
      });
      expect(keyless.code).toBe(1);
      expect(keyless.out).toContain('No keys');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});

const run = promisify(execFile);

/** A command as `npm run` starts it, with its exit code and everything it printed. */
async function command(script: string, args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', script, ...args], {
      env: { ...process.env, ...env },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}
