// `npm run audit:verify`: walks the audit hash chain; exit 1 names the first broken link.
import { loadConfig } from '../platform/config.ts';
import { openDatabase } from '../platform/db.ts';
import { verifyChain } from './store.ts';

const database = await openDatabase(loadConfig().database);
try {
  const result = await verifyChain(database.db);
  if (result.ok) {
    console.log(
      `Audit chain intact: ${result.checked} ${result.checked === 1 ? 'event' : 'events'} checked.`,
    );
  } else {
    console.error(
      `Audit chain BROKEN at event ${result.firstBrokenSeq}: ${result.reason}. ${result.checked} events before it verified.`,
    );
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
