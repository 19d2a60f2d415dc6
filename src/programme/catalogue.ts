// Closed lists of trainings, awareness and the national action plan (seeds 003, 004), shared with the
// staff app. No imports: the web bundle takes this file as it is.

/**
 * Who a training is for. Seed 003 names social workers, police, prosecutors, teachers and child rights
 * protection specialists; seed 004 social workers, law enforcement officers, pedagogues and health
 * specialists; seed 000 the first-contact institutions: border guards, labour inspectors, consuls.
 */
export const PROFESSIONS = [
  'police',
  'border_guards',
  'labour_inspectors',
  'social_workers',
  'consuls',
  'prosecutors',
  'judges',
  'teachers',
  'child_rights_specialists',
  'health_specialists',
  'other',
] as const;

/** Where a training's money came from. */
export const FUNDING_SOURCES = [
  'state_budget',
  'municipal_budget',
  'eu_funds',
  'international_organisation',
  'own_funds',
  'other',
] as const;

/** Seed 003: public awareness campaigns, preventive films, events. */
export const AWARENESS_KINDS = ['campaign', 'film', 'event', 'other'] as const;

/** What the responsible body reports of a measure for a year. */
export const REPORT_PROGRESS = ['in_progress', 'done'] as const;

/** A measure as the national coordinator sees it (rules.ts `measureState`). */
export const MEASURE_STATES = ['planned', 'in_progress', 'late', 'done'] as const;

/** Why a programme record is refused (409 with `refusal`). */
export const PROGRAMME_REFUSALS = [
  'measure_code_exists',
  'report_exists',
  'report_year_outside_measure',
  'report_year_not_begun',
] as const;
export type ProgrammeRefusal = (typeof PROGRAMME_REFUSALS)[number];
declare module '../platform/errors.ts' {
  interface Refusals extends Record<ProgrammeRefusal, true> {}
}
