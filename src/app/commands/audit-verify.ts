// `npm run audit:verify`: checks every keyed link of the audit hash chains and every checkpoint of
// the checkpoint file; exit 1 names each chain, sequence and what was expected where they differ.

import { verifyAuditTrail } from '../../audit/checkpoint-file.ts';
import { existingKeysOrExit } from '../../platform/command.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../database.ts';

const config = loadConfig();
const keys = existingKeysOrExit(config);
const file = config.auditCheckpointFile;
const database = await openDatabase(config.database);
try {
  const result = await verifyAuditTrail(database.db, keys, file);
  const events = `${result.checked} ${result.checked === 1 ? 'event' : 'events'}`;
  if (!result.checkpointFile) {
    console.warn(
      `No checkpoint file at ${file}: links are checked, but not whether events were removed from the end of a chain. ` +
        'A trail begun before links were keyed verifies once the server has written its first checkpoint (docs/data-protection.md).',
    );
  }
  if (result.ok) {
    console.log(
      `Audit chain intact: ${events} checked, ${result.checkpoints} ${result.checkpoints === 1 ? 'checkpoint' : 'checkpoints'} held.`,
    );
  } else {
    console.error(`Audit chain BROKEN (${events} verified before the breaks):`);
    for (const problem of result.problems) console.error(`  ${problem.message}`);
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
