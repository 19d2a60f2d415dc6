// `npm run backup [-- --out FILE]`: a consistent, sealed backup of the configured database.
import { closeSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { appendCheckpoint } from '../../audit/checkpoint-file.ts';
import { existingKeysOrExit } from '../../platform/command.ts';
import { writeBackup } from '../backup.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../database.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const config = loadConfig();
const out = path.resolve(values.out ?? path.join(config.backupDir, `atrama-${stamp}.backup`));
const keys = existingKeysOrExit(config);
const database = await openDatabase(config.database);
mkdirSync(path.dirname(out), { recursive: true });
// Written beside the target and renamed at the end, so a half-written file never looks like a backup.
const partial = `${out}.partial`;
const fd = openSync(partial, 'wx', 0o600);
try {
  const header = await writeBackup(
    database.db,
    keys,
    (chunk) => {
      writeSync(fd, chunk);
    },
    (table, rows) => console.error(`  ${table}: ${rows} rows`),
  );
  closeSync(fd);
  renameSync(partial, out);
  const total = header.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`Backup written: ${out} (${header.tables.length} tables, ${total} rows).`);
  console.log("It opens only with this installation's master key: keep the key file apart from the backups.");
  // The backup's own checkpoint joins the others, so the live trail is held against it too.
  const file = config.auditCheckpointFile;
  await appendCheckpoint(file, header.auditCheckpoint).catch((error: Error) =>
    console.error(`The audit checkpoint could not be added to ${file}: ${error.message}`),
  );
  console.log(`Audit checkpoint (in the backup): ${JSON.stringify(header.auditCheckpoint)}`);
} catch (error) {
  closeSync(fd);
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
