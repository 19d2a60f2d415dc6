import { z } from 'zod';
import { SERVICE_TYPES } from '../assistance/catalogue.ts';
import { OTHER_CRIMES } from '../cases/catalogue.ts';
import { Municipality } from '../cases/model.ts';
import { AgeBand, CitizenshipPathway, Sex } from '../people/model.ts';

// What the statistics answer: a period, filters, and a breakdown, each checked at the edge.

/** A crime type: trafficking, or one of the other crimes of seed 002. */
export const CrimeType = z.enum(['trafficking', ...OTHER_CRIMES]);
export const BREAKDOWNS = [
  'sex',
  'ageBand',
  'pathway',
  'municipality',
  'crimeType',
  'serviceType',
  'organisation',
  'month',
] as const;
export const Breakdown = z.enum(BREAKDOWNS);
export type Breakdown = z.infer<typeof Breakdown>;

export const INDICATORS = [
  'registered_victims',
  'accepted_help',
  'people_served',
  'services_given',
  'cases_opened',
  'exploitation_forms',
  'trafficking_identification',
  'cooperation_decisions',
  'reflection_periods',
  'returns',
  'referrals',
  'days_to_first_service',
  'consultations',
  'training_participants',
  'trainings',
  'awareness_activities',
  'awareness_reach',
  'action_plan_measures',
] as const;
export const Indicator = z.enum(INDICATORS);
export type Indicator = z.infer<typeof Indicator>;

const Day = z.iso.date();

/** The filters every figure can take; the period is required and runs from `from` to `to` inclusive. */
export const StatisticsFilter = z
  .object({
    from: Day,
    to: Day,
    /** ISO 3166-2:LT code; a municipality's name is read as its code. */
    municipality: Municipality.optional(),
    crimeType: CrimeType.optional(),
    sex: Sex.optional(),
    ageBand: AgeBand.optional(),
    pathway: CitizenshipPathway.optional(),
    serviceType: z.enum(SERVICE_TYPES).optional(),
  })
  .refine((f) => f.from <= f.to, {
    message: 'ends_before_start: the period must not end before it starts',
    path: ['to'],
  })
  .refine((f) => Date.parse(f.to) - Date.parse(f.from) <= 20 * 366 * 86_400_000, {
    message: 'period_too_long: a period is at most twenty years',
    path: ['to'],
  });
export type StatisticsFilter = z.infer<typeof StatisticsFilter>;

export const BreakdownQuery = z
  .object({ indicator: Indicator, by: Breakdown.optional() })
  .and(StatisticsFilter);

export const ExportQuery = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    indicator: Indicator.optional(),
    by: Breakdown.optional(),
    /** For publication: counts from 1 to threshold − 1 hidden, with what would give them away. */
    threshold: z.coerce.number().optional(),
  })
  .and(StatisticsFilter);

/** The yearly table of seed 002, computed from the records. */
export const SeedTable = z.object({
  registeredVictims: z.number().int(),
  acceptedHelp: z.number().int(),
  peopleServed: z.number().int(),
  women: z.number().int(),
  men: z.number().int(),
  children: z.number().int(),
  otherOrUnknownSex: z.number().int(),
  withDisability: z.number().int(),
  anonymous: z.number().int(),
  servicesGiven: z.number().int(),
  servicesPerPerson: z.number(),
});
export type SeedTable = z.infer<typeof SeedTable>;

export const BreakdownRow = z.object({ key: z.string(), value: z.number() });
export const BreakdownView = z.object({
  indicator: Indicator,
  by: z.string(),
  rows: z.array(BreakdownRow),
  total: z.number(),
});
export type BreakdownView = z.infer<typeof BreakdownView>;

export const SummaryView = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  /** The organisation the figures are limited to (an organisation manager's own), or null for all. */
  organisationId: z.string().nullable(),
  table: SeedTable,
});

const Shown = z.number().nullable();
const ShownRows = z.object({ rows: z.array(z.object({ key: z.string(), value: Shown })), total: Shown });

/** What anyone may see: a hidden count is null. */
export const PublicStatistics = z.object({
  year: z.number().int(),
  threshold: z.number().int(),
  table: z.object(
    Object.fromEntries(Object.keys(SeedTable.shape).map((k) => [k, Shown])) as Record<
      keyof SeedTable,
      typeof Shown
    >,
  ),
  servicesByType: ShownRows,
  casesByCrimeType: ShownRows,
  peopleBySexAndAge: z.object({
    ageGroups: z.array(z.string()),
    sexes: z.array(z.string()),
    cells: z.array(z.array(Shown)),
    rowTotals: z.array(Shown),
    columnTotals: z.array(Shown),
    total: Shown,
  }),
});

export const PublicQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const OpenDataQuery = z
  .object({ k: z.coerce.number().optional(), part: z.enum(['file', 'report']).default('file') })
  .and(StatisticsFilter);

const ClassSizes = z.array(z.object({ size: z.number().int(), classes: z.number().int() }));

/**
 * What the open-data file generalised and dropped so that every combination of quasi-identifiers
 * describes at least k cases.
 */
export const OpenDataReport = z.object({
  k: z.number().int(),
  /** The share of rows that could be dropped rather than generalise further. */
  budget: z.number(),
  rows: z.number().int(),
  kept: z.number().int(),
  dropped: z.number().int(),
  /** The hierarchy level each quasi-identifier was published at (0: as recorded). */
  levels: z.record(z.string(), z.number().int()),
  /** Classes of the rows as recorded, and of the rows published. */
  before: ClassSizes,
  after: ClassSizes,
  period: z.object({ from: z.string(), to: z.string() }),
  quasiIdentifiers: z.array(z.string()),
  smallestClass: z.number().int(),
});
