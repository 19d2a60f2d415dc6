import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { bytea, createdAt } from './columns.ts';

/** A known value sealed with the master key: start-up refuses keys that do not open it. */
export const keyChecks = pgTable('key_checks', {
  name: text('name').primaryKey(),
  sealed: bytea('sealed').notNull(),
  blindIndexProbe: text('blind_index_probe').notNull(),
  createdAt: createdAt(),
});

/**
 * The rate limits' counters on PostgreSQL, shared by every server process: a row per route and
 * client address holding the hits of its current window, counted in one upsert and deleted once
 * the window has passed (http/rate-limit-store.ts). Counters lost in a crash cost nothing, so the
 * table is unlogged: a count is not a write to the log and its flush.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limits_window_ends_at_idx').on(t.windowEndsAt)],
);
