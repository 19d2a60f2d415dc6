import { and, asc, desc, eq, gte, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { organisations, users } from '../access/tables.ts';
import { caseDocuments } from '../documents/tables.ts';
import { people } from '../people/tables.ts';
import type { Db } from '../platform/db.ts';
import type { CASE_EVENTS } from './catalogue.ts';
import {
  caseEvents,
  caseNotes,
  caseReferenceSeq,
  cases,
  caseTeam,
  consents,
  duplicateFlags,
  personMatchKeys,
  referrals,
} from './tables.ts';

// Queries of the case domain. Verbs decide; these read and write what they are told.

export type CaseRow = typeof cases.$inferSelect;
export type ReferralRow = typeof referrals.$inferSelect;
export type TeamRow = typeof caseTeam.$inferSelect;

export async function insertCase(
  db: Db,
  values: Omit<typeof cases.$inferInsert, 'id' | 'reference' | 'version'>,
): Promise<CaseRow> {
  const [row] = await db
    .insert(cases)
    .values({
      ...values,
      // At least six digits, more when the count grows past them (lpad alone would cut them off).
      reference: sql`'ATR-' || to_char(now() at time zone 'Europe/Vilnius', 'YYYY') || '-' || (select lpad(n::text, greatest(6, length(n::text)), '0') from nextval(${sql.raw(`'${caseReferenceSeq.seqName}'`)}) as n)`,
    })
    .returning();
  return row!;
}

export async function getCase(db: Db, id: string): Promise<CaseRow | null> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id)).limit(1);
  return row ?? null;
}

export async function caseByDraft(db: Db, draftId: string): Promise<CaseRow | null> {
  const [row] = await db.select().from(cases).where(eq(cases.draftId, draftId)).limit(1);
  return row ?? null;
}

/**
 * Change a case only if nobody else changed it since the client read it: the version moves on with
 * every change, and a stale one changes nothing (the verb answers 409). Without an expected version
 * the write is unguarded: a note added while a colleague adds another must not fail.
 */
export async function updateCase(
  db: Db,
  id: string,
  expectedVersion: number | null,
  set: Partial<Omit<typeof cases.$inferInsert, 'id' | 'version'>>,
  { bump }: { bump: boolean } = { bump: true },
): Promise<CaseRow | null> {
  const [row] = await db
    .update(cases)
    .set(bump ? { ...set, version: sql`${cases.version} + 1`, updatedAt: new Date() } : set)
    .where(and(eq(cases.id, id), expectedVersion === null ? undefined : eq(cases.version, expectedVersion)))
    .returning();
  return row ?? null;
}

/** A case with its team, as every change to it starts from; null when there is no such case. */
export async function caseWithTeam(db: Db, id: string) {
  const row = await getCase(db, id);
  return row ? { row, team: await teamOf(db, id) } : null;
}

/** Every member of a case's team, with the organisation's names and functions. */
export async function teamOf(db: Db, caseId: string) {
  return db
    .select({
      organisationId: caseTeam.organisationId,
      role: caseTeam.role,
      joinedAt: caseTeam.joinedAt,
      leftAt: caseTeam.leftAt,
      nameLt: organisations.nameLt,
      nameEn: organisations.nameEn,
      functions: organisations.functions,
      responsibleUserId: caseTeam.responsibleUserId,
      responsibleName: users.displayName,
    })
    .from(caseTeam)
    .innerJoin(organisations, eq(organisations.id, caseTeam.organisationId))
    .leftJoin(users, eq(users.id, caseTeam.responsibleUserId))
    .where(eq(caseTeam.caseId, caseId))
    .orderBy(asc(caseTeam.joinedAt));
}

/** Join (or rejoin) the team; joining twice changes nothing. */
export async function joinTeam(db: Db, caseId: string, organisationId: string, role: string) {
  await db
    .insert(caseTeam)
    .values({ caseId, organisationId, role })
    .onConflictDoUpdate({
      target: [caseTeam.caseId, caseTeam.organisationId],
      set: { leftAt: null },
    });
}

export async function leaveTeam(db: Db, caseId: string, organisationId: string) {
  await db
    .update(caseTeam)
    .set({ leftAt: new Date() })
    .where(
      and(eq(caseTeam.caseId, caseId), eq(caseTeam.organisationId, organisationId), isNull(caseTeam.leftAt)),
    );
}

