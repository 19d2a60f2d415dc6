import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../access/tables.ts';
import { bytea, createdAt, updatedAt } from '../platform/columns.ts';
import type { AlertDeadline, AlertKind, Delivery } from './catalogue.ts';

// An alert is a line for one person: its kind, the case's reference, a deadline, a link. It holds
// nothing about the person the case is about, so it needs no sealing and outlives nothing: alerts
// are deleted after 90 days, e-mails once sent and a week old.

export const alerts = pgTable(
  'alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<AlertKind>().notNull(),
    /** No foreign key: a case's alerts may name it after it is anonymised; the reference says no more. */
    caseId: uuid('case_id'),
    caseReference: text('case_reference'),
    deadline: text('deadline').$type<AlertDeadline>(),
    dueAt: timestamp('due_at', { withTimezone: true }),
    /** Where in the staff app it leads ("/cases/…"). */
    link: text('link').notNull(),
    /**
     * What makes it once: a scheduled check that finds the same deadline again, or two server
     * processes finding it at the same moment, add nothing for a person already told.
     */
    onceKey: text('once_key'),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('alerts_user_created_idx').on(t.userId, t.createdAt),
    index('alerts_case_idx').on(t.caseId),
    uniqueIndex('alerts_once_idx').on(t.userId, t.onceKey).where(sql`${t.onceKey} is not null`),
  ],
);

/** Each person's choices: how each kind reaches them, and the hour of their daily e-mail (Vilnius time). */
export const alertSettings = pgTable('alert_settings', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  digestHour: integer('digest_hour').notNull().default(8),
  /** Kinds not named here keep the catalogue's delivery. */
  deliveries: jsonb('deliveries').$type<Partial<Record<AlertKind, Delivery>>>().notNull().default({}),
  updatedAt: updatedAt(),
});

/**
 * E-mails to send, written in the transaction that made their alert and sent after it commits. A
 * row is one line of a message: the lines due for one address go out together as one e-mail (a
 * daily digest, or a flood of alerts on one morning). A sender claims rows for a while before
 * sending, so two server processes never send the same row; a sender that dies leaves its claim to
 * run out, and the row is sent by the next.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    toAddress: text('to_address').notNull(),
    kind: text('kind').notNull(),
    caseReference: text('case_reference'),
    deadline: text('deadline').$type<AlertDeadline>(),
    dueAt: timestamp('due_at', { withTimezone: true }),
    link: text('link').notNull(),
    /** A link that is itself a secret (a password reset): sealed, and forgotten once sent. */
    sealedLink: bytea('sealed_link'),
    sendAfter: timestamp('send_after', { withTimezone: true }).notNull().defaultNow(),
    status: text('status').$type<'pending' | 'sent' | 'failed'>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('mail_outbox_due_idx').on(t.sendAfter).where(sql`${t.status} = 'pending'`),
    index('mail_outbox_status_idx').on(t.status, t.createdAt),
  ],
);
