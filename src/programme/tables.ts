import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, users } from '../access/tables.ts';
import { createdAt } from '../platform/columns.ts';
import type { AWARENESS_KINDS, FUNDING_SOURCES, PROFESSIONS, REPORT_PROGRESS } from './catalogue.ts';

// Trainings of professionals, awareness activities and the national action plan (seeds 003, 004).
// None of it is about a person: nothing here is sealed.

/** A training an organisation held, with how many of each profession took part. */
export const trainings = pgTable(
  'trainings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: uuid('organiser_id')
      .notNull()
      .references(() => organisations.id),
    heldOn: date('held_on').notNull(),
    topic: text('topic').notNull(),
    hours: numeric('hours', { precision: 5, scale: 1, mode: 'number' }).notNull(),
    audience: jsonb('audience')
      .$type<{ profession: (typeof PROFESSIONS)[number]; participants: number }[]>()
      .notNull(),
    fundingEur: numeric('funding_eur', { precision: 14, scale: 2, mode: 'number' }),
    fundingSource: text('funding_source').$type<(typeof FUNDING_SOURCES)[number]>(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('trainings_held_on_idx').on(t.heldOn, t.organiserId)],
);

/** A campaign, film, event or other awareness activity, with how many people it reached. */
export const awarenessActivities = pgTable(
  'awareness_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: uuid('organiser_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').$type<(typeof AWARENESS_KINDS)[number]>().notNull(),
    title: text('title').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    reach: integer('reach'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('awareness_starts_on_idx').on(t.startsOn, t.organiserId),
    check('awareness_ends_after_start', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
);

export type MeasureIndicator = { id: string; name: { lt: string; en: string }; target: number };

/** A measure of the national action plan, with its bodies, period, budget and indicators. */
export const actionPlanMeasures = pgTable(
  'action_plan_measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    titleLt: text('title_lt').notNull(),
    titleEn: text('title_en').notNull(),
    goalLt: text('goal_lt').notNull(),
    goalEn: text('goal_en').notNull(),
    responsibleId: uuid('responsible_id')
      .notNull()
      .references(() => organisations.id),
    /** Organisation ids, as a JSON array of strings. */
    coResponsibleIds: jsonb('co_responsible_ids').$type<string[]>().notNull().default([]),
    startsOn: date('starts_on').notNull(),
    deadline: date('deadline').notNull(),
    budgetEur: numeric('budget_eur', { precision: 14, scale: 2, mode: 'number' }),
    indicators: jsonb('indicators').$type<MeasureIndicator[]>().notNull(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('action_plan_measures_responsible_idx').on(t.responsibleId),
    check('action_plan_deadline_after_start', sql`${t.deadline} >= ${t.startsOn}`),
  ],
);

/** The responsible body's report on a measure for one year: one per year, never two. */
export const actionPlanReports = pgTable(
  'action_plan_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => actionPlanMeasures.id),
    year: integer('year').notNull(),
    progress: text('progress').$type<(typeof REPORT_PROGRESS)[number]>().notNull(),
    summary: text('summary').notNull(),
    spentEur: numeric('spent_eur', { precision: 14, scale: 2, mode: 'number' }),
    achieved: jsonb('achieved').$type<{ indicatorId: string; value: number }[]>().notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [unique('action_plan_reports_measure_year').on(t.measureId, t.year)],
);
