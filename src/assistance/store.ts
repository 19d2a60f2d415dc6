import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { organisations, users } from '../access/tables.ts';
import { cases } from '../cases/tables.ts';
import { type Db, inTurn } from '../platform/db.ts';
import {
  assessments,
  cardNumberSeq,
  caseReturns,
  compensationClaims,
  consultations,
  identificationCards,
  investigations,
  legalSteps,
  longTermHandovers,
  planAgreements,
  planItems,
  rightsGiven,
  type ServiceFields,
  serviceCorrections,
  servicesGiven,
} from './tables.ts';

// Queries of assistance: everything recorded on one case, read at once, and the writes.

export type AssistanceRows = Awaited<ReturnType<typeof assistanceRowsOf>>;

/** The plan's measures, oldest first: what the plan verbs check before they change it. */
export const planItemsOf = (db: Db, caseId: string) =>
  db.select().from(planItems).where(eq(planItems.caseId, caseId)).orderBy(asc(planItems.createdAt));

export const planAgreementsOf = (db: Db, caseId: string) =>
  db
    .select()
    .from(planAgreements)
    .where(eq(planAgreements.caseId, caseId))
    .orderBy(asc(planAgreements.createdAt));

/** The services given on a case, newest first. */
export const servicesOf = (db: Db, caseId: string) =>
  db
    .select()
    .from(servicesGiven)
    .where(eq(servicesGiven.caseId, caseId))
    .orderBy(desc(servicesGiven.givenOn), desc(servicesGiven.createdAt));

/**
 * Everything assistance holds on a case, oldest first (a re-assessment follows the one it replaces),
 * with the person's facts and wrapped key: one query.
 */
export async function assistanceRowsOf(db: Db, caseId: string) {
  const found = await db.query.cases.findFirst({
    where: eq(cases.id, caseId),
    columns: { id: true },
    with: {
      person: { with: { key: true } },
      rightsGiven: { orderBy: asc(rightsGiven.createdAt) },
      assessments: { orderBy: asc(assessments.createdAt) },
      planItems: { orderBy: asc(planItems.createdAt) },
      planAgreements: { orderBy: asc(planAgreements.createdAt) },
      servicesGiven: { orderBy: [desc(servicesGiven.givenOn), desc(servicesGiven.createdAt)] },
      serviceCorrections: { orderBy: asc(serviceCorrections.createdAt) },
      returns: true,
      investigations: true,
      legalSteps: { orderBy: asc(legalSteps.createdAt) },
      compensationClaims: true,
      longTermHandovers: true,
      identificationCards: { orderBy: desc(identificationCards.issuedAt) },
    },
  });
  if (!found) throw new Error(`case ${caseId} is gone`);
  const { key, ...person } = found.person;
  return {
    person,
    wrappedKey: key?.wrappedKey ?? null,
    rights: found.rightsGiven,
    assessments: found.assessments,
    items: found.planItems,
    agreements: found.planAgreements,
    services: found.servicesGiven,
    serviceCorrections: found.serviceCorrections,
    return: found.returns[0] ?? null,
    investigation: found.investigations[0] ?? null,
    steps: found.legalSteps,
    claim: found.compensationClaims[0] ?? null,
    longTerm: found.longTermHandovers[0] ?? null,
    cards: found.identificationCards,
  };
}

export type Names = {
  organisation: (id: string) => { id: string; name: { lt: string; en: string } };
  user: (id: string | null) => string | null;
};

/** The names of the organisations and staff a set of records mentions, in two queries. */
export async function namesOf(db: Db, organisationIds: string[], userIds: (string | null)[]): Promise<Names> {
  const orgIds = [...new Set(organisationIds)];
  const people = [...new Set(userIds.filter((id): id is string => id !== null))];
  const [orgRows, userRows] = await inTurn(
    () =>
      orgIds.length
        ? db
            .select({ id: organisations.id, lt: organisations.nameLt, en: organisations.nameEn })
            .from(organisations)
            .where(inArray(organisations.id, orgIds))
        : [],
    () =>
      people.length
        ? db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, people))
        : [],
  );
  const orgs = new Map(orgRows.map((o) => [o.id, { id: o.id, name: { lt: o.lt, en: o.en } }]));
  const names = new Map(userRows.map((u) => [u.id, u.name]));
  return {
    organisation: (id) => orgs.get(id) ?? { id, name: { lt: id, en: id } },
    user: (id) => (id ? (names.get(id) ?? null) : null),
  };
}