/** Append to a case's timeline; the type is one the catalogue lists, so every screen can name it. */
export async function addEvent(
  db: Db,
  event: Omit<typeof caseEvents.$inferInsert, 'type'> & { type: (typeof CASE_EVENTS)[number] },
) {
  await db.insert(caseEvents).values(event);
}

export async function eventsOf(db: Db, caseId: string) {
  return db
    .select({
      id: caseEvents.id,
      at: caseEvents.at,
      type: caseEvents.type,
      detail: caseEvents.detail,
      sealedReason: caseEvents.sealedReason,
      organisationId: caseEvents.organisationId,
      nameLt: organisations.nameLt,
      nameEn: organisations.nameEn,
      actorName: users.displayName,
    })
    .from(caseEvents)
    .leftJoin(organisations, eq(organisations.id, caseEvents.organisationId))
    .leftJoin(users, eq(users.id, caseEvents.userId))
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(desc(caseEvents.at), desc(caseEvents.id));
}

/** The latest opening of the case's identity by this user since a moment (their session's start), with its sealed reason. */
export async function identityOpenedBy(db: Db, caseId: string, userId: string, since: Date) {
  const [row] = await db
    .select({ at: caseEvents.at, sealedReason: caseEvents.sealedReason })
    .from(caseEvents)
    .where(
      and(
        eq(caseEvents.caseId, caseId),
        eq(caseEvents.type, 'identity_opened'),
        eq(caseEvents.userId, userId),
        gte(caseEvents.at, since),
      ),
    )
    .orderBy(desc(caseEvents.at))
    .limit(1);
  return row ?? null;
}

export async function insertConsent(db: Db, values: typeof consents.$inferInsert) {
  const [row] = await db.insert(consents).values(values).returning();
  return row!;
}

export async function consentsOf(db: Db, caseId: string) {
  return db
    .select({ consent: consents, recordedBy: users.displayName })
    .from(consents)
    .leftJoin(users, eq(users.id, consents.recordedByUserId))
    .where(eq(consents.caseId, caseId))
    .orderBy(asc(consents.givenAt));
}

export async function withdrawConsent(db: Db, caseId: string, consentId: string, userId: string) {
  const [row] = await db
    .update(consents)
    .set({ withdrawnAt: new Date(), withdrawnByUserId: userId })
    .where(and(eq(consents.id, consentId), eq(consents.caseId, caseId), isNull(consents.withdrawnAt)))
    .returning();
  return row ?? null;
}

const fromOrganisation = alias(organisations, 'from_organisation');
const toOrganisation = alias(organisations, 'to_organisation');

/** Referrals with both organisations' names. */
function referralQuery(db: Db) {
  return db
    .select({
      referral: referrals,
      fromNameLt: fromOrganisation.nameLt,
      fromNameEn: fromOrganisation.nameEn,
      toNameLt: toOrganisation.nameLt,
      toNameEn: toOrganisation.nameEn,
    })
    .from(referrals)
    .innerJoin(fromOrganisation, eq(fromOrganisation.id, referrals.fromOrganisationId))
    .innerJoin(toOrganisation, eq(toOrganisation.id, referrals.toOrganisationId));
}
export type ReferralWithNames = Awaited<ReturnType<typeof referralsOf>>[number];

export async function referralsOf(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return referralQuery(db).where(inArray(referrals.caseId, caseIds)).orderBy(asc(referrals.sentAt));
}

export async function getReferral(db: Db, id: string) {
  const [row] = await referralQuery(db).where(eq(referrals.id, id)).limit(1);
  return row ?? null;
}

/** Referrals waiting for the organisation's answer, oldest first. */
export async function inboxOf(db: Db, organisationId: string) {
  return referralQuery(db)
    .where(and(eq(referrals.toOrganisationId, organisationId), eq(referrals.status, 'sent')))
    .orderBy(asc(referrals.sentAt));
}

export async function insertReferral(db: Db, values: typeof referrals.$inferInsert) {
  const [row] = await db.insert(referrals).values(values).returning();
  return row!;
}

