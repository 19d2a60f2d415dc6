import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, users } from '../access/tables.ts';
import { cases } from '../cases/tables.ts';
import { bytea, createdAt, updatedAt } from '../platform/columns.ts';

// A second look at a case's work (Primero's approvals, the UK NRM's reconsideration): a supervisor
// approves an organisation's needs assessment, plan or closure, and the national coordinator
// reconsiders an identification decision. Every word about the person is sealed under their key.

/** One named approver of an organisation: may approve colleagues' work, and their own only with `self`. */
export type NamedApprover = { userId: string; self: boolean };

/** What of an organisation's work needs approval, and whom besides its managers it names to approve. */
export const approvalSettings = pgTable('approval_settings', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id),
  subjects: text('subjects').array().notNull().default(sql`'{}'::text[]`),
  approvers: jsonb('approvers').$type<NamedApprover[]>().notNull().default([]),
  version: integer('version').notNull().default(0),
  updatedByUserId: uuid('updated_by_user_id').references(() => users.id),
  updatedAt: updatedAt(),
});

export const approvals = pgTable(
  'approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** The organisation whose work it is, and whose approvers decide. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** assessment | plan | closure */
    subject: text('subject').notNull(),
    /** The assessment or plan agreement approved; none for a closure. */
    subjectId: uuid('subject_id'),
    /** pending | approved | returned */
    status: text('status').notNull(),
    requestedByUserId: uuid('requested_by_user_id')
      .notNull()
      .references(() => users.id),
    /** What the step needs once approved, in codes and dates (a plan's review day). */
    detail: jsonb('detail').$type<{ reviewOn?: string }>().notNull().default({}),
    /** The closure's reason in the worker's words, kept for the step taken on approval. */
    sealedReason: bytea('sealed_reason'),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** The approver's comments to the worker. */
    sealedComments: bytea('sealed_comments'),
    version: integer('version').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index('approvals_case_idx').on(t.caseId, t.createdAt),
    index('approvals_pending_idx').on(t.organisationId).where(sql`${t.status} = 'pending'`),
    // One request of a kind waits at a time: two at once cannot both be decided.
    uniqueIndex('approvals_one_pending').on(t.caseId, t.subject).where(sql`${t.status} = 'pending'`),
  ],
);

/** A request to reconsider the identification decision, and the coordinator's decision on it. */
export const reconsiderations = pgTable(
  'reconsiderations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    requestedByUserId: uuid('requested_by_user_id')
      .notNull()
      .references(() => users.id),
    /** representative | team: who asks (staff record a representative's request on their behalf). */
    requestedBy: text('requested_by').notNull(),
    requestedOn: date('requested_on').notNull(),
    /** The decision asked to be reconsidered. */
    earlierOutcome: text('earlier_outcome').notNull(),
    sealedReasons: bytea('sealed_reasons'),
    /** pending | decided */
    status: text('status').notNull(),
    outcome: text('outcome'),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
    decidedOn: date('decided_on'),
    sealedDecisionReasons: bytea('sealed_decision_reasons'),
    createdAt: createdAt(),
  },
  (t) => [
    index('reconsiderations_case_idx').on(t.caseId, t.createdAt),
    uniqueIndex('reconsiderations_one_pending').on(t.caseId).where(sql`${t.status} = 'pending'`),
  ],
);
