// `npm run restore FILE`: restore a backup into the configured database, which must be empty.
import { readFileSync } from 'node:fs';
import { appendCheckpoint } from '../../audit/checkpoint-file.ts';
import { existingKeysOrExit } from '../../platform/command.ts';
import { BackupError, restoreBackup } from '../backup.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../database.ts';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run restore -- FILE');
  process.exit(2);
}
const config = loadConfig();
const keys = existingKeysOrExit(config);
const database = await openDatabase(config.database);
try {
  await database.migrate();
  const header = await restoreBackup(database.db, keys, readFileSync(file), (table, rows) =>
    console.error(`  ${table}: ${rows} rows`),
  );
  console.log(`Restored the backup of ${header.createdAt} (${header.tables.length} tables).`);
  if (header.auditCheckpoint) {
    // The restored trail must hold the heads it was backed up with: audit:verify checks it.
    const file = config.auditCheckpointFile;
    await appendCheckpoint(file, header.auditCheckpoint).then(
      () => console.log(`The backup's audit checkpoint was added to ${file}.`),
      (error: Error) =>
        console.error(`The backup's audit checkpoint could not be added to ${file}: ${error.message}`),
    );
  }
} catch (error) {
  console.error(
    error instanceof BackupError
      ? `Nothing was restored: ${error.message}`
      : `Restore failed: ${(error as Error).message}`,
  );
  process.exitCode = 1;
} finally {
  await database.close();
}