/** Answer a referral only from the status it was read in and the version the client saw. */
export async function updateReferral(
  db: Db,
  id: string,
  expected: { version: number; status: string },
  set: Partial<Omit<typeof referrals.$inferInsert, 'id' | 'version'>>,
) {
  const [row] = await db
    .update(referrals)
    .set({ ...set, version: sql`${referrals.version} + 1` })
    .where(
      and(
        eq(referrals.id, id),
        eq(referrals.version, expected.version),
        eq(referrals.status, expected.status),
      ),
    )
    .returning();
  return row ?? null;
}

export async function insertNote(db: Db, values: typeof caseNotes.$inferInsert) {
  await db.insert(caseNotes).values(values);
}

/** Cases whose team the organisation is on (null: every case, for the national point of contact). */
/**
 * Cases with a clock running: open ones with a referral waiting for an answer, the identification
 * decision after the initial referral, a reflection period whose residence question is open or a plan
 * to review; and any case, closed too, with a follow-up day set. The deadline engine
 * (deadlines.ts) decides the dates; this only finds every case that can have one.
 */
const CLOCK_RUNNING = sql`(${cases.followUpOn} is not null or ${cases.closedAt} is null and (
  ${cases.planReviewOn} is not null or
  exists (select 1 from ${referrals} r where r.case_id = ${cases.id} and r.status = 'sent')
  or (${cases.kind} = 'trafficking' and ${cases.referredToNcpAt} is not null
      and (${cases.identification} is null or ${cases.identification}->>'outcome' = 'more_information_needed'))
  or (${cases.reflectionStartsOn} is not null and coalesce(${cases.residencePermit}, '') not in ('granted', 'refused'))))`;

/**
 * Cases the organisation is on the team of (null: every case, for the national point of contact): the
 * 500 most recently changed, or, with `clocksOnly`, every case with a deadline running, however long
 * untouched (those are the ones a deadline list must not lose).
 */
export async function listCases(
  db: Db,
  organisationId: string | null,
  filter: {
    state?: string;
    kind?: string;
    clocksOnly?: boolean;
    /** Open cases only (not closed). */
    open?: boolean;
    /** The organisation's cases this person is responsible for, or (null) those nobody is. */
    responsible?: string | null;
    /** A search: the case with this reference, or the cases of people with one of these blind indexes. */
    reference?: string;
    blindIndexes?: readonly string[];
  },
) {
  const responsibleHere = organisationId
    ? sql<
        string | null
      >`(select t.responsible_user_id from ${caseTeam} t where t.case_id = ${cases.id} and t.organisation_id = ${organisationId} and t.left_at is null)`
    : sql<string | null>`null::uuid`;
  const where = and(
    organisationId
      ? sql`exists (select 1 from ${caseTeam} t where t.case_id = ${cases.id} and t.organisation_id = ${organisationId} and t.left_at is null)`
      : undefined,
    filter.state ? eq(cases.state, filter.state) : undefined,
    filter.kind ? eq(cases.kind, filter.kind) : undefined,
    filter.clocksOnly ? CLOCK_RUNNING : undefined,
    filter.open ? isNull(cases.closedAt) : undefined,
    filter.reference === undefined ? undefined : eq(cases.reference, filter.reference),
    filter.blindIndexes === undefined ? undefined : inArray(people.blindIndex, [...filter.blindIndexes]),
    filter.responsible === undefined
      ? undefined
      : filter.responsible === null
        ? sql`${responsibleHere} is null`
        : sql`${responsibleHere} = ${filter.responsible}`,
  );
  return db
    .select({
      case: cases,
      person: people,
      originLt: organisations.nameLt,
      originEn: organisations.nameEn,
      responsibleUserId: responsibleHere,
    })
    .from(cases)
    .innerJoin(people, eq(people.id, cases.personId))
    .innerJoin(organisations, eq(organisations.id, cases.originOrganisationId))
    .where(where)
    .orderBy(desc(cases.updatedAt))
    .limit(filter.clocksOnly || filter.open ? 10_000 : 500);
}

/** Name an organisation's person responsible for a case (null: nobody). */
export async function setResponsible(db: Db, caseId: string, organisationId: string, userId: string | null) {
  await db
    .update(caseTeam)
    .set({ responsibleUserId: userId })
    .where(
      and(eq(caseTeam.caseId, caseId), eq(caseTeam.organisationId, organisationId), isNull(caseTeam.leftAt)),
    );
}

