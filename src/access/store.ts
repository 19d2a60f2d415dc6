import { and, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../platform/db.ts';
import type { MembershipView, OrganisationView, Role, UserView } from './model.ts';
import type { Action } from './policy.ts';
import { rolesActingOnOwn } from './record-guard.ts';
import { type membershipsOf, membershipsOfUsers } from './sessions.ts';
import { memberships, organisations, users } from './tables.ts';
import { locksOf, throttleSubject } from './throttle.ts';

export function organisationView(row: typeof organisations.$inferSelect): OrganisationView {
  return {
    id: row.id,
    slug: row.slug,
    name: { lt: row.nameLt, en: row.nameEn },
    functions: row.functions as OrganisationView['functions'],
    accredited: row.accredited,
    requiresTwoFactor: row.requiresTwoFactor,
    sourceSeeds: row.sourceSeeds,
  };
}

export function membershipView(row: Awaited<ReturnType<typeof membershipsOf>>[number]): MembershipView {
  return {
    id: row.id,
    role: row.role as Role,
    organisation: { id: row.organisationId, slug: row.slug, name: { lt: row.nameLt, en: row.nameEn } },
  };
}

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return row ?? null;
}

export async function getUser(db: Db, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

export async function getOrganisation(db: Db, id: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
  return row ?? null;
}

export async function getMembership(db: Db, id: string) {
  const [row] = await db.select().from(memberships).where(eq(memberships.id, id)).limit(1);
  return row ?? null;
}

export async function organisationIdsOfUser(db: Db, userId: string) {
  const rows = await db
    .select({ organisationId: memberships.organisationId })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  return rows.map((r) => r.organisationId);
}

/** Accounts as administrators see them; an account's lock is the later of its password's and its second factor's. */
export async function userViews(
  db: Db,
  throttleKey: Buffer,
  rows: (typeof users.$inferSelect)[],
): Promise<UserView[]> {
  const subjects = (row: typeof users.$inferSelect) => [
    throttleSubject(throttleKey, 'password', row.email),
    throttleSubject(throttleKey, 'second_factor', row.id),
  ];
  const now = new Date();
  const locks = await locksOf(db, rows.flatMap(subjects), now);
  const owned = await membershipsOfUsers(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => {
    const lockedUntil = subjects(row)
      .map((s) => locks.get(s))
      .filter((lock): lock is Date => lock !== undefined)
      .sort((a, b) => b.getTime() - a.getTime())[0];
    return {
      id: row.id,
      email: row.email,
      displayName: row.displayName,
      active: row.active,
      totpEnrolled: row.totpSecretSealed !== null,
      lockedUntil: lockedUntil?.toISOString() ?? null,
      memberships: (owned.get(row.id) ?? []).map(membershipView),
    };
  });
}

export async function userView(db: Db, throttleKey: Buffer, row: typeof users.$inferSelect) {
  const [view] = await userViews(db, throttleKey, [row]);
  return view!;
}

/** Users matching a search (accent- and typo-tolerant), limited to one organisation when given. */
export async function searchUsers(
  db: Db,
  throttleKey: Buffer,
  q: string | undefined,
  organisationId: string | null,
) {
  const conditions = [];
  if (organisationId) {
    const inOrg = db
      .select({ id: memberships.userId })
      .from(memberships)
      .where(eq(memberships.organisationId, organisationId));
    conditions.push(inArray(users.id, inOrg));
  }
  if (q) {
    conditions.push(
      or(
        ilike(users.email, `%${q.replace(/[%_\\]/g, '\\$&')}%`),
        sql`unaccent(lower(${users.displayName})) % unaccent(lower(${q}))`,
        sql`unaccent(lower(${users.displayName})) like '%' || unaccent(lower(${q})) || '%'`,
      )!,
    );
  }
  const rows = await db
    .select()
    .from(users)
    .where(and(...conditions))
    .orderBy(users.displayName)
    .limit(200);
  return userViews(db, throttleKey, rows);
}

/** An organisation's active staff in the roles that may take `action` on its records, by name. */
export async function staffWhoMay(db: Db, organisationId: string, action: Action) {
  const roles = rolesActingOnOwn(action);
  if (roles.length === 0) return [];
  return db
    .selectDistinct({ id: users.id, name: users.displayName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(users.active, true),
        eq(memberships.organisationId, organisationId),
        inArray(memberships.role, roles),
      ),
    )
    .orderBy(users.displayName);
}

/** Display names of accounts, by id. */
export async function namesOf(db: Db, ids: readonly string[]): Promise<[string, string][]> {
  if (ids.length === 0) return [];
  const found = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, [...ids]));
  return found.map((u) => [u.id, u.name]);
}
