import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from '../access/tables.ts';
import { createdAt } from '../platform/columns.ts';

/**
 * The register of data subjects' requests: what was asked, when and how it came, the case it is
 * about if known, and when it was answered. It names no one: the case reference says whose it is.
 */
export const subjectRequests = pgTable(
  'subject_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    channel: text('channel').notNull(),
    receivedOn: date('received_on').notNull(),
    dueOn: date('due_on').notNull(),
    caseReference: text('case_reference'),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id),
    recordedByOrganisationId: uuid('recorded_by_organisation_id').references(() => organisations.id),
    answeredOn: date('answered_on'),
    answeredByUserId: uuid('answered_by_user_id').references(() => users.id),
    createdAt: createdAt(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [index('subject_requests_due_idx').on(t.dueOn)],
);
