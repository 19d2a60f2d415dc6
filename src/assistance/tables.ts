import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, users } from '../access/tables.ts';
import { cases, referrals } from '../cases/tables.ts';
import { fundingAllocations } from '../funding/tables.ts';
import { bytea, createdAt, updatedAt } from '../platform/columns.ts';
import type {
  CONSULTATION_TOPICS,
  NEED_DOMAINS,
  RETURN_HELP_KINDS,
  RETURN_HELP_STATUSES,
  URGENCIES,
} from './catalogue.ts';

/** A need as stored on an assessment, without its note (sealed apart). */
type StoredNeed = { domain: (typeof NEED_DOMAINS)[number]; urgency: (typeof URGENCIES)[number] };
/** A service's own fields, as a correction records them before and after. */
export type ServiceFields = {
  type: string;
  givenOn: string;
  minutes: number | null;
  amountEur: number | null;
  mode: string;
  planItemId: string | null;
  allocationId: string | null;
};
/** One of IOM's kinds of return help and how it stands. */
type ReturnHelp = {
  kind: (typeof RETURN_HELP_KINDS)[number];
  status: (typeof RETURN_HELP_STATUSES)[number];
  costEur?: number | null;
};

// What a support service does for a person. Codes, dates and amounts that statistics count are in
// the clear; every word written about the person (notes, their own words, a case number, an
// officer's name) is sealed under the person's key, so erasing the person erases it too.

const caseId = () =>
  uuid('case_id')
    .notNull()
    .references(() => cases.id);
const organisationId = (name = 'organisation_id') =>
  uuid(name)
    .notNull()
    .references(() => organisations.id);
const userId = (name = 'user_id') => uuid(name).references(() => users.id);
const money = (name: string) => numeric(name, { precision: 12, scale: 2, mode: 'number' });

export const rightsGiven = pgTable(
  'rights_given',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseId(),
    organisationId: organisationId(),
    userId: userId(),
    givenOn: date('given_on').notNull(),
    language: text('language').notNull(),
    form: text('form').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('rights_given_case_idx').on(t.caseId)],
);

/** Every assessment is kept: a re-assessment adds a row, and the newest is the current one. */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseId(),
    organisationId: organisationId(),
    userId: userId(),
    assessedOn: date('assessed_on').notNull(),
    /** [{ domain, urgency }]: the needs, without the notes. */
    needs: jsonb('needs').$type<StoredNeed[]>().notNull(),
    riskLevel: text('risk_level').notNull(),
    /** The notes per need, the reasons for the risk conclusion and why it was done again. */
    sealed: bytea('sealed'),
    createdAt: createdAt(),
  },
  (t) => [index('assessments_case_idx').on(t.caseId, t.createdAt)],
);

export const planItems = pgTable(
  'plan_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseId(),
    /** The organisation that provides the measure: one on the case's team. */
    organisationId: organisationId(),
    need: text('need').notNull(),
    measure: text('measure').notNull(),
    dueOn: date('due_on').notNull(),
    status: text('status').notNull(),
    sealedNote: bytea('sealed_note'),
    createdByUserId: userId('created_by_user_id'),
    createdOn: date('created_on').notNull(),
    version: integer('version').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('plan_items_case_idx').on(t.caseId)],
);

/** The person's agreement to the plan, in their own words, and when it is looked at again. */
export const planAgreements = pgTable(
  'plan_agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseId(),
    organisationId: organisationId(),
    userId: userId(),
    agreedOn: date('agreed_on').notNull(),
    reviewOn: date('review_on').notNull(),
    sealedWords: bytea('sealed_words'),
    createdAt: createdAt(),
  },
  (t) => [index('plan_agreements_case_idx').on(t.caseId, t.createdAt)],
);

/** A service given: what the ministry counts. */
export const servicesGiven = pgTable(
  'services_given',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseId(),
    organisationId: organisationId(),
    userId: userId(),
    type: text('type').notNull(),
    givenOn: date('given_on').notNull(),
    minutes: integer('minutes'),
    amountEur: money('amount_eur'),
    mode: text('mode').notNull(),
    planItemId: uuid('plan_item_id').references(() => planItems.id),
    /** The funding allocation the service was given under, when it was. */
    allocationId: uuid('allocation_id').references(() => fundingAllocations.id),
    /** Raised by each correction, so that two people correcting at once do not overwrite each other. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    // Copies of the person's and the case's facts that statistics break services down by, kept by
    // the database (migration 0014's triggers), so a year of services is counted without joins.
    personId: uuid('person_id'),
    sex: text('sex'),
    ageBand: text('age_band'),
    pathway: text('pathway'),
    child: boolean('child'),
    disability: boolean('disability'),
    anonymous: boolean('anonymous'),
    municipality: text('municipality'),
    crimeType: text('crime_type'),
  },
  (t) => [
    index('services_given_case_idx').on(t.caseId, t.givenOn),
    index('services_given_on_idx').on(t.givenOn, t.personId),
    index('services_given_org_idx').on(t.organisationId, t.givenOn),
    index('services_given_allocation_idx').on(t.allocationId),
  ],
);

/**
 * A service corrected or removed, with the reason (sealed: it may speak of the person). The service
 * as it stood before is kept in codes and dates, so that the history says what changed even after a
 * removal has taken the service out of the counts.
 */
export const serviceCorrections = pgTable(
  'service_corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseId(),
    /** Not a reference: a removed service's row is gone. */
    serviceId: uuid('service_id').notNull(),
    organisationId: organisationId(),
    userId: userId(),
    kind: text('kind').$type<'corrected' | 'removed'>().notNull(),
    /** The service's fields before the change, and after it for a correction. */
    before: jsonb('before').$type<ServiceFields>().notNull(),
    after: jsonb('after').$type<ServiceFields>(),
    sealedReason: bytea('sealed_reason'),
    createdAt: createdAt(),
  },
  (t) => [index('service_corrections_case_idx').on(t.caseId, t.createdAt)],
);

