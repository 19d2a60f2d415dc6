import { and, asc, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import { organisations } from '../access/tables.ts';
import { auditEvents } from '../audit/tables.ts';
import { caseNotes, cases } from '../cases/tables.ts';
import { people, personRestrictions } from '../people/tables.ts';
import type { Db } from '../platform/db.ts';

// Queries for the data protection officer: one person's cases, every note on them whatever its
// visibility, the restriction history and the audit trail's entries about them.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A case by the reference staff say on the phone ("atr-2026-000042" as well) or by its id. */
export async function caseByReferenceOrId(db: Db, given: string) {
  const where = UUID.test(given)
    ? eq(cases.id, given.toLowerCase())
    : eq(cases.reference, given.toUpperCase());
  const [row] = await db.select().from(cases).where(where).limit(1);
  return row ?? null;
}

export async function casesOfPerson(db: Db, personId: string) {
  return db.select().from(cases).where(eq(cases.personId, personId)).orderBy(asc(cases.createdAt));
}

/** Every note on the cases, whichever organisation it is kept within: the person is owed all of them. */
export async function allNotesOf(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(caseNotes)
    .where(inArray(caseNotes.caseId, caseIds))
    .orderBy(asc(caseNotes.createdAt));
}

export async function restrictionHistory(db: Db, personId: string) {
  return db
    .select()
    .from(personRestrictions)
    .where(eq(personRestrictions.personId, personId))
    .orderBy(desc(personRestrictions.at));
}

export async function setRestriction(
  db: Db,
  personId: string,
  entry: Omit<typeof personRestrictions.$inferInsert, 'id' | 'personId' | 'at'> & { at: Date },
) {
  await db
    .update(people)
    .set({ restrictedAt: entry.restricted ? entry.at : null, updatedAt: entry.at })
    .where(eq(people.id, personId));
  await db.insert(personRestrictions).values({ ...entry, personId });
}

/** Organisation names by id: there are tens of them, so all at once is simplest. */
export async function organisationNames(db: Db) {
  const rows = await db
    .select({ id: organisations.id, lt: organisations.nameLt, en: organisations.nameEn })
    .from(organisations);
  return new Map(rows.map((r) => [r.id, { id: r.id, name: { lt: r.lt, en: r.en } }]));
}

/** The audit trail's entries about the person, their cases and their referrals, oldest first. */
export async function auditAbout(db: Db, personId: string, caseIds: string[], referralIds: string[]) {
  const about: SQL[] = [and(eq(auditEvents.recordType, 'person'), eq(auditEvents.recordId, personId))!];
  if (caseIds.length > 0)
    about.push(and(eq(auditEvents.recordType, 'case'), inArray(auditEvents.recordId, caseIds))!);
  if (referralIds.length > 0)
    about.push(and(eq(auditEvents.recordType, 'referral'), inArray(auditEvents.recordId, referralIds))!);
  return db
    .select()
    .from(auditEvents)
    .where(or(...about))
    .orderBy(asc(auditEvents.at), asc(auditEvents.seq));
}