export async function insertRights(db: Db, values: typeof rightsGiven.$inferInsert) {
  await db.insert(rightsGiven).values(values);
}

export async function insertAssessment(db: Db, values: typeof assessments.$inferInsert) {
  const [row] = await db.insert(assessments).values(values).returning({ id: assessments.id });
  return row!;
}

export async function insertPlanItem(db: Db, values: typeof planItems.$inferInsert) {
  const [row] = await db.insert(planItems).values(values).returning();
  return row!;
}

/** Change an item only from the version the client saw: null when it moved on or is not on the case. */
export async function updatePlanItem(db: Db, caseId: string, id: string, version: number, status: string) {
  const [row] = await db
    .update(planItems)
    .set({ status, version: version + 1, updatedAt: new Date() })
    .where(and(eq(planItems.id, id), eq(planItems.caseId, caseId), eq(planItems.version, version)))
    .returning();
  return row ?? null;
}

export async function insertAgreement(db: Db, values: typeof planAgreements.$inferInsert) {
  const [row] = await db.insert(planAgreements).values(values).returning({ id: planAgreements.id });
  return row!;
}

export async function insertServices(db: Db, values: (typeof servicesGiven.$inferInsert)[]) {
  await db.insert(servicesGiven).values(values);
}

/** Correct a service only from the version the client saw: null when it moved on or is not on the case. */
export async function updateService(
  db: Db,
  caseId: string,
  id: string,
  version: number,
  fields: ServiceFields,
) {
  const [row] = await db
    .update(servicesGiven)
    .set({ ...fields, version: version + 1 })
    .where(
      and(eq(servicesGiven.id, id), eq(servicesGiven.caseId, caseId), eq(servicesGiven.version, version)),
    )
    .returning({ id: servicesGiven.id });
  return row ?? null;
}

/** Remove a service only at the version the client saw: false when it moved on or is gone. */
export async function deleteService(db: Db, caseId: string, id: string, version: number) {
  const gone = await db
    .delete(servicesGiven)
    .where(
      and(eq(servicesGiven.id, id), eq(servicesGiven.caseId, caseId), eq(servicesGiven.version, version)),
    )
    .returning({ id: servicesGiven.id });
  return gone.length > 0;
}

/** Whether a service of the case was removed (a second removal, or a correction after it, is stale). */
export async function serviceWasRemoved(db: Db, caseId: string, serviceId: string) {
  const [row] = await db
    .select({ id: serviceCorrections.id })
    .from(serviceCorrections)
    .where(
      and(
        eq(serviceCorrections.caseId, caseId),
        eq(serviceCorrections.serviceId, serviceId),
        eq(serviceCorrections.kind, 'removed'),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function insertServiceCorrection(db: Db, values: typeof serviceCorrections.$inferInsert) {
  await db.insert(serviceCorrections).values(values);
}

/** Create the case's return (version 0: there is none yet; it is saved as 1) or change it from the version the client saw. */
export async function saveReturn(
  db: Db,
  values: Omit<typeof caseReturns.$inferInsert, 'version'>,
  version: number,
) {
  if (version === 0) {
    const inserted = await db
      .insert(caseReturns)
      .values({ ...values, version: 1 })
      .onConflictDoNothing()
      .returning();
    if (inserted.length > 0) return true;
  }
  const updated = await db
    .update(caseReturns)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(caseReturns.caseId, values.caseId), eq(caseReturns.version, version)))
    .returning({ caseId: caseReturns.caseId });
  return updated.length > 0;
}

export async function saveInvestigation(db: Db, values: typeof investigations.$inferInsert) {
  await db
    .insert(investigations)
    .values({ ...values, version: 1 })
    .onConflictDoUpdate({
      target: investigations.caseId,
      // The team's save moves the version on too, so a police officer's form read before it is stale.
      set: { ...values, version: sql`${investigations.version} + 1`, updatedAt: new Date() },
    });
}

export async function insertLegalStep(db: Db, values: typeof legalSteps.$inferInsert) {
  await db.insert(legalSteps).values(values);
}

export async function updateLegalStep(db: Db, caseId: string, id: string, version: number, status: string) {
  const [row] = await db
    .update(legalSteps)
    .set({ status, version: version + 1 })
    .where(and(eq(legalSteps.id, id), eq(legalSteps.caseId, caseId), eq(legalSteps.version, version)))
    .returning();
  return row ?? null;
}

export async function saveClaim(
  db: Db,
  values: Omit<typeof compensationClaims.$inferInsert, 'version'>,
  version: number,
) {
  if (version === 0) {
    const inserted = await db
      .insert(compensationClaims)
      .values({ ...values, version: 1 })
      .onConflictDoNothing()
      .returning();
    if (inserted.length > 0) return true;
  }
  const updated = await db
    .update(compensationClaims)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(compensationClaims.caseId, values.caseId), eq(compensationClaims.version, version)))
    .returning({ caseId: compensationClaims.caseId });
  return updated.length > 0;
}

