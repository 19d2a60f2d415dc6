import { relations } from 'drizzle-orm';
import { organisations, users } from '../access/tables.ts';
import { people, personKeys } from '../people/tables.ts';
import { caseEvents, caseNotes, cases, caseTeam, consents, duplicateFlags, referrals } from './tables.ts';

// How a case's rows hang together, so a case page is read in one query (Drizzle's relational queries
// build it as one SELECT with JSON sub-selects).

// A person's relations live here, with the cases that read them: people/ stays below cases/.
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
}));

export const caseTeamRelations = relations(caseTeam, ({ one }) => ({
  case: one(cases, { fields: [caseTeam.caseId], references: [cases.id] }),
  organisation: one(organisations, { fields: [caseTeam.organisationId], references: [organisations.id] }),
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
