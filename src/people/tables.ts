import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from '../access/tables.ts';
import { bytea, createdAt, updatedAt } from '../platform/columns.ts';

// Non-identifying facts stay in the clear (they drive statistics); identity is one sealed blob
// under the person's own data key.
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    sex: text('sex').notNull(),
    ageBand: text('age_band').notNull(),
    citizenshipPathway: text('citizenship_pathway').notNull(),
    disability: boolean('disability').notNull().default(false),
    sealedIdentity: bytea('sealed_identity'),
    blindIndex: text('blind_index'),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    /** Processing restricted by the data protection officer: the person's cases are kept, not changed. */
    restrictedAt: timestamp('restricted_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('people_org_idx').on(t.organisationId), index('people_blind_index_idx').on(t.blindIndex)],
);

/** Deleting a row here is crypto-shredding: the person's sealed identity can never be read again. */
export const personKeys = pgTable('person_keys', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id),
  wrappedKey: bytea('wrapped_key').notNull(),
  createdAt: createdAt(),
});

/**
 * Every time the data protection officer restricts or lifts the restriction of a person's data, with
 * the reason sealed under the person's key; the current state is people.restricted_at.
 */
export const personRestrictions = pgTable(
  'person_restrictions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    restricted: boolean('restricted').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    userId: uuid('user_id').references(() => users.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    sealedReason: bytea('sealed_reason'),
  },
  (t) => [index('person_restrictions_person_idx').on(t.personId, t.at)],
);
