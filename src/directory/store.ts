import { and, asc, count, eq, gte, inArray, type SQL, sql } from 'drizzle-orm';
import { organisations } from '../access/tables.ts';
import { normaliseForIndex } from '../platform/crypto/sealing.ts';
import type { Db } from '../platform/db.ts';
import type { LocationRecord, Lookup, NeedRecord, OrganisationRecord, ServiceRecord } from './hsds.ts';
import { AUDIENCES, audienceTerm } from './hsds.ts';
import type { ServiceDoc } from './model.ts';
import {
  directoryLocations,
  directoryNeeds,
  directoryServiceLocations,
  directoryServices,
  directoryWords,
} from './tables.ts';

/** Search words: accent- and case-free, at most eight, each at least two characters. */
export function searchWords(search: string | undefined): string[] {
  if (!search) return [];
  return normaliseForIndex(search)
    .split(' ')
    .filter((w) => w.length >= 2)
    .slice(0, 8);
}

// A query word matches a service when one of the service's words is that word, starts with it
// (someone still typing), or is close to it by trigram similarity, so "karitas" finds Caritas and
// "vyru krizes" the Men's Crisis Centre ("vyrų krizių centras"). Neighbours come from the lexicon.
export type ServiceFilter = {
  words: string[];
  needCode?: string;
  audience?: string;
  organisationId?: string;
  modifiedAfter?: Date;
};

// Close enough to count as the same word, misspelt: "karitas"/"caritas" score 0.45, "krizes"/"kriziu" 0.4.
const SIMILAR = 0.4;

/** Each query word with the lexicon words it stands for: itself, words it starts, and near spellings. */
async function expandWords(db: Db, words: string[]): Promise<string[][]> {
  return Promise.all(
    words.map(async (word) => {
      const prefix = `${word.replace(/[%_\\]/g, '\\$&')}%`;
      const rows = await db
        .select({ word: directoryWords.word })
        .from(directoryWords)
        .where(
          sql`${directoryWords.word} like ${prefix} or (${directoryWords.word} % ${word} and similarity(${directoryWords.word}, ${word}) >= ${SIMILAR})`,
        )
        .limit(50);
      return rows.map((r) => r.word);
    }),
  );
}

function conditions(filter: ServiceFilter, expanded: string[][]): SQL[] {
  // Lexicon words hold only letters and digits, so joined with "|" they make a safe tsquery.
  const where: SQL[] = expanded.map((alternatives) =>
    alternatives.length === 0
      ? sql`false`
      : sql`${directoryServices.words} @@ to_tsquery('simple', ${alternatives.join(' | ')})`,
  );
  if (filter.needCode) where.push(sql`${directoryServices.needs} @> array[${filter.needCode}]::text[]`);
  if (filter.audience) where.push(sql`${directoryServices.audiences} @> array[${filter.audience}]::text[]`);
  if (filter.organisationId) where.push(eq(directoryServices.organisationId, filter.organisationId));
  if (filter.modifiedAfter) where.push(gte(directoryServices.updatedAt, filter.modifiedAfter));
  return where;
}

const asService = (row: typeof directoryServices.$inferSelect): ServiceRecord => ({
  ...row,
  doc: row.doc,
});

