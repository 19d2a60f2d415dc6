import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { and, asc, eq, gte, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreBackup, writeBackup } from '../../src/app/backup.ts';
import type { Config } from '../../src/app/config.ts';
import { openDatabase } from '../../src/app/database.ts';
import { prepare, type Started } from '../../src/app/server.ts';
import { CHAIN_COUNT, contentHash, GENESIS_HASH, plainLinkHash } from '../../src/audit/chain.ts';
import { type Checkpoint, isSigned } from '../../src/audit/checkpoint.ts';
import { verifyAuditTrail } from '../../src/audit/checkpoint-file.ts';
import { auditKeys } from '../../src/audit/keys.ts';
import { startCheckpoints } from '../../src/audit/schedule.ts';
import { takeCheckpoint, verifyChain } from '../../src/audit/store.ts';
import { auditEvents } from '../../src/audit/tables.ts';
import type { Db } from '../../src/platform/db.ts';
import {
  backends,
  freshPostgresDatabase,
  loginAs,
  startTestApp,
  type TestApp,
  testConfig,
} from '../support/harness.ts';

// Someone with database superuser rights but without the master key rewrites the audit trail as
// they would: triggers off, events deleted, the rest re-linked with plain SHA-256, or the end of a
// chain cut off. Keyed links and the signed checkpoints outside the database give both away.

const run = promisify(execFile);

/** `npm run audit:verify` with the installation's environment, its exit code and output. */
async function verifyCommand(env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'src/app/commands/audit-verify.ts'], {
      env: { ...process.env, ...env },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

/** As a superuser: the append-only triggers switched off for one transaction. */
const withoutTriggers = (db: Db, change: (tx: Db) => Promise<void>) =>
  db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await change(tx);
  });

/**
 * Links a chain's events from position `from` on again with plain SHA-256, as audit_append() linked
 * them, moved `shift` positions down: what someone without the key does after deleting events.
 */
async function relinkPlain(tx: Db, chain: number, from: number, shift = 0) {
  const [before] = await tx
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.chain, chain), eq(auditEvents.chainSeq, from - shift - 1)));
  const rest = await tx
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.chain, chain), gte(auditEvents.chainSeq, from)))
    .orderBy(asc(auditEvents.chainSeq));
  let prev = before?.hash ?? GENESIS_HASH;
  for (const event of rest) {
    const chainSeq = event.chainSeq - shift;
    const hash = plainLinkHash(prev, chain, chainSeq, contentHash({ ...event, at: event.at.toISOString() }));
    await tx
      .update(auditEvents)
      .set({ chainSeq, prevHash: prev, hash })
      .where(eq(auditEvents.seq, event.seq));
    prev = hash;
  }
  return rest[0]?.seq ?? null;
}

/** Chains by length, longest first. */
async function chainsByLength(db: Db) {
  const { rows } = (await db.execute(
    sql`select chain, max(chain_seq)::int as length from audit_events group by chain order by 2 desc, 1`,
  )) as unknown as { rows: { chain: number; length: number }[] };
  return rows;
}

