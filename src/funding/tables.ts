import { index, integer, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from '../access/tables.ts';
import { createdAt } from '../platform/columns.ts';

/** Money given to one organisation for one year under one programme or project. */
export const fundingAllocations = pgTable(
  'funding_allocations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    funderOrganisationId: uuid('funder_organisation_id')
      .notNull()
      .references(() => organisations.id),
    programme: text('programme').notNull(),
    nameLt: text('name_lt').notNull(),
    nameEn: text('name_en').notNull(),
    amountEur: numeric('amount_eur', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('funding_allocations_year_idx').on(t.year, t.organisationId)],
);
