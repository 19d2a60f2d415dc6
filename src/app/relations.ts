import { relations } from 'drizzle-orm';
import type { AnyPgColumn, AnyPgTable } from 'drizzle-orm/pg-core';
import { organisations, users } from '../access/tables.ts';
import {
  assessments,
  caseReturns,
  compensationClaims,
  identificationCards,
  investigations,
  legalSteps,
  longTermHandovers,
  planAgreements,
  planItems,
  rightsGiven,
  serviceCorrections,
  servicesGiven,
} from '../assistance/tables.ts';
import {
  caseEvents,
  caseNotes,
  cases,
  caseTeam,
  consents,
  duplicateFlags,
  referrals,
} from '../cases/tables.ts';
import { people, personKeys } from '../people/tables.ts';

// How the tables hang together, so a case page, a person or a case's assistance is read in one query
// (Drizzle's relational queries build one SELECT with JSON sub-selects). The relations cross domains
// (a case has a person, a team of organisations, and the records of its assistance), and Drizzle
// takes one set per table, so they live here, in the composition root, beside the schema barrel.

export const personRelations = relations(people, ({ one, many }) => ({
  key: one(personKeys, { fields: [people.id], references: [personKeys.personId] }),
  cases: many(cases),
}));

export const caseRelations = relations(cases, ({ one, many }) => ({
  person: one(people, { fields: [cases.personId], references: [people.id] }),
  origin: one(organisations, { fields: [cases.originOrganisationId], references: [organisations.id] }),
  team: many(caseTeam),
  consents: many(consents),
  referrals: many(referrals),
  events: many(caseEvents),
  notes: many(caseNotes),
  duplicateFlags: many(duplicateFlags, { relationName: 'flagged_case' }),
  // What assistance hangs on the case.
  rightsGiven: many(rightsGiven),
  assessments: many(assessments),
  planItems: many(planItems),
  planAgreements: many(planAgreements),
  servicesGiven: many(servicesGiven),
  serviceCorrections: many(serviceCorrections),
  returns: many(caseReturns),
  investigations: many(investigations),
  legalSteps: many(legalSteps),
  compensationClaims: many(compensationClaims),
  longTermHandovers: many(longTermHandovers),
  identificationCards: many(identificationCards),
}));

export const caseTeamRelations = relations(caseTeam, ({ one }) => ({
  case: one(cases, { fields: [caseTeam.caseId], references: [cases.id] }),
  organisation: one(organisations, { fields: [caseTeam.organisationId], references: [organisations.id] }),
  responsible: one(users, { fields: [caseTeam.responsibleUserId], references: [users.id] }),
}));

export const consentRelations = relations(consents, ({ one }) => ({
  case: one(cases, { fields: [consents.caseId], references: [cases.id] }),
  recordedBy: one(users, { fields: [consents.recordedByUserId], references: [users.id] }),
}));

export const referralRelations = relations(referrals, ({ one }) => ({
  case: one(cases, { fields: [referrals.caseId], references: [cases.id] }),
  from: one(organisations, { fields: [referrals.fromOrganisationId], references: [organisations.id] }),
  to: one(organisations, { fields: [referrals.toOrganisationId], references: [organisations.id] }),
}));

export const caseEventRelations = relations(caseEvents, ({ one }) => ({
  case: one(cases, { fields: [caseEvents.caseId], references: [cases.id] }),
  organisation: one(organisations, { fields: [caseEvents.organisationId], references: [organisations.id] }),
  user: one(users, { fields: [caseEvents.userId], references: [users.id] }),
}));

export const caseNoteRelations = relations(caseNotes, ({ one }) => ({
  case: one(cases, { fields: [caseNotes.caseId], references: [cases.id] }),
  author: one(users, { fields: [caseNotes.authorUserId], references: [users.id] }),
  organisation: one(organisations, { fields: [caseNotes.organisationId], references: [organisations.id] }),
}));

export const duplicateFlagRelations = relations(duplicateFlags, ({ one }) => ({
  case: one(cases, {
    fields: [duplicateFlags.caseId],
    references: [cases.id],
    relationName: 'flagged_case',
  }),
}));

/** The other side: each record belongs to its case. */
const onCase = <T extends AnyPgTable & { caseId: AnyPgColumn }>(table: T) =>
  relations(table, ({ one }) => ({ case: one(cases, { fields: [table.caseId], references: [cases.id] }) }));

export const rightsGivenRelations = onCase(rightsGiven);
export const assessmentRelations = onCase(assessments);
export const planItemRelations = onCase(planItems);
export const planAgreementRelations = onCase(planAgreements);
export const serviceGivenRelations = onCase(servicesGiven);
export const serviceCorrectionRelations = onCase(serviceCorrections);
export const caseReturnRelations = onCase(caseReturns);
export const investigationRelations = onCase(investigations);
export const legalStepRelations = onCase(legalSteps);
export const compensationClaimRelations = onCase(compensationClaims);
export const longTermHandoverRelations = onCase(longTermHandovers);
export const identificationCardRelations = onCase(identificationCards);