export async function insertLongTerm(db: Db, values: typeof longTermHandovers.$inferInsert) {
  const inserted = await db.insert(longTermHandovers).values(values).onConflictDoNothing().returning();
  return inserted.length > 0;
}

export async function insertCard(db: Db, values: Omit<typeof identificationCards.$inferInsert, 'number'>) {
  const [row] = await db
    .insert(identificationCards)
    .values({
      ...values,
      number: sql`'LT-THB-' || to_char(now() at time zone 'Europe/Vilnius', 'YYYY') || '-' || (select lpad(n::text, greatest(6, length(n::text)), '0') from nextval(${sql.raw(`'${cardNumberSeq.seqName}'`)}) as n)`,
    })
    .returning();
  return row!;
}

/** The case's current cards (not revoked, not replaced): at most one, as the database keeps it. */
export async function currentCardsOf(db: Db, caseId: string) {
  return db
    .select()
    .from(identificationCards)
    .where(
      and(
        eq(identificationCards.caseId, caseId),
        isNull(identificationCards.revokedAt),
        isNull(identificationCards.replacedAt),
      ),
    );
}

/** An expired card a new one takes the place of. */
export async function replaceCard(db: Db, id: string) {
  await db
    .update(identificationCards)
    .set({ replacedAt: new Date() })
    .where(and(eq(identificationCards.id, id), isNull(identificationCards.replacedAt)));
}

export async function revokeCard(
  db: Db,
  caseId: string,
  id: string,
  userId: string,
  sealedReason: Buffer | null,
) {
  const [row] = await db
    .update(identificationCards)
    .set({ revokedAt: new Date(), revokedByUserId: userId, sealedReason })
    .where(
      and(
        eq(identificationCards.id, id),
        eq(identificationCards.caseId, caseId),
        isNull(identificationCards.revokedAt),
      ),
    )
    .returning();
  return row ?? null;
}

export async function cardByToken(db: Db, token: string) {
  const [row] = await db.select().from(identificationCards).where(eq(identificationCards.token, token));
  return row ?? null;
}

export async function insertConsultation(db: Db, values: typeof consultations.$inferInsert) {
  const [row] = await db.insert(consultations).values(values).returning();
  return row!;
}

export async function consultationsOf(db: Db, organisationId: string, from?: string, to?: string) {
  return db
    .select({ consultation: consultations, userName: users.displayName })
    .from(consultations)
    .leftJoin(users, eq(users.id, consultations.userId))
    .where(
      and(
        eq(consultations.organisationId, organisationId),
        from ? gte(consultations.on, from) : undefined,
        to ? lte(consultations.on, to) : undefined,
      ),
    )
    .orderBy(desc(consultations.on), desc(consultations.createdAt))
    .limit(500);
}
