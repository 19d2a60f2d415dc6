import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea, createdAt, updatedAt } from '../platform/columns.ts';

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    nameLt: text('name_lt').notNull(),
    nameEn: text('name_en').notNull(),
    functions: text('functions').array().notNull(),
    accredited: boolean('accredited').notNull().default(false),
    requiresTwoFactor: boolean('requires_two_factor').notNull().default(false),
    sourceSeeds: text('source_seeds').array().notNull().default(sql`'{}'::text[]`),
    profile: jsonb('profile'),
    /** For a municipality's own body: which of the 60 (ISO 3166-2:LT code), so long-term help finds it. */
    municipalityCode: text('municipality_code'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // The national point of contact receives every consented trafficking referral with what it
    // carries: the database itself lets at most one organisation hold that function.
    uniqueIndex('organisations_one_national_contact_point')
      .on(sql`(true)`)
      .where(sql`${t.functions} @> array['national_contact_point']::text[]`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    totpSecretSealed: bytea('totp_secret_sealed'),
    totpPendingSealed: bytea('totp_pending_sealed'),
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    recoveryCodeHashes: text('recovery_code_hashes').array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    index('users_display_name_trgm').using('gin', sql`lower(${t.displayName}) gin_trgm_ops`),
  ],
);

/**
 * Failed tries per e-mail address (whether or not an account has it) and per account's second
 * factor, counted and locked in one statement so that parallel tries cannot slip past the limit.
 * The subject is a keyed hash: e-mails typed at the login page are not kept.
 */
export const loginThrottles = pgTable('login_throttles', {
  subject: text('subject').primaryKey(),
  attempts: integer('attempts').notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: text('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('memberships_user_org_role_key').on(t.userId, t.organisationId, t.role),
    index('memberships_org_idx').on(t.organisationId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    stage: text('stage').notNull(),
    membershipId: uuid('membership_id').references(() => memberships.id, { onDelete: 'set null' }),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    absoluteExpiresAt: timestamp('absolute_expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * "Forgot password?": a single-use token sent by e-mail, kept only as its hash, valid 30 minutes.
 * Using it sets the password, ends every session, and leaves the second factor as it was.
 */
export const passwordResets = pgTable(
  'password_resets',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('password_resets_user_idx').on(t.userId, t.createdAt)],
);
