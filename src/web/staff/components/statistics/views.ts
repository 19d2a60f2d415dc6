import type { Breakdown, Indicator } from './types.ts';

// How each indicator can be broken down, as src/statistics/indicators.ts defines it (a test keeps the
// two in step). 'natural' is the indicator's own breakdown where it has one that is not a common
// dimension (forms of exploitation, decisions, referral source and answer, consultation topics,
// professions trained, kinds of awareness activity, states of the action plan's measures).

export type View = Breakdown | 'natural';

const PERSON: Breakdown[] = ['sex', 'ageBand', 'pathway', 'municipality', 'crimeType'];

/** The views of each indicator, the one shown first leading. */
export const INDICATOR_VIEWS = {
  registered_victims: ['month', ...PERSON, 'organisation'],
  accepted_help: ['month', ...PERSON, 'organisation'],
  people_served: [...PERSON, 'serviceType', 'organisation', 'month'],
  services_given: ['serviceType', ...PERSON, 'organisation', 'month'],
  cases_opened: ['crimeType', 'sex', 'ageBand', 'pathway', 'municipality', 'month'],
  exploitation_forms: ['natural', ...PERSON, 'month'],
  trafficking_identification: ['natural', ...PERSON, 'month'],
  cooperation_decisions: ['natural', ...PERSON],
  reflection_periods: ['month', ...PERSON],
  returns: ['pathway', 'sex', 'ageBand', 'municipality', 'crimeType', 'organisation'],
  referrals: ['natural', ...PERSON, 'organisation'],
  days_to_first_service: [...PERSON],
  consultations: ['natural', 'month'],
  training_participants: ['natural', 'organisation', 'month'],
  trainings: ['natural', 'organisation', 'month'],
  awareness_activities: ['natural', 'organisation', 'month'],
  awareness_reach: ['natural', 'organisation', 'month'],
  action_plan_measures: ['natural', 'organisation'],
} as const satisfies Record<Indicator, readonly View[]>;

export const STATISTICS_INDICATORS = Object.keys(INDICATOR_VIEWS) as Indicator[];
export const BREAKDOWNS: readonly Breakdown[] = [...PERSON, 'serviceType', 'organisation', 'month'];

export function viewsOf(indicator: Indicator): readonly View[] {
  return INDICATOR_VIEWS[indicator];
}
