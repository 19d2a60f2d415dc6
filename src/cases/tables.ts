import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, users } from '../access/tables.ts';
import { people } from '../people/tables.ts';
import { bytea, createdAt, updatedAt } from '../platform/columns.ts';
import type { CaseFacts, StoredCooperation, StoredIdentification } from './model.ts';

// A case is one person's path through the referral mechanism. Facts that drive statistics are in the
// clear; anything a person could be recognised by (identity, notes, drafts) is sealed.

export const caseReferenceSeq = pgSequence('case_reference_seq', { startWith: 1 });

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** What staff say on the phone: "ATR-2026-000042". */
    reference: text('reference').notNull().unique(),
    kind: text('kind').notNull(),
    state: text('state').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    originOrganisationId: uuid('origin_organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    /** The submitted draft: submitting it again finds this case instead of making a second. */
    draftId: uuid('draft_id').unique(),
    child: boolean('child').notNull(),
    facts: jsonb('facts').$type<CaseFacts>().notNull(),
    referredToNcpAt: timestamp('referred_to_ncp_at', { withTimezone: true }),
    identification: jsonb('identification').$type<StoredIdentification>(),
    cooperation: jsonb('cooperation').$type<StoredCooperation>(),
    reflectionStartsOn: date('reflection_starts_on'),
    residencePermit: text('residence_permit'),
    /** The assistance plan's next review day, from its last agreement: a deadline on the desk. */
    planReviewOn: date('plan_review_on'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** The day someone checks how the person is doing after the case is closed. */
    followUpOn: date('follow_up_on'),
    // For statistics, kept by the database (migration 0014's triggers): the day and the support
    // service that registered the person (the first to join the team), and the day of the first service.
    registeredOn: date('registered_on'),
    registeredBy: uuid('registered_by'),
    firstServiceOn: date('first_service_on'),
    /** Retention anonymised the case: its person's key destroyed and its facts generalised. */
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    version: integer('version').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('cases_state_idx').on(t.state),
    index('cases_person_idx').on(t.personId),
    index('cases_created_idx').on(t.createdAt),
    index('cases_registered_idx').on(t.registeredOn),
    index('cases_first_service_idx').on(t.firstServiceOn),
  ],
);

/** The organisations working a case; the first responder's leaves at hand-over. */
export const caseTeam = pgTable(
  'case_team',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: text('role').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
    leftAt: timestamp('left_at', { withTimezone: true }),
    /** The organisation's person responsible for the case: its alerts reach them first. */
    responsibleUserId: uuid('responsible_user_id').references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.organisationId] }),
    index('case_team_org_idx').on(t.organisationId),
    index('case_team_responsible_idx').on(t.responsibleUserId),
  ],
);

/** The case timeline: every change, who made it, when and why. Append-only by use. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** The moment of writing, not of the transaction: events of one change keep their order. */
    at: timestamp('at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
    type: text('type').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    userId: uuid('user_id').references(() => users.id),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    /** The reason given, in the staff member's words: sealed under the person's key. */
    sealedReason: bytea('sealed_reason'),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.at)],
);

export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    scope: text('scope').notNull(),
    method: text('method').notNull(),
    /** The support service a referral consent names. */
    organisationId: uuid('organisation_id').references(() => organisations.id),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull().defaultNow(),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id),
    recordedByOrganisationId: uuid('recorded_by_organisation_id').references(() => organisations.id),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnByUserId: uuid('withdrawn_by_user_id').references(() => users.id),
  },
  (t) => [index('consents_case_idx').on(t.caseId)],
);

export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    fromOrganisationId: uuid('from_organisation_id')
      .notNull()
      .references(() => organisations.id),
    toOrganisationId: uuid('to_organisation_id')
      .notNull()
      .references(() => organisations.id),
    purpose: text('purpose').notNull(),
    /** What is asked, sealed under the person's key like every free text about them. */
    sealedNote: bytea('sealed_note'),
    /** Decided when sent, from the consent in force: without consent to share identity, it stays home. */
    sharesIdentity: boolean('shares_identity').notNull(),
    status: text('status').notNull(),
    sentByUserId: uuid('sent_by_user_id').references(() => users.id),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    respondBy: timestamp('respond_by', { withTimezone: true }).notNull(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    respondedByUserId: uuid('responded_by_user_id').references(() => users.id),
    /** Why it was declined or withdrawn, sealed under the person's key. */
    sealedReason: bytea('sealed_reason'),
    version: integer('version').notNull().default(0),
  },
  (t) => [
    index('referrals_case_idx').on(t.caseId),
    index('referrals_to_status_idx').on(t.toOrganisationId, t.status),
  ],
);

export const caseNotes = pgTable(
  'case_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    visibility: text('visibility').notNull(),
    sealedText: bytea('sealed_text').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('case_notes_case_idx').on(t.caseId)],
);

/** An intake in progress, saved as it is typed; sealed, because it may hold a name. */
export const intakeDrafts = pgTable(
  'intake_drafts',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    wrappedKey: bytea('wrapped_key').notNull(),
    sealedData: bytea('sealed_data').notNull(),
    version: integer('version').notNull().default(0),
    submittedCaseId: uuid('submitted_case_id').references(() => cases.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('intake_drafts_user_idx').on(t.userId)],
);

/** Keyed hashes of a person's name skeletons and birth date: equal for the same person, unreadable. */
export const personMatchKeys = pgTable(
  'person_match_keys',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    key: text('key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.key] }), index('person_match_keys_key_idx').on(t.key)],
);

/** A possible duplicate for the national coordinator to check; the asking organisation sees only a flag. */
export const duplicateFlags = pgTable(
  'duplicate_flags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    otherCaseId: uuid('other_case_id')
      .notNull()
      .references(() => cases.id),
    status: text('status').notNull().default('open'),
    flaggedAt: timestamp('flagged_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedByUserId: uuid('resolved_by_user_id').references(() => users.id),
    reason: text('reason'),
  },
  (t) => [uniqueIndex('duplicate_flags_pair_idx').on(t.caseId, t.otherCaseId)],
);
