import { eq, inArray, sql } from 'drizzle-orm';
import { organisations } from '../access/tables.ts';
import type { Db } from '../platform/db.ts';

// The organisations a case meets: who they are and what they do in the mechanism.

export type OrganisationRow = typeof organisations.$inferSelect;

export async function organisationsWith(db: Db, ids: string[]): Promise<OrganisationRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(organisations).where(inArray(organisations.id, ids));
}

export async function organisationBySlug(db: Db, slug: string): Promise<OrganisationRow | null> {
  const [row] = await db.select().from(organisations).where(eq(organisations.slug, slug)).limit(1);
  return row ?? null;
}

/** Organisations with a function in the mechanism, such as the national point of contact. */
export async function organisationsWithFunction(db: Db, fn: string): Promise<OrganisationRow[]> {
  return db
    .select()
    .from(organisations)
    .where(sql`${organisations.functions} @> array[${fn}]::text[]`)
    .orderBy(organisations.slug);
}
