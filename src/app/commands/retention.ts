// `npm run retention [-- --dry-run]`: apply the retention periods now (or list what would go).
import { parseArgs } from 'node:util';
import { existingKeysOrExit } from '../../platform/command.ts';
import { runRetention } from '../../retention/run.ts';
import { describeRun } from '../../retention/schedule.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../database.ts';

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
const config = loadConfig();
// The run is audited, and audit links are keyed.
const keys = existingKeysOrExit(config);
const database = await openDatabase(config.database);
try {
  await database.migrate();
  const report = await runRetention(database.db, keys, config.retention, { dryRun: values['dry-run'] });
  console.log(describeRun(report));
  for (const c of report.cases)
    console.log(`  ${c.reference} (${c.kind}, closed ${c.closedAt.slice(0, 10)})`);
} catch (error) {
  console.error(`Retention failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