export async function caseWithPerson(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ case: cases, person: people, originLt: organisations.nameLt, originEn: organisations.nameEn })
    .from(cases)
    .innerJoin(people, eq(people.id, cases.personId))
    .innerJoin(organisations, eq(organisations.id, cases.originOrganisationId))
    .where(inArray(cases.id, ids));
}

export async function setMatchKeys(db: Db, personId: string, keys: string[]) {
  await db.delete(personMatchKeys).where(eq(personMatchKeys.personId, personId));
  if (keys.length > 0) await db.insert(personMatchKeys).values(keys.map((key) => ({ personId, key })));
}

/** Cases of other people whose matching keys equal one of these. */
export async function casesMatching(db: Db, keys: string[], personId: string) {
  if (keys.length === 0) return [];
  return db
    .selectDistinct({ caseId: cases.id })
    .from(personMatchKeys)
    .innerJoin(cases, eq(cases.personId, personMatchKeys.personId))
    .where(and(inArray(personMatchKeys.key, keys), ne(personMatchKeys.personId, personId)));
}

export async function flagDuplicates(db: Db, caseId: string, otherCaseIds: string[]) {
  if (otherCaseIds.length === 0) return;
  await db
    .insert(duplicateFlags)
    .values(otherCaseIds.map((otherCaseId) => ({ caseId, otherCaseId })))
    .onConflictDoNothing();
}

export async function openDuplicateFlags(db: Db, caseId?: string) {
  return db
    .select({
      flag: duplicateFlags,
      caseReference: sql<string>`(select reference from ${cases} c where c.id = ${duplicateFlags.caseId})`,
      otherCaseReference: sql<string>`(select reference from ${cases} c where c.id = ${duplicateFlags.otherCaseId})`,
    })
    .from(duplicateFlags)
    .where(and(eq(duplicateFlags.status, 'open'), caseId ? eq(duplicateFlags.caseId, caseId) : undefined))
    .orderBy(asc(duplicateFlags.flaggedAt));
}

export async function getDuplicateFlag(db: Db, id: string) {
  const [row] = await db.select().from(duplicateFlags).where(eq(duplicateFlags.id, id)).limit(1);
  return row ?? null;
}

export async function resolveDuplicateFlag(
  db: Db,
  id: string,
  status: 'linked' | 'dismissed' | 'merged',
  userId: string,
  reason: string,
) {
  const [row] = await db
    .update(duplicateFlags)
    .set({ status, resolvedAt: new Date(), resolvedByUserId: userId, reason })
    .where(and(eq(duplicateFlags.id, id), eq(duplicateFlags.status, 'open')))
    .returning();
  return row ?? null;
}

/**
 * What the cases keep about a person who is erased: the duplicate-matching keys (keyed hashes of the
 * name) go, and the few texts ever kept in the clear (a cooperation note written before those were
 * sealed, the coordinator's reason for linking two records) are dropped, and the files attached to
 * their cases are deleted.
 */
export async function forgetPersonInCases(db: Db, personId: string) {
  await db.delete(personMatchKeys).where(eq(personMatchKeys.personId, personId));
  const theirCases = db.select({ id: cases.id }).from(cases).where(eq(cases.personId, personId));
  // Sealed bytes under a destroyed key would still be the person's papers held: the rows go.
  await db.delete(caseDocuments).where(inArray(caseDocuments.caseId, theirCases));
  await db
    .update(cases)
    .set({ cooperation: sql`${cases.cooperation} - 'note'` })
    .where(eq(cases.personId, personId));
  await db
    .update(duplicateFlags)
    .set({ reason: null })
    .where(or(inArray(duplicateFlags.caseId, theirCases), inArray(duplicateFlags.otherCaseId, theirCases)));
}

// What a case page and a person read take of a case's rows, in one relational query, shaped as the
// separate queries above shape them.
const NAMES = { columns: { nameLt: true, nameEn: true } } as const;
const WITH_TEAM = {
  with: {
    organisation: { columns: { nameLt: true, nameEn: true, functions: true } },
    responsible: { columns: { displayName: true } },
  },
  orderBy: asc(caseTeam.joinedAt),
} as const;
const WITH_CONSENTS = {
  with: { recordedBy: { columns: { displayName: true } } },
  orderBy: asc(consents.givenAt),
} as const;
const WITH_REFERRALS = { with: { from: NAMES, to: NAMES }, orderBy: asc(referrals.sentAt) } as const;

