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

/**
 * The national point of contact: the one organisation holding that function (the database allows no
 * second), set from the configuration at start, never chosen by name order or by an organisation itself.
 */
export async function nationalContactPoint(db: Db): Promise<OrganisationRow | null> {
  const [row] = await db
    .select()
    .from(organisations)
    .where(sql`${organisations.functions} @> array['national_contact_point']::text[]`)
    .limit(1);
  return row ?? null;
}

/** Make the configured organisation the national point of contact, and no other; at start. */
export async function assignNationalContactPoint(db: Db, slug: string) {
  await db.transaction(async (tx) => {
    const [chosen] = await tx.select().from(organisations).where(eq(organisations.slug, slug)).limit(1);
    if (!chosen) {
      throw new Error(
        `ATRAMA_NATIONAL_CONTACT_POINT: no organisation has the short name "${slug}"; the national point of contact must be one of the organisations.`,
      );
    }
    await tx
      .update(organisations)
      .set({ functions: sql`array_remove(${organisations.functions}, 'national_contact_point')` })
      .where(
        sql`${organisations.slug} <> ${slug} and ${organisations.functions} @> array['national_contact_point']::text[]`,
      );
    if (!chosen.functions.includes('national_contact_point')) {
      await tx
        .update(organisations)
        .set({ functions: [...chosen.functions, 'national_contact_point'] })
        .where(eq(organisations.id, chosen.id));
    }
  });
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
      `${unknown[0]!.field}: unknown_organisation: no such organisation`,
      unknown.map((n) => ({ field: n.field, message: 'unknown_organisation: no such organisation' })),
    );
  }
}
