import { pgTable, text } from 'drizzle-orm/pg-core';
import { bytea, createdAt } from './columns.ts';

/** A known value sealed with the master key: start-up refuses keys that do not open it. */
export const keyChecks = pgTable('key_checks', {
  name: text('name').primaryKey(),
  sealed: bytea('sealed').notNull(),
  blindIndexProbe: text('blind_index_probe').notNull(),
  createdAt: createdAt(),
});
