// `npm run directory:import -- FILE [FILE ...]`: either one reviewed directory file (it has
// `lastReviewed`), which replaces the directory, or HSDS 3.1 files, one per language (they have
// `hsds_version`), which are upserted as one dataset. Either way the data is checked record by
// record first, and a dataset with any problem changes nothing.
import { readFileSync } from 'node:fs';
import { organisations } from '../../access/tables.ts';
import { type DatasetFile, isHsdsDataset, planHsdsImport } from '../../directory/hsds-import.ts';
import { hsdsValidators } from '../../directory/hsds-schema.ts';
import { checkDataset, type RecordProblem } from '../../directory/import.ts';
import { ensureOrganisations, replaceDirectory } from '../../directory/load.ts';
import { readKnown, upsertServices } from '../../directory/upsert.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../database.ts';

const paths = process.argv.slice(2).filter((arg) => arg !== '--');
if (paths.length === 0) {
  console.error('Usage: npm run directory:import -- FILE.json [FILE.json ...]');
  process.exit(2);
}
const files: DatasetFile[] = [];
for (const file of paths) {
  try {
    files.push({ file, raw: JSON.parse(readFileSync(file, 'utf8')) });
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as Error).message}`);
    process.exit(1);
  }
}
const reviewed = files.filter((f) => typeof f.raw === 'object' && f.raw !== null && 'lastReviewed' in f.raw);
const hsds = files.filter((f) => isHsdsDataset(f.raw));
const unknown = files.filter((f) => !reviewed.includes(f) && !hsds.includes(f));
if (unknown.length > 0 || (reviewed.length > 0 && files.length > 1)) {
  for (const f of unknown) {
    console.error(
      `${f.file} is neither a reviewed directory (lastReviewed) nor an HSDS dataset (hsds_version).`,
    );
  }
  if (reviewed.length > 0) console.error('Give one reviewed directory file alone, or HSDS files only.');
  process.exit(1);
}

/** Thrown inside the transaction so that a rejected dataset rolls back, and nothing is written. */
class Rejected extends Error {
  constructor(readonly problems: RecordProblem[]) {
    super('rejected');
  }
}

const database = await openDatabase(loadConfig().database);
try {
  await database.migrate();
  await ensureOrganisations(database.db);
  if (reviewed[0]) {
    const slugs = new Set(
      (await database.db.select({ slug: organisations.slug }).from(organisations)).map((o) => o.slug),
    );
    const { problems, dataset } = checkDataset(reviewed[0].raw, slugs);
    if (!dataset) throw new Rejected(problems);
    const report = await database.db.transaction((tx) => replaceDirectory(tx, dataset));
    console.log(
      `Imported ${report.services} services, ${report.locations} locations and ${report.needs} needs.`,
    );
  } else {
    const validators = hsdsValidators();
    const { plan, report } = await database.db.transaction(async (tx) => {
      const known = await readKnown(tx);
      const { problems, plan } = planHsdsImport(hsds, known, validators);
      if (!plan) throw new Rejected(problems);
      return { plan, report: await upsertServices(tx, plan, known) };
    });
    const fellBack = plan.services.filter((s) => s.fellBack.length > 0);
    const texts = fellBack.reduce((n, s) => n + s.fellBack.length, 0);
    console.log(
      `Imported ${plan.services.length} services: ${report.updated} updated, ${report.added} added, ` +
        `${report.unchanged} unchanged (marked as checked); ${texts} texts fell back to English.`,
    );
    for (const s of fellBack) console.log(`  ${s.label}: ${s.fellBack.join(', ')} from English`);
  }
} catch (error) {
  if (!(error instanceof Rejected)) throw error;
  console.error(`Rejected: ${error.problems.length} problem(s); nothing was imported.`);
  for (const p of error.problems)
    console.error(`  ${p.record}${p.field ? ` › ${p.field}` : ''}: ${p.message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
