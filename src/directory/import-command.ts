// `npm run directory:import FILE`: check a directory dataset record by record and, only if all of
// it is sound, replace the directory with it in one transaction.
import { readFileSync } from 'node:fs';
import { organisations } from '../access/tables.ts';
import { loadConfig } from '../platform/config.ts';
import { openDatabase } from '../platform/db.ts';
import { checkDataset } from './import.ts';
import { ensureOrganisations, replaceDirectory } from './load.ts';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run directory:import -- FILE.json');
  process.exit(2);
}
let raw: unknown;
try {
  raw = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`);
  process.exit(1);
}
const database = await openDatabase(loadConfig().database);
try {
  await database.migrate();
  await ensureOrganisations(database.db);
  const slugs = new Set(
    (await database.db.select({ slug: organisations.slug }).from(organisations)).map((o) => o.slug),
  );
  const { problems, dataset } = checkDataset(raw, slugs);
  if (!dataset) {
    console.error(`Rejected: ${problems.length} problem(s); nothing was imported.`);
    for (const p of problems) console.error(`  ${p.record}${p.field ? ` › ${p.field}` : ''}: ${p.message}`);
    process.exitCode = 1;
  } else {
    const report = await database.db.transaction((tx) => replaceDirectory(tx, dataset));
    console.log(
      `Imported ${report.services} services, ${report.locations} locations and ${report.needs} needs.`,
    );
  }
} finally {
  await database.close();
}
