import { readFileSync } from 'node:fs';
import { count, inArray, sql } from 'drizzle-orm';
import { organisations } from '../access/tables.ts';
import { MUNICIPALITIES } from '../cases/municipalities.ts';
import { normaliseForIndex } from '../platform/crypto/sealing.ts';
import type { Db } from '../platform/db.ts';
import { stableId } from './ids.ts';
import type { ServiceDoc } from './model.ts';
import { SeedOrganisations, SourceDirectory } from './source.ts';
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

/**
 * A service's search columns: every distinct word of it in every language, with its public places,
 * its organisation's names and its needs' names (lower case, without accents), and its names alone.
 * The shipped load and the HSDS import both write a service's row with it.
 */
export function searchColumns(
  doc: Pick<ServiceDoc, 'name' | 'description' | 'eligibility'>,
  publicCities: string[],
  organisation: { nameLt: string; nameEn: string },
  needNames: string[],
): { wordsText: string; nameText: string } {
  const texts = [
    ...Object.values(doc.name),
    ...Object.values(doc.description),
    ...(doc.eligibility ? Object.values(doc.eligibility) : []),
    ...publicCities,
    organisation.nameLt,
    organisation.nameEn,
    ...needNames,
  ];
  const words = new Set(
    normaliseForIndex(texts.join(' '))
      .split(' ')
      .filter((w) => w.length > 1),
  );
  return {
    wordsText: [...words].sort().join(' '),
    nameText: normaliseForIndex(
      [...Object.values(doc.name), organisation.nameLt, organisation.nameEn].join(' '),
    ),
  };
}

/** The lexicon is every distinct word of every service, so misspelt searches find real words. */
export async function rebuildLexicon(db: Db) {
  await db.delete(directoryWords);
  await db.execute(
    sql`insert into ${directoryWords} (word) select distinct unnest(string_to_array(${directoryServices.wordsText}, ' ')) from ${directoryServices}`,
  );
}

/**
 * The reviewed organisations of the seeds, and an administration for each of the 60 municipalities
 * the seeds do not name (long-term help goes to the municipality where the person lives, seed 000);
 * existing ones (matched by short name) are left as they are.
 */
export async function ensureOrganisations(db: Db) {
  const shipped = readShippedOrganisations();
  const named = new Set(shipped.map((o) => o.municipality));
  const administrations = MUNICIPALITIES.filter((m) => !named.has(m.code)).map((m) => ({
    slug: `${m.code.toLowerCase()}-municipality-administration`,
    nameLt: m.lt.replace(/ savivaldybė$/, ' savivaldybės administracija'),
    nameEn: `${m.en} Administration`,
    functions: ['municipality'],
    accredited: false,
    sourceSeeds: ['000'],
    municipalityCode: m.code,
    profile: { serves: null, cities: [m.town ?? m.lt], contacts: [] },
  }));
  await db
    .insert(organisations)
    .values([
      ...shipped.map((o) => ({
        slug: o.slug,
        nameLt: o.name.lt,
        nameEn: o.name.en,
        functions: o.functions,
        accredited: o.accredited,
        sourceSeeds: o.sourceSeeds,
        municipalityCode: o.municipality ?? null,
        profile: { serves: o.serves, cities: o.cities, contacts: o.contacts },
      })),
      ...administrations,
    ])
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
  for (const service of source.services) {
    const org = orgBySlug.get(service.organisation)!;
    const serviceId = stableId('service', service.slug);
    const { slug, organisation: _organisation, locations: serviceLocations, ...doc } = service;
    const publicCities = serviceLocations.filter((l) => !l.confidential).map((l) => l.city);
    serviceRows.push({
      id: serviceId,
      slug,
      organisationId: org.id,
      doc,
      needs: service.needs,
      audiences: service.audiences,
      ...searchColumns(
        doc,
        publicCities,
        org,
        service.needs.flatMap((n) => needNames.get(n) ?? []),
      ),
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
  await rebuildLexicon(db);
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