/** Services matching every filter, best match on their names first, then by short name. */
export async function findServices(db: Db, filter: ServiceFilter, offset: number, limit: number) {
  const where = and(...conditions(filter, await expandWords(db, filter.words)));
  const rank = filter.words.length
    ? sql`${sql.join(
        filter.words.map(
          (w) => sql`(${directoryServices.nameText} like ${`%${w.replace(/[%_\\]/g, '\\$&')}%`})::int`,
        ),
        sql` + `,
      )} desc`
    : sql`1`;
  // Rank and count on narrow rows, then read the page's whole records: carrying every match's
  // full record through the sort doubled the time of a common word.
  const ranked = (tx: Db) =>
    tx
      .select({ id: directoryServices.id, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(directoryServices)
      .where(where)
      .orderBy(rank, asc(directoryServices.slug))
      .offset(offset)
      .limit(limit);
  const ids = filter.words.length
    ? await db.transaction(async (tx) => {
        // The word index answers a word match exactly, but the planner does not count the cost of
        // unpacking every service's long word vector and picks a full scan for common words,
        // three to five times slower (docs/benchmarks.md).
        await tx.execute(sql`set local enable_seqscan = off`);
        return ranked(tx);
      })
    : await ranked(db);
  // The window count rides on the rows; a page past the end has none, so count separately then.
  const total =
    ids[0]?.total ??
    (offset > 0 ? ((await db.select({ n: count() }).from(directoryServices).where(where))[0]?.n ?? 0) : 0);
  const records =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(directoryServices)
          .where(
            inArray(
              directoryServices.id,
              ids.map((r) => r.id),
            ),
          );
  const byId = new Map(records.map((r) => [r.id, r]));
  return { rows: ids.flatMap((r) => (byId.has(r.id) ? [asService(byId.get(r.id)!)] : [])), total };
}

export async function getService(db: Db, id: string): Promise<ServiceRecord | null> {
  const [row] = await db.select().from(directoryServices).where(eq(directoryServices.id, id)).limit(1);
  return row ? asService(row) : null;
}

/** Public locations of the given services (confidential ones never leave the database). */
export async function publicLocationsOf(db: Db, serviceIds: string[]) {
  if (serviceIds.length === 0) return new Map<string, LocationRecord[]>();
  const rows = await db
    .select({ serviceId: directoryServiceLocations.serviceId, location: directoryLocations })
    .from(directoryServiceLocations)
    .innerJoin(directoryLocations, eq(directoryLocations.id, directoryServiceLocations.locationId))
    .where(
      and(
        inArray(directoryServiceLocations.serviceId, serviceIds),
        eq(directoryLocations.confidential, false),
      ),
    )
    .orderBy(asc(directoryLocations.slug));
  const byService = new Map<string, LocationRecord[]>();
  for (const { serviceId, location } of rows) {
    const list = byService.get(serviceId) ?? [];
    list.push(location);
    byService.set(serviceId, list);
  }
  return byService;
}

export async function servicesAtPublicLocations(db: Db, offset: number, limit: number, id?: string) {
  const where = and(
    eq(directoryLocations.confidential, false),
    id ? eq(directoryServiceLocations.id, id) : undefined,
  );
  const base = db
    .select({ link: directoryServiceLocations, location: directoryLocations, service: directoryServices })
    .from(directoryServiceLocations)
    .innerJoin(directoryLocations, eq(directoryLocations.id, directoryServiceLocations.locationId))
    .innerJoin(directoryServices, eq(directoryServices.id, directoryServiceLocations.serviceId))
    .where(where);
  const [rows, [total]] = await Promise.all([
    base.orderBy(asc(directoryServiceLocations.id)).offset(offset).limit(limit),
    db
      .select({ n: count() })
      .from(directoryServiceLocations)
      .innerJoin(directoryLocations, eq(directoryLocations.id, directoryServiceLocations.locationId))
      .where(where),
  ]);
  return {
    rows: rows.map((r) => ({
      service: asService(r.service),
      location: r.location,
    })),
    total: total?.n ?? 0,
  };
}

export async function lookup(db: Db): Promise<Lookup> {
  const [needRows, orgRows] = await Promise.all([
    db.select().from(directoryNeeds),
    db.select().from(organisations),
  ]);
  return {
    needs: new Map(needRows.map((n): [string, NeedRecord] => [n.code, n])),
    organisations: new Map(orgRows.map((o): [string, OrganisationRecord] => [o.id, o as OrganisationRecord])),
  };
}

export async function listOrganisationRecords(db: Db, offset: number, limit: number, id?: string) {
  const where = id ? eq(organisations.id, id) : undefined;
  const [rows, [total]] = await Promise.all([
    db.select().from(organisations).where(where).orderBy(asc(organisations.slug)).offset(offset).limit(limit),
    db.select({ n: count() }).from(organisations).where(where),
  ]);
  return { rows: rows as OrganisationRecord[], total: total?.n ?? 0 };
}

/** A taxonomy term id → the filter it stands for (a need or an audience). */
export function termFilter(
  termId: string,
  needs: Map<string, NeedRecord>,
): { needCode?: string; audience?: string } | null {
  for (const need of needs.values()) if (need.id === termId) return { needCode: need.code };
  const audience = AUDIENCES.find((a) => audienceTerm(a, 'en').id === termId);
  return audience ? { audience } : null;
}

/** Cities that have a public place of help, for the finder's "where" question. */
export async function publicCities(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ city: sql<string>`${directoryLocations.doc}->>'city'` })
    .from(directoryLocations)
    .where(eq(directoryLocations.confidential, false));
  return rows.map((r) => r.city).sort((a, b) => a.localeCompare(b, 'lt'));
}

/** When the directory was last checked: the oldest check date of any service. */
export async function directoryCheckedOn(db: Db): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<string | null>`min(${directoryServices.lastCheckedAt})` })
    .from(directoryServices);
  return row?.at ? new Date(row.at) : null;
}

/** Change a service's stored document; the edit counts as a check of the whole entry. */
export async function updateServiceDoc(db: Db, id: string, doc: ServiceDoc, now = new Date()) {
  const [row] = await db
    .update(directoryServices)
    .set({ doc, updatedAt: now, lastCheckedAt: now })
    .where(eq(directoryServices.id, id))
    .returning();
  return row ? asService(row) : null;
}

export async function markServiceChecked(db: Db, id: string, now = new Date()) {
  const [row] = await db
    .update(directoryServices)
    .set({ lastCheckedAt: now })
    .where(eq(directoryServices.id, id))
    .returning();
  return row ? asService(row) : null;
}
