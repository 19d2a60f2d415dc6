import { isDeepStrictEqual } from 'node:util';
import { and, eq, inArray, notExists } from 'drizzle-orm';
import { organisations } from '../access/tables.ts';
import { type Db, inTurn } from '../platform/db.ts';
import { AUDIENCES, audienceTerm } from './hsds.ts';
import type { ImportPlan } from './hsds-import.ts';
import type { ExistingLocation, ExistingService, Known } from './hsds-read.ts';
import { stableId } from './ids.ts';
import { rebuildLexicon, searchColumns } from './load.ts';
import type { NeedCode, ServiceDoc } from './model.ts';
import {
  directoryLocations,
  directoryNeeds,
  directoryServiceLocations,
  directoryServices,
} from './tables.ts';

// Writing an HSDS import: services in the dataset are inserted or updated, everything else is left
// as it is, and confidential locations and their links are never touched.

/** The directory as an import needs to know it; read inside the import's transaction. */
export async function readKnown(db: Db): Promise<Known> {
  const [orgRows, needRows, serviceRows, locationRows, linkRows] = await inTurn(
    () =>
      db
        .select({ id: organisations.id, nameLt: organisations.nameLt, nameEn: organisations.nameEn })
        .from(organisations),
    () => db.select().from(directoryNeeds),
    () => db.select().from(directoryServices),
    () => db.select().from(directoryLocations),
    () => db.select().from(directoryServiceLocations),
  );
  const locations = new Map(locationRows.map((l): [string, ExistingLocation] => [l.id, l]));
  const publicLinks = new Map<string, string[]>();
  for (const link of linkRows) {
    if (locations.get(link.locationId)?.confidential) continue;
    publicLinks.set(link.serviceId, [...(publicLinks.get(link.serviceId) ?? []), link.locationId]);
  }
  return {
    organisations: new Map(orgRows.map((o) => [o.id, o])),
    needTerms: new Map(needRows.map((n) => [n.id, n.code as NeedCode])),
    audienceTerms: new Map(AUDIENCES.map((a) => [audienceTerm(a, 'en').id, a])),
    needNames: new Map(needRows.map((n) => [n.code, Object.values(n.doc.name)])),
    services: new Map(
      serviceRows.map((s): [string, ExistingService] => [
        s.id,
        {
          id: s.id,
          slug: s.slug,
          organisationId: s.organisationId,
          doc: s.doc,
          needs: s.needs,
          audiences: s.audiences,
          wordsText: s.wordsText,
          nameText: s.nameText,
          publicLocationIds: publicLinks.get(s.id) ?? [],
        },
      ]),
    ),
    locations,
  };
}

export type UpsertReport = { updated: number; added: number; unchanged: number };

/**
 * Write a checked plan in the caller's transaction. A service in the dataset counts as checked
 * now; its last-modified time moves only when what it shows changed. Services outside the dataset
 * that share a changed location get their search words and last-modified time refreshed too.
 */
export async function upsertServices(db: Db, plan: ImportPlan, known: Known, now = new Date()) {
  const changedLocations = await writeLocations(db, plan, known, now);
  const planned = new Map(plan.locations.map((l) => [l.id, l]));
  const cityOf = (id: string) => planned.get(id)?.doc.city ?? known.locations.get(id)?.doc.city ?? '';
  const columnsOf = (
    service: { organisationId: string; doc: ServiceDoc; needs: string[] },
    places: string[],
  ) =>
    searchColumns(
      service.doc,
      places.map(cityOf),
      known.organisations.get(service.organisationId)!,
      service.needs.flatMap((code) => known.needNames.get(code) ?? []),
    );

  const report: UpsertReport = { updated: 0, added: 0, unchanged: 0 };
  const unlinked = new Set<string>();
  for (const service of plan.services) {
    const row = {
      slug: service.slug,
      organisationId: service.organisationId,
      doc: service.doc,
      needs: service.needs,
      audiences: service.audiences,
      ...columnsOf(service, service.publicLocationIds),
    };
    const before = known.services.get(service.id);
    if (!before) {
      await db
        .insert(directoryServices)
        .values({ id: service.id, ...row, lastCheckedAt: now, updatedAt: now });
      report.added++;
    } else {
      const gone = before.publicLocationIds.filter((id) => !service.publicLocationIds.includes(id));
      const changed =
        (Object.keys(row) as (keyof typeof row)[]).some((key) => !isDeepStrictEqual(row[key], before[key])) ||
        gone.length > 0 ||
        service.publicLocationIds.some(
          (id) => changedLocations.has(id) || !before.publicLocationIds.includes(id),
        );
      await db
        .update(directoryServices)
        .set(changed ? { ...row, lastCheckedAt: now, updatedAt: now } : { lastCheckedAt: now })
        .where(eq(directoryServices.id, service.id));
      report[changed ? 'updated' : 'unchanged']++;
      await unlink(db, service.id, gone);
      for (const id of gone) unlinked.add(id);
    }
    const links = service.publicLocationIds.map((locationId) => ({
      id: stableId('service-at-location', `${service.id}:${locationId}`),
      serviceId: service.id,
      locationId,
    }));
    if (links.length > 0) await db.insert(directoryServiceLocations).values(links).onConflictDoNothing();
  }

  const inDataset = new Set(plan.services.map((s) => s.id));
  for (const other of known.services.values()) {
    if (inDataset.has(other.id) || !other.publicLocationIds.some((id) => changedLocations.has(id))) continue;
    await db
      .update(directoryServices)
      .set({ ...columnsOf(other, other.publicLocationIds), updatedAt: now })
      .where(eq(directoryServices.id, other.id));
  }
  await dropUnlinkedPublicLocations(db, [...unlinked]);
  await rebuildLexicon(db);
  return report;
}

/** New locations inserted, changed ones updated; the ids of both. */
async function writeLocations(db: Db, plan: ImportPlan, known: Known, now: Date): Promise<Set<string>> {
  const changed = new Set<string>();
  for (const { isNew, ...location } of plan.locations) {
    if (isNew) {
      await db.insert(directoryLocations).values({ ...location, confidential: false });
    } else if (!isDeepStrictEqual(known.locations.get(location.id)?.doc, location.doc)) {
      await db
        .update(directoryLocations)
        .set({ doc: location.doc, updatedAt: now })
        .where(eq(directoryLocations.id, location.id));
    } else continue;
    changed.add(location.id);
  }
  return changed;
}

async function unlink(db: Db, serviceId: string, locationIds: string[]) {
  if (locationIds.length === 0) return;
  await db
    .delete(directoryServiceLocations)
    .where(
      and(
        eq(directoryServiceLocations.serviceId, serviceId),
        inArray(directoryServiceLocations.locationId, locationIds),
      ),
    );
}

/** A public place no service links to any more would still offer its city in the finder. */
async function dropUnlinkedPublicLocations(db: Db, locationIds: string[]) {
  if (locationIds.length === 0) return;
  await db
    .delete(directoryLocations)
    .where(
      and(
        inArray(directoryLocations.id, locationIds),
        eq(directoryLocations.confidential, false),
        notExists(
          db
            .select()
            .from(directoryServiceLocations)
            .where(eq(directoryServiceLocations.locationId, directoryLocations.id)),
        ),
      ),
    );
}
