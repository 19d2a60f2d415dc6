// `npm run migrate`: apply committed migrations to the configured database, then exit.
import { loadConfig } from '../config.ts';
import { openDatabase } from '../database.ts';

const config = loadConfig();
const database = await openDatabase(config.database);
try {
  await database.migrate();
  console.log(`Migrations applied (${database.kind}).`);
} finally {
  await database.close();
}
