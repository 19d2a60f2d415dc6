import { eq, inArray, sql } from 'drizzle-orm';
import { organisations } from '../access/tables.ts';
import type { Db } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';

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

/** Organisations a request names must exist: an unknown one is the caller's mistake (400), named by field. */
export async function checkOrganisationsExist(db: Db, named: { id: string | undefined; field: string }[]) {
  const given = named.filter((n): n is { id: string; field: string } => n.id !== undefined);
  const found = new Set(
    (
      await organisationsWith(
        db,
        given.map((n) => n.id),
      )
    ).map((o) => o.id),
  );
  const unknown = given.filter((n) => !found.has(n.id));
  if (unknown.length > 0) {
    throw new AppError(
      'validation_failed',
      `${unknown[0]!.field}: no such organisation`,
      unknown.map((n) => ({ field: n.field, message: 'no such organisation' })),
    );
  }
}