describe.each(backends())('a rewritten audit trail on %s', (backend) => {
  let folder: string;
  let checkpointFile: string;
  let config: Config;
  let started: Started;
  let closed = false;
  let db: Db;
  let env: Record<string, string>;
  let dropDatabase = async () => {};
  let stopCheckpoints: () => Promise<void>;
  const logged: Checkpoint[] = [];
  let truncated: { chain: number; length: number; checkpointed: number };

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'atrama-audit-tamper-'));
    checkpointFile = path.join(folder, 'keys', 'audit-checkpoints.jsonl');
    let database: Config['database'];
    if (backend === 'postgres') {
      const fresh = await freshPostgresDatabase();
      dropDatabase = fresh.drop;
      database = { kind: 'postgres', url: fresh.url };
      env = { DATABASE_URL: fresh.url };
    } else {
      // The command opens the embedded database from its folder, so this one is on disk.
      database = { kind: 'pglite', dataDir: path.join(folder, 'data', 'db') };
      env = { ATRAMA_DATA_DIR: path.join(folder, 'data'), DATABASE_URL: '' };
    }
    config = testConfig(database, { auditCheckpointFile: checkpointFile, logLevel: 'silent' });
    env = {
      ...env,
      ATRAMA_MASTER_KEY: config.masterKey!,
      ATRAMA_BLIND_INDEX_KEY: config.blindIndexKey!,
      ATRAMA_AUDIT_CHECKPOINT_FILE: checkpointFile,
    };
    started = await prepare(config, {}, () => {});
    db = started.services.database.db;
    const app: TestApp = { ...started, backend, logs: [], databaseUrl: null };
    // Events recorded inside a change's transaction (a person recorded) and on their own (the trail read).
    const worker = await loginAs(app, 'case.worker@atrama.test');
    const auditor = await loginAs(app, 'auditor@atrama.test');
    for (let i = 0; i < 30; i++) {
      await worker.request('POST', '/api/people', {
        sex: 'female',
        ageBand: '25-34',
        citizenshipPathway: 'eu',
        disability: false,
      });
      await auditor.request('GET', '/api/audit?limit=1');
    }
    // What the server does at start: a checkpoint in the file and in the log.
    const checkpoints = await startCheckpoints(started.services, {
      info: (fields) => logged.push(fields.auditCheckpoint),
      error: (message) => {
        throw new Error(message);
      },
    });
    stopCheckpoints = checkpoints.stop;
    // More events after the checkpoint, as a running server writes them.
    for (let i = 0; i < 8; i++) await auditor.request('GET', '/api/audit?limit=1');
  }, 120_000);

  afterAll(async () => {
    if (!closed) await started?.close();
    await dropDatabase();
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes checkpoints to the file and the log, and an untouched trail verifies against them', async () => {
    await stopCheckpoints(); // the shutdown checkpoint
    const lines = readFileSync(checkpointFile, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((line) => JSON.parse(line))).toEqual(logged);
    for (const checkpoint of logged)
      expect(isSigned(auditKeys(started.services.keys).checkpoint, checkpoint)).toBe(true);
    expect(logged[1]!.heads).toEqual((await takeCheckpoint(db, started.services.keys)).heads);
    expect(logged[1]!.heads.every((head) => head.plainLinks === 0)).toBe(true);

    const result = await verifyAuditTrail(db, started.services.keys, checkpointFile);
    expect(result).toMatchObject({ ok: true, problems: [], checkpoints: 2, checkpointFile: true });
    expect(result.checked).toBeGreaterThan(60);
  });

  it('carries a signed checkpoint of its own trail in every backup', async () => {
    const keys = started.services.keys;
    const chunks: Buffer[] = [];
    const written = await writeBackup(db, keys, (chunk) => {
      chunks.push(chunk);
    });
    expect(written.auditCheckpoint.heads).toEqual((await takeCheckpoint(db, keys)).heads);

    const target = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    try {
      await target.migrate();
      const { auditCheckpoint } = await restoreBackup(target.db, keys, Buffer.concat(chunks));
      expect(auditCheckpoint).toEqual(written.auditCheckpoint);
      expect(isSigned(auditKeys(keys).checkpoint, auditCheckpoint!)).toBe(true);
      expect((await verifyChain(target.db, keys, [auditCheckpoint!])).ok).toBe(true);
    } finally {
      await target.close();
    }
  });

  it('finds the end of a chain cut off below a checkpoint, thanks to the checkpoint', async () => {
    const [longest] = await chainsByLength(db);
    const checkpointed = logged.at(-1)!.heads[longest!.chain]!.chainSeq;
    expect(checkpointed).toBeGreaterThan(3);
    // Everything from two events below the checkpointed head on goes: what is left still links up.
    await withoutTriggers(db, async (tx) => {
      await tx
        .delete(auditEvents)
        .where(and(eq(auditEvents.chain, longest!.chain), gte(auditEvents.chainSeq, checkpointed - 1)));
    });
    truncated = { chain: longest!.chain, length: checkpointed - 2, checkpointed };
    expect((await verifyChain(db, started.services.keys)).ok).toBe(true);

    const result = await verifyAuditTrail(db, started.services.keys, checkpointFile);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^chain ${truncated.chain} ends at sequence ${truncated.length}, but the checkpoint of .* recorded sequence ${checkpointed} with hash [0-9a-f]{64}`,
        ),
      ),
    );
  });

  it('finds events deleted and the rest re-linked with plain SHA-256, naming the chain and sequence', async () => {
    const chain = (await chainsByLength(db)).find((c) => c.chain !== truncated.chain && c.length >= 5)!.chain;
    // Events 2 and 3 go; 4 onwards are renumbered and linked again as audit_append() used to link them.
    let moved: number | null = null;
    await withoutTriggers(db, async (tx) => {
      await tx
        .delete(auditEvents)
        .where(and(eq(auditEvents.chain, chain), sql`${auditEvents.chainSeq} in (2, 3)`));
      moved = await relinkPlain(tx, chain, 4, 2);
    });
    const linkProblem = `chain ${chain}, sequence 2 (event ${moved}): linked with plain SHA-256, not with the audit key`;
    // The keyed links alone give it away, with no checkpoint at all.
    const linksOnly = await verifyChain(db, started.services.keys);
    expect(linksOnly.ok).toBe(false);
    expect(linksOnly.reason).toBe(linkProblem);

    if (backend === 'pglite') {
      await started.close(); // one process may open the folder at a time
      closed = true;
    }
    const verify = await verifyCommand(env);
    expect(verify.code, verify.out).toBe(1);
    expect(verify.out).toContain('Audit chain BROKEN');
    expect(verify.out).toContain(linkProblem);
    expect(verify.out).toContain(
      `chain ${truncated.chain} ends at sequence ${truncated.length}, but the checkpoint of`,
    );
  }, 60_000);
});

describe.each(backends())('a trail begun before links were keyed, on %s', (backend) => {
  it('verifies its plain links as far as the first checkpoint counts them, and no further', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'atrama-audit-upgrade-'));
    const file = path.join(folder, 'audit-checkpoints.jsonl');
    const app = await startTestApp(backend, { auditCheckpointFile: file });
    const log = {
      info: () => {},
      error: (message: string) => {
        throw new Error(message);
      },
    };
    const lastCheckpoint = () =>
      JSON.parse(readFileSync(file, 'utf8').trim().split('\n').at(-1)!) as Checkpoint;
    try {
      const { db } = app.services.database;
      const { keys } = app.services;
      const worker = await loginAs(app, 'case.worker@atrama.test');
      const recordPerson = () =>
        worker.request('POST', '/api/people', {
          sex: 'male',
          ageBand: '35-44',
          citizenshipPathway: 'third_country',
          disability: false,
        });
      for (let i = 0; i < 12; i++) await recordPerson();
      // Every event so far linked as audit_append() linked them before keys.
      await withoutTriggers(db, async (tx) => {
        for (let chain = 0; chain < CHAIN_COUNT; chain++) await relinkPlain(tx, chain, 1);
      });
      expect((await verifyChain(db, keys)).ok).toBe(false);

      // The first start after the upgrade counts them in its first checkpoint.
      const started = await startCheckpoints(app.services, log);
      const first = lastCheckpoint();
      expect(first.heads.map((head) => head.plainLinks)).toEqual(first.heads.map((head) => head.chainSeq));
      for (let i = 0; i < 12; i++) await recordPerson();
      await started.stop();
      expect(await verifyAuditTrail(db, keys, file)).toMatchObject({
        ok: true,
        problems: [],
        checkpoints: 2,
      });

      // Keyed events re-linked plain later are refused: a restart keeps the count its checkpoints
      // hold, and a checkpoint that counts them again does not widen what verifies.
      // Events fall on chains by their sequence, so pick a chain the second dozen reached.
      const longest = (await chainsByLength(db)).find((c) => c.length > first.heads[c.chain]!.plainLinks);
      expect(longest).toBeDefined();
      const plainBefore = first.heads[longest!.chain]!.plainLinks;
      await withoutTriggers(db, async (tx) => {
        await relinkPlain(tx, longest!.chain, plainBefore + 1);
      });
      await (await startCheckpoints(app.services, log)).stop();
      expect(lastCheckpoint().heads[longest!.chain]!.plainLinks).toBe(plainBefore);
      const counted = await takeCheckpoint(db, keys);
      expect(counted.heads[longest!.chain]!.plainLinks).toBe(longest!.length);
      const plainLink = new RegExp(
        `^chain ${longest!.chain}, sequence ${plainBefore + 1} \\(event \\d+\\): linked with plain SHA-256`,
      );
      expect((await verifyAuditTrail(db, keys, file)).problems[0]?.message).toMatch(plainLink);
      expect((await verifyChain(db, keys, [first, counted])).reason).toMatch(plainLink);
    } finally {
      await app.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
