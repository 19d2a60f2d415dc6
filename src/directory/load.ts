import { readFileSync } from 'node:fs';
import { count, inArray, sql } from 'drizzle-orm';
import { organisations } from '../access/tables.ts';
import { normaliseForIndex } from '../platform/crypto/sealing.ts';
import type { Db } from '../platform/db.ts';
import { stableId } from './ids.ts';
import { SeedOrganisations, SourceDirectory, type SourceService } from './source.ts';
import {
  directoryLocations,
  directoryNeeds,
  directoryServiceLocations,
  directoryServices,
  directoryWords,
} from './tables.ts';

export function readShippedOrganisations() {
  return SeedOrganisations.parse(
    JSON.parse(readFileSync(new URL('./reviewed/organisations.json', import.meta.url), 'utf8')),
  );
}

export function readShippedDirectory() {
  return SourceDirectory.parse(
    JSON.parse(readFileSync(new URL('./reviewed/directory.json', import.meta.url), 'utf8')),
  );
}

/** Every language's distinct words of a service, lower case and without accents. */
export function wordsOf(service: SourceService, organisationNames: string[], needNames: string[]): string[] {
  const texts = [
    ...Object.values(service.name),
    ...Object.values(service.description),
    ...(service.eligibility ? Object.values(service.eligibility) : []),
    ...service.locations.filter((l) => !l.confidential).map((l) => l.city),
    ...organisationNames,
    ...needNames,
  ];
  return [
    ...new Set(
      normaliseForIndex(texts.join(' '))
        .split(' ')
        .filter((w) => w.length > 1),
    ),
  ].sort();
}

/** The reviewed organisations of the seeds; existing ones (matched by short name) are left as they are. */
export async function ensureOrganisations(db: Db) {
  const shipped = readShippedOrganisations();
  await db
    .insert(organisations)
    .values(
      shipped.map((o) => ({
        slug: o.slug,
        nameLt: o.name.lt,
        nameEn: o.name.en,
        functions: o.functions,
        accredited: o.accredited,
        sourceSeeds: o.sourceSeeds,
        profile: { serves: o.serves, cities: o.cities, contacts: o.contacts },
      })),
    )
    .onConflictDoNothing({ target: organisations.slug });
}

export type LoadReport = { needs: number; services: number; locations: number };

/**
 * Replace the directory with a dataset, in the caller's transaction: services and locations not in
 * the dataset are removed, the rest upserted under stable ids.
 */
export async function replaceDirectory(db: Db, source: SourceDirectory): Promise<LoadReport> {
  const slugs = [...new Set(source.services.map((s) => s.organisation))];
  const orgRows = await db.select().from(organisations).where(inArray(organisations.slug, slugs));
  const orgBySlug = new Map(orgRows.map((o) => [o.slug, o]));
  const missing = slugs.filter((slug) => !orgBySlug.has(slug));
  if (missing.length > 0) throw new Error(`unknown organisations: ${missing.join(', ')}`);
  const needNames = new Map(source.needs.map((n) => [n.code, Object.values(n.name)]));
  const reviewed = new Date(`${source.lastReviewed}T00:00:00Z`);

  await db.delete(directoryServiceLocations);
  await db.delete(directoryServices);
  await db.delete(directoryLocations);
  await db.delete(directoryNeeds);
  await db.delete(directoryWords);
  if (source.needs.length > 0) {
    await db.insert(directoryNeeds).values(
      source.needs.map((n) => ({
        id: stableId('need', n.code),
        code: n.code,
        doc: { name: n.name, description: n.description },
      })),
    );
  }
  const serviceRows: (typeof directoryServices.$inferInsert)[] = [];
  const locationRows = new Map<string, typeof directoryLocations.$inferInsert>();
  const linkRows: (typeof directoryServiceLocations.$inferInsert)[] = [];
  const lexiconWords: string[] = [];
  for (const service of source.services) {
    const org = orgBySlug.get(service.organisation)!;
    const serviceId = stableId('service', service.slug);
    const { slug, organisation: _organisation, locations: serviceLocations, ...doc } = service;
    const words = wordsOf(
      service,
      [org.nameLt, org.nameEn],
      service.needs.flatMap((n) => needNames.get(n) ?? []),
    );
    lexiconWords.push(...words);
    serviceRows.push({
      id: serviceId,
      slug,
      organisationId: org.id,
      doc,
      needs: service.needs,
      audiences: service.audiences,
      wordsText: words.join(' '),
      nameText: normaliseForIndex([...Object.values(service.name), org.nameLt, org.nameEn].join(' ')),
      lastCheckedAt: reviewed,
    });
    for (const loc of serviceLocations) {
      const locationId = stableId('location', loc.slug);
      const { slug: locationSlug, confidential, ...locationDoc } = loc;
      if (!locationRows.has(locationId)) {
        locationRows.set(locationId, {
          id: locationId,
          slug: locationSlug,
          organisationId: org.id,
          doc: locationDoc,
          confidential,
        });
      }
      linkRows.push({
        id: stableId('service-at-location', `${serviceId}:${locationId}`),
        serviceId,
        locationId,
      });
    }
  }
  // Inserted in batches: a large dataset is a few hundred statements, not tens of thousands.
  for (const batch of chunks(serviceRows)) await db.insert(directoryServices).values(batch);
  for (const batch of chunks([...locationRows.values()])) await db.insert(directoryLocations).values(batch);
  for (const batch of chunks(linkRows)) await db.insert(directoryServiceLocations).values(batch);
  const lexicon = [...new Set(lexiconWords)].map((word) => ({ word }));
  for (const batch of chunks(lexicon, 2000)) await db.insert(directoryWords).values(batch);
  // Fresh statistics, so the planner sees how many services each word matches from the first search.
  await db.execute(sql`analyze directory_services, directory_words`);
  const locations = locationRows.size;
  return { needs: source.needs.length, services: source.services.length, locations };
}

function chunks<T>(rows: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** At start: the shipped organisations and, on an empty directory, the shipped services. */
export async function loadShippedDirectoryIfEmpty(db: Db): Promise<LoadReport | null> {
  await ensureOrganisations(db);
  const [existing] = await db.select({ n: count() }).from(directoryServices);
  if ((existing?.n ?? 0) > 0) return null;
  return db.transaction((tx) => replaceDirectory(tx, readShippedDirectory()));
}
