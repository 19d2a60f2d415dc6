import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { type SQL, sql } from 'drizzle-orm';
import type { Checkpoint } from '../audit/checkpoint.ts';
import { takeCheckpoint } from '../audit/store.ts';
import type { Keys } from '../platform/crypto/keys.ts';
import type { Db } from '../platform/db.ts';

// A backup is every row of every table of the application, read in one snapshot, as JSON lines,
// compressed and sealed (AES-256-GCM) under a key derived from the master key. The same file
// restores into an empty embedded database or PostgreSQL server of the same schema version. Without
// the master key it cannot be read, which is why the master key must never be stored with it.

const MAGIC = 'ATRAMA-BACKUP-1\n';
const PAGE = 2000;

type Rows<T> = { rows: T[] };
const all = async <T>(db: Db, query: SQL) => ((await db.execute(query)) as unknown as Rows<T>).rows;

export type BackupHeader = {
  createdAt: string;
  migrations: number;
  tables: { name: string; rows: number }[];
  sequences: { name: string; value: string; called: boolean }[];
  /** The audit chains' heads in this backup, signed: a checkpoint kept wherever the backup is kept (absent from older backups). */
  auditCheckpoint?: Checkpoint;
};

/** Tables of the application, parents before children, so a restore can insert them in this order. */
export async function tablesInOrder(db: Db): Promise<string[]> {
  const tables = (
    await all<{ name: string }>(
      db,
      sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
    )
  ).map((t) => t.name);
  const edges = await all<{ child: string; parent: string }>(
    db,
    sql`select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
        from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where c.contype = 'f' and n.nspname = 'public'`,
  );
  const ordered: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return;
    path.add(name);
    for (const edge of edges) if (edge.child === name && edge.parent !== name) visit(edge.parent, path);
    ordered.push(name);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

const writableColumns = async (db: Db, table: string) =>
  (
    await all<{ name: string }>(
      db,
      sql`select column_name as name from information_schema.columns
          where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER'
          order by ordinal_position`,
    )
  ).map((c) => c.name);

const migrationCount = async (db: Db) =>
  Number(
    (await all<{ n: string }>(db, sql`select count(*)::text as n from drizzle.__drizzle_migrations`))[0]?.n ??
      0,
  );

const backupKey = (keys: Keys, salt: Buffer) =>
  Buffer.from(hkdfSync('sha256', keys.master, salt, 'atrama-backup', 32));

/**
 * Write a backup: `write` receives the file in pieces. One read-only, repeatable-read transaction
 * makes it consistent while the application keeps running.
 */
export async function writeBackup(
  db: Db,
  keys: Keys,
  write: (chunk: Buffer) => Promise<void> | void,
  progress: (table: string, rows: number) => void = () => {},
): Promise<BackupHeader & { auditCheckpoint: Checkpoint }> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', backupKey(keys, salt), iv);
  return db.transaction(
    async (tx) => {
      const header = {
        createdAt: new Date().toISOString(),
        migrations: await migrationCount(tx),
        tables: [] as BackupHeader['tables'],
        sequences: [] as BackupHeader['sequences'],
        // The same snapshot as the rows: the heads of exactly the trail this file holds.
        auditCheckpoint: await takeCheckpoint(tx, keys),
      };
      cipher.setAAD(Buffer.from(MAGIC));
      await write(Buffer.from(MAGIC));
      await write(salt);
      await write(iv);
      const emit = async (line: unknown) => {
        await write(cipher.update(gzipSync(Buffer.from(`${JSON.stringify(line)}\n`))));
      };
      for (const table of await tablesInOrder(tx)) {
        let count = 0;
        for (let offset = 0; ; offset += PAGE) {
          // Rows as JSON, in a stable order (the row's own text form), a page at a time.
          const page = await all<{ row: Record<string, unknown> }>(
            tx,
            sql`select to_jsonb(t) as row from ${sql.identifier(table)} t order by t::text limit ${PAGE} offset ${offset}`,
          );
          if (page.length === 0) break;
          await emit({ table, rows: page.map((p) => p.row) });
          count += page.length;
          if (page.length < PAGE) break;
        }
        header.tables.push({ name: table, rows: count });
        progress(table, count);
      }
      for (const seq of await all<{ name: string }>(
        tx,
        sql`select sequencename as name from pg_sequences where schemaname = 'public'`,
      )) {
        const [state] = await all<{ value: string; called: boolean }>(
          tx,
          sql`select last_value::text as value, is_called as called from ${sql.identifier(seq.name)}`,
        );
        header.sequences.push({ name: seq.name, value: state!.value, called: state!.called });
      }
      await emit({ header });
      cipher.final();
      await write(cipher.getAuthTag());
      return header;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

export class BackupError extends Error {}

/**
 * Restore a backup into an empty, migrated database of the same schema version, in one transaction:
 * if the file was changed, cut short or sealed under another master key, nothing is written.
 */
export async function restoreBackup(
  db: Db,
  keys: Keys,
  file: Buffer,
  progress: (table: string, rows: number) => void = () => {},
): Promise<BackupHeader> {
  if (file.subarray(0, MAGIC.length).toString() !== MAGIC)
    throw new BackupError('This is not an Atrama backup.');
  const salt = file.subarray(MAGIC.length, MAGIC.length + 16);
  const iv = file.subarray(MAGIC.length + 16, MAGIC.length + 28);
  const body = file.subarray(MAGIC.length + 28, file.length - 16);
  const decipher = createDecipheriv('aes-256-gcm', backupKey(keys, salt), iv);
  decipher.setAAD(Buffer.from(MAGIC));
  decipher.setAuthTag(file.subarray(file.length - 16));
  let plain: Buffer;
  try {
    plain = Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new BackupError('The backup does not open with this master key, or it was changed or cut short.');
  }
  const lines = gunzipSync(plain).toString('utf8').split('\n').filter(Boolean);
  const parsed = lines.map(
    (line) => JSON.parse(line) as { table?: string; rows?: unknown[]; header?: BackupHeader },
  );
  const header = parsed.at(-1)?.header;
  if (!header) throw new BackupError('The backup has no header: it was cut short.');
  return db.transaction(async (tx) => {
    const migrations = await migrationCount(tx);
    if (migrations !== header.migrations) {
      throw new BackupError(
        `The backup was made at schema version ${header.migrations}; this database is at ${migrations}. Restore with the same version of Atrama.`,
      );
    }
    for (const table of await tablesInOrder(tx)) {
      const [row] = await all<{ found: boolean }>(
        tx,
        sql`select exists (select 1 from ${sql.identifier(table)}) as found`,
      );
      if (row?.found)
        throw new BackupError(`The database is not empty (${table} has rows); restore into an empty one.`);
    }
    const restored = new Map<string, number>();
    for (const piece of parsed) {
      if (!piece.table || !piece.rows) continue;
      const target = sql.identifier(piece.table);
      // Generated columns (the directory's search vector) are computed again, not restored;
      // identity columns (the audit sequence) keep their values.
      const columns = sql.join(
        (await writableColumns(tx, piece.table)).map((c) => sql.identifier(c)),
        sql`, `,
      );
      await tx.execute(
        sql`insert into ${target} (${columns}) overriding system value select ${columns} from jsonb_populate_recordset(null::${target}, ${JSON.stringify(piece.rows)}::jsonb)`,
      );
      restored.set(piece.table, (restored.get(piece.table) ?? 0) + piece.rows.length);
    }
    for (const table of header.tables) {
      if ((restored.get(table.name) ?? 0) !== table.rows) {
        throw new BackupError(`The backup is incomplete: ${table.name} should have ${table.rows} rows.`);
      }
      progress(table.name, table.rows);
    }
    for (const seq of header.sequences) {
      await tx.execute(sql`select setval(${seq.name}, ${seq.value}::bigint, ${seq.called})`);
    }
    return header;
  });
}