type Named = { nameLt: string; nameEn: string };
const teamShape = <
  M extends {
    organisation: Named & { functions: string[] };
    responsible: { displayName: string } | null;
    caseId: string;
  },
>({
  organisation,
  responsible,
  caseId: _case,
  ...member
}: M) => ({ ...member, ...organisation, responsibleName: responsible?.displayName ?? null });
const consentShape = <C extends { recordedBy: { displayName: string } | null }>({
  recordedBy,
  ...consent
}: C) => ({
  consent,
  recordedBy: recordedBy?.displayName ?? null,
});
const referralShape = <R extends { from: Named; to: Named }>({ from, to, ...referral }: R) => ({
  referral,
  fromNameLt: from.nameLt,
  fromNameEn: from.nameEn,
  toNameLt: to.nameLt,
  toNameEn: to.nameEn,
});

/**
 * A case page in one query: the case, its person and wrapped key, origin, team, consents, referrals,
 * timeline, the notes this organisation may read and whether a possible duplicate is open. Null when
 * there is no such case.
 */
export async function casePageOf(db: Db, id: string, viewerOrganisationId: string) {
  const found = await db.query.cases.findFirst({
    where: eq(cases.id, id),
    with: {
      person: { with: { key: true } },
      origin: NAMES,
      team: WITH_TEAM,
      consents: WITH_CONSENTS,
      referrals: WITH_REFERRALS,
      events: {
        with: { organisation: NAMES, user: { columns: { displayName: true } } },
        orderBy: [desc(caseEvents.at), desc(caseEvents.id)],
      },
      notes: {
        where: sql`(${caseNotes.visibility} = 'team' or ${caseNotes.organisationId} = ${viewerOrganisationId})`,
        with: { author: { columns: { displayName: true } }, organisation: NAMES },
        orderBy: desc(caseNotes.createdAt),
      },
      duplicateFlags: { where: eq(duplicateFlags.status, 'open'), columns: { id: true }, limit: 1 },
    },
  });
  if (!found) return null;
  const {
    person,
    origin,
    team,
    consents: given,
    referrals: sent,
    events,
    notes,
    duplicateFlags: open,
    ...row
  } = found;
  const { key, ...personRow } = person;
  return {
    row,
    person: personRow,
    wrappedKey: key?.wrappedKey ?? null,
    origin: { lt: origin.nameLt, en: origin.nameEn },
    team: team.map(teamShape),
    consents: given.map(consentShape),
    referrals: sent.map(referralShape),
    events: events.map(({ organisation, user, caseId: _case, userId: _user, ...event }) => ({
      ...event,
      nameLt: organisation?.nameLt ?? null,
      nameEn: organisation?.nameEn ?? null,
      actorName: user?.displayName ?? null,
    })),
    notes: notes.map(({ author, organisation, ...note }) => ({
      note,
      authorName: author.displayName,
      nameLt: organisation.nameLt,
      nameEn: organisation.nameEn,
    })),
    possibleDuplicate: open.length > 0,
  };
}

/** A person with their wrapped key and, for each of their cases, the team, consents and referrals: one query. */
export async function personWithCases(db: Db, personId: string) {
  const found = await db.query.people.findFirst({
    where: eq(people.id, personId),
    with: {
      key: true,
      cases: {
        columns: { id: true },
        with: { team: WITH_TEAM, consents: WITH_CONSENTS, referrals: WITH_REFERRALS },
      },
    },
  });
  if (!found) return null;
  const { key, cases: theirs, ...person } = found;
  return {
    person,
    wrappedKey: key?.wrappedKey ?? null,
    cases: theirs.map((c) => ({
      team: c.team.map(teamShape),
      consents: c.consents.map(consentShape),
      referrals: c.referrals.map(referralShape),
    })),
  };
}

/** The teams of several cases, each member with its person responsible. */
export async function teamsOf(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db
    .select({
      caseId: caseTeam.caseId,
      organisationId: caseTeam.organisationId,
      leftAt: caseTeam.leftAt,
      responsibleUserId: caseTeam.responsibleUserId,
    })
    .from(caseTeam)
    .where(inArray(caseTeam.caseId, caseIds));
}
