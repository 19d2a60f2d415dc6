import { type SQL, sql } from 'drizzle-orm';
import { boolean, customType, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../access/tables.ts';
import { updatedAt } from '../platform/columns.ts';
import type { LocationDoc, NeedDoc, ServiceDoc } from './model.ts';

/** A text-search vector; written with to_tsvector('simple', …), read back as its text form. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

// The directory keeps each record as reviewed (multilingual JSON) and builds HSDS 3.1 objects per
// language when asked. Search reads a normalised text column (lower case, no accents, every language).

export const directoryNeeds = pgTable('directory_needs', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique(),
  doc: jsonb('doc').$type<NeedDoc>().notNull(),
  updatedAt: updatedAt(),
});

export const directoryServices = pgTable(
  'directory_services',
  {
    id: uuid('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    doc: jsonb('doc').$type<ServiceDoc>().notNull(),
    needs: text('needs').array().notNull(),
    audiences: text('audiences').array().notNull(),
    /** Every distinct word of the service in every language, lower case and without accents. */
    wordsText: text('words_text').notNull(),
    words: tsvector('words')
      .notNull()
      .generatedAlwaysAs((): SQL => sql`strip(to_tsvector('simple', ${directoryServices.wordsText}))`),
    /** Normalised names only (service and organisation, every language): ranks the matches. */
    nameText: text('name_text').notNull(),
    lastCheckedAt: timestamp('last_checked_at', { withTimezone: true }).notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('directory_services_org_idx').on(t.organisationId),
    index('directory_services_needs_idx').using('gin', t.needs),
    // Without the pending list, words loaded in bulk are in the index at once and searches use it.
    index('directory_services_words_idx').using('gin', t.words).with({ fastupdate: false }),
  ],
);

/**
 * The lexicon: each distinct word of the directory once, with a trigram index, so a misspelt word
 * finds its neighbours among a few thousand short words instead of inside every long text.
 */
export const directoryWords = pgTable('directory_words', { word: text('word').primaryKey() }, (t) => [
  index('directory_words_trgm').using('gin', t.word.op('gin_trgm_ops')).with({ fastupdate: false }),
]);

/** A confidential location (a shelter) is never part of any public answer. */
export const directoryLocations = pgTable('directory_locations', {
  id: uuid('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  doc: jsonb('doc').$type<LocationDoc>().notNull(),
  confidential: boolean('confidential').notNull(),
  updatedAt: updatedAt(),
});

export const directoryServiceLocations = pgTable(
  'directory_service_locations',
  {
    id: uuid('id').primaryKey(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => directoryServices.id, { onDelete: 'cascade' }),
    locationId: uuid('location_id')
      .notNull()
      .references(() => directoryLocations.id, { onDelete: 'cascade' }),
  },
  (t) => [index('directory_service_locations_service_idx').on(t.serviceId)],
);
