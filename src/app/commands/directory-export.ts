// `npm run directory:export [-- --lang en] [--out FILE]`: the whole public directory as HSDS 3.1 JSON.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  AUDIENCES,
  audienceTerm,
  HSDS_VERSION,
  needTerm,
  organisationFull,
  serviceFull,
  serviceSummary,
  taxonomies,
} from '../../directory/hsds.ts';
import { Language } from '../../directory/model.ts';
import { findServices, listOrganisationRecords, lookup, publicLocationsOf } from '../../directory/store.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../database.ts';

const { values } = parseArgs({
  options: { lang: { type: 'string', default: 'lt' }, out: { type: 'string' } },
});
const lang = Language.parse(values.lang);
const database = await openDatabase(loadConfig().database);
try {
  const { db } = database;
  const known = await lookup(db);
  const { rows: services } = await findServices(db, { words: [] }, 0, 1_000_000);
  const locations = await publicLocationsOf(
    db,
    services.map((s) => s.id),
  );
  const { rows: organisations } = await listOrganisationRecords(db, 0, 1_000_000);
  const dataset = {
    hsds_version: HSDS_VERSION,
    language: lang,
    exported_at: new Date().toISOString(),
    organizations: organisations.map((o) =>
      organisationFull(
        o,
        services.filter((s) => s.organisationId === o.id).map((s) => serviceSummary(s, known, lang)),
        lang,
      ),
    ),
    services: services.map((s) => serviceFull(s, locations.get(s.id) ?? [], known, lang)),
    taxonomies: taxonomies(lang),
    taxonomy_terms: [
      ...[...known.needs.values()].map((n) => needTerm(n, lang)),
      ...AUDIENCES.map((a) => audienceTerm(a, lang)),
    ],
  };
  const text = `${JSON.stringify(dataset, null, 2)}\n`;
  if (values.out) {
    writeFileSync(values.out, text);
    console.error(
      `Exported ${dataset.services.length} services of ${dataset.organizations.length} organisations (${lang}) to ${values.out}.`,
    );
  } else {
    process.stdout.write(text);
  }
} finally {
  await database.close();
}