/** One return per case, worked by the return provider (IOM Vilnius for a third-country national). */
export const caseReturns = pgTable('case_returns', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id),
  organisationId: organisationId(),
  destinationCountry: text('destination_country').notNull(),
  travelOn: date('travel_on'),
  receivingOrganisation: text('receiving_organisation'),
  status: text('status').notNull(),
  /** [{ kind, status, costEur }]: the eleven kinds of IOM return help. */
  checklist: jsonb('checklist').$type<ReturnHelp[]>().notNull(),
  sealedNote: bytea('sealed_note'),
  version: integer('version').notNull().default(0),
  updatedAt: updatedAt(),
});

/** The pre-trial investigation the case is part of: its number and officer are sealed. */
export const investigations = pgTable('investigations', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id),
  institution: text('institution').notNull(),
  startedOn: date('started_on'),
  closedOn: date('closed_on'),
  /** How the investigation ended (catalogue INVESTIGATION_OUTCOMES), once closed. */
  outcome: text('outcome'),
  /** The organisation that recorded it last: the police, or the team that learnt of it. */
  organisationId: uuid('organisation_id').references(() => organisations.id),
  sealed: bytea('sealed'),
  version: integer('version').notNull().default(0),
  updatedAt: updatedAt(),
});

/** Protection measures and legal aid asked for and their outcome. */
export const legalSteps = pgTable(
  'legal_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseId(),
    organisationId: organisationId(),
    userId: userId(),
    kind: text('kind').notNull(),
    measure: text('measure'),
    status: text('status').notNull(),
    on: date('on').notNull(),
    /** The day the answer came (granted, refused), as recorded by whoever heard it. */
    answeredOn: date('answered_on'),
    sealedNote: bytea('sealed_note'),
    version: integer('version').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('legal_steps_case_idx').on(t.caseId)],
);

export const compensationClaims = pgTable(
  'compensation_claims',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id),
    organisationId: organisationId(),
    crime: text('crime').notNull(),
    crimeOn: date('crime_on').notNull(),
    status: text('status').notNull(),
    filedOn: date('filed_on'),
    amountEur: money('amount_eur'),
    lawfullyResidentInEu: boolean('lawfully_resident_in_eu').notNull(),
    /** The eligibility rule's answer when the claim was last saved, for statistics. */
    eligible: boolean('eligible').notNull(),
    /** Where the claim stands with the Ministry of Justice (catalogue CLAIM_STAGES); null until sent. */
    stage: text('stage'),
    authorityOrganisationId: uuid('authority_organisation_id').references(() => organisations.id),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    sentByUserId: userId('sent_by_user_id'),
    receivedOn: date('received_on'),
    documentsRequestedOn: date('documents_requested_on'),
    /** The documents asked for, and the reason for a refusal: words about the person, sealed. */
    sealedDocuments: bytea('sealed_documents'),
    decision: text('decision'),
    decidedOn: date('decided_on'),
    decidedAmountEur: money('decided_amount_eur'),
    sealedDecisionReason: bytea('sealed_decision_reason'),
    decidedByUserId: userId('decided_by_user_id'),
    version: integer('version').notNull().default(0),
    updatedAt: updatedAt(),
  },
  (t) => [index('compensation_claims_authority_idx').on(t.authorityOrganisationId, t.stage)],
);

/** Long-term help handed to the municipality where the person is registered (seed 000). */
export const longTermHandovers = pgTable('long_term_handovers', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id),
  municipalityOrganisationId: organisationId('municipality_organisation_id'),
  referralId: uuid('referral_id')
    .notNull()
    .references(() => referrals.id),
  organisationId: organisationId(),
  userId: userId(),
  handedOverOn: date('handed_over_on').notNull(),
  /** The municipality contact's name and phone and a note. */
  sealed: bytea('sealed'),
});

export const cardNumberSeq = pgSequence('identification_card_number_seq', { startWith: 1 });

/** A Human Trafficking Victim Identification Card issued: the PDF is made from the case on demand. */
export const identificationCards = pgTable(
  'identification_cards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseId(),
    number: text('number').notNull().unique(),
    /** What the QR code carries: random, so a card's number cannot be guessed from another's. */
    token: text('token').notNull().unique(),
    organisationId: organisationId(),
    issuedByUserId: userId('issued_by_user_id'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    validUntil: date('valid_until').notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedByUserId: userId('revoked_by_user_id'),
    sealedReason: bytea('sealed_reason'),
    /** An expired card a newer one took the place of: no longer the case's current card. */
    replacedAt: timestamp('replaced_at', { withTimezone: true }),
  },
  (t) => [
    index('identification_cards_case_idx').on(t.caseId),
    // At most one current card per case, whatever races: a new one revokes or replaces the last.
    uniqueIndex('identification_cards_one_current_per_case')
      .on(t.caseId)
      .where(sql`${t.revokedAt} is null and ${t.replacedAt} is null`),
  ],
);

/** IOM's Migration Information Centre consultations (seed 003): anonymous unless a call-back is asked. */
export const consultations = pgTable(
  'consultations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    userId: userId(),
    on: date('on').notNull(),
    topics: jsonb('topics').$type<(typeof CONSULTATION_TOPICS)[number][]>().notNull(),
    channel: text('channel').notNull(),
    audience: text('audience').notNull(),
    country: text('country').notNull(),
    sealedContact: bytea('sealed_contact'),
    createdAt: createdAt(),
  },
  (t) => [index('consultations_org_on_idx').on(t.organisationId, t.on)],
);
