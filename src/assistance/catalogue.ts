// The closed lists of assistance, shared by the server (Zod schemas, rules) and the staff web app.
// No imports: the web bundle takes this file as it is.

/** The languages a victim is informed in and a leaflet, plan or card is printed in. */
export const PRINT_LANGUAGES = ['lt', 'en', 'ru', 'uk'] as const;

/** How the rights were given (seed 002: inform the victim of their rights and who ensures them). */
export const RIGHTS_FORMS = ['spoken', 'leaflet', 'spoken_and_leaflet'] as const;

/**
 * The domains of the individual assessment (EU Victims' Rights Directive 2012/29/EU, art. 22), as
 * the needs a crime causes: each has a need, its urgency and a note.
 */
export const NEED_DOMAINS = [
  'safety',
  'accommodation',
  'health',
  'psychological',
  'legal',
  'financial',
  'employment',
  'family',
  'documents',
  'interpreter',
] as const;

export const URGENCIES = ['none', 'low', 'medium', 'high', 'immediate'] as const;
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;

/**
 * What a support service gives (seeds 000, 002 and 004); this is what the ministry counts. The
 * order is the order a case worker meets them in, most common first.
 */
export const SERVICE_TYPES = [
  'crisis_intervention',
  'emotional_support',
  'psychological_consultation',
  'social_worker_consultation',
  'legal_information',
  'accompaniment',
  'temporary_accommodation',
  'food',
  'material_help',
  'health_care',
  'interpreter',
  'travel',
  'return_assistance',
  'reintegration',
  'employment_help',
  'other',
] as const;

export const SERVICE_MODES = ['in_person', 'remote'] as const;

export const PLAN_ITEM_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;

/** IOM Vilnius's voluntary return help to third-country nationals, the eleven kinds of seed 000. */
export const RETURN_HELP_KINDS = [
  'return_consultations',
  'interpretation',
  'legal_consultations',
  'travel_documents',
  'travel_arrangements',
  'accommodation_and_food_before_departure',
  'transit_assistance',
  'meeting_at_origin',
  'pocket_allowance',
  'vulnerable_person_help',
  'reintegration_in_kind',
] as const;

export const RETURN_HELP_STATUSES = ['not_needed', 'to_do', 'in_progress', 'done'] as const;
export const RETURN_STATUSES = ['planning', 'travel_booked', 'returned', 'cancelled'] as const;

/** Who leads a return and with whom (seed 000), by citizenship pathway. */
export const RETURN_PARTNERS = [
  'lithuanian_consular_mission',
  'specialised_ngo',
  'police',
  'consulate_of_citizenship',
  'iom_vilnius',
] as const;

/** Protection of victims and witnesses (seed 001: the Witness and Victim Protection Service). */
export const PROTECTION_MEASURES = [
  'physical_protection',
  'restricted_personal_data',
  'special_means_of_protection',
  'anonymous_witness',
  'restraining_order',
  'other',
] as const;

export const LEGAL_STEP_KINDS = ['protection', 'primary_legal_aid', 'secondary_legal_aid'] as const;
export const LEGAL_STEP_STATUSES = ['requested', 'granted', 'refused', 'withdrawn'] as const;

export const INVESTIGATING_INSTITUTIONS = [
  'police',
  'prosecutor',
  'state_border_guard',
  'financial_crime_investigation',
  'foreign',
] as const;

/** How a pre-trial investigation ends (Code of Criminal Procedure): sent to court, terminated, joined, handed on. */
export const INVESTIGATION_OUTCOMES = [
  'sent_to_court',
  'terminated',
  'joined_to_another',
  'transferred',
] as const;

/**
 * The crimes the Fund for Victims of Crimes compensates (Law on Compensation of Damage Caused by
 * Violent Crimes): a life taken intentionally, health impaired, or a crime against a person's
 * freedom or sexual self-determination and integrity (trafficking is a crime against freedom).
 */
export const COMPENSATION_CRIMES = [
  'intentional_killing',
  'health_impairment',
  'crime_against_freedom',
  'crime_against_sexual_integrity',
  'property_crime',
  'other',
] as const;

/** Why a compensation claim cannot succeed (rules.ts compensationEligibility). */
export const ELIGIBILITY_REASONS = [
  'not_violent_crime',
  'crime_before_2005_07_01',
  'not_eu_citizen_or_resident',
] as const;

export const COMPENSATION_STATUSES = ['preparing', 'filed', 'granted', 'refused', 'withdrawn'] as const;

/** Why the police may see a case: the person's consent to contact with them, or criminal proceedings. */
export const POLICE_GROUNDS = ['consent', 'proceedings'] as const;

/** Where a claim sent from the case stands with the Ministry of Justice, which administers the Fund. */
export const CLAIM_STAGES = ['sent', 'received', 'documents_requested', 'decided'] as const;
/** The Ministry's decision: granted with an amount, refused with a reason, or an advance paid (e-Justice). */
export const CLAIM_DECISIONS = ['granted', 'refused', 'advance_payment'] as const;
/** What the Ministry records on a claim, in the order it usually comes. */
export const CLAIM_STEPS = ['receive', 'request_documents', 'decide'] as const;

/** IOM's Migration Information Centre (seed 003): what a returning Lithuanian asks about. */
export const CONSULTATION_TOPICS = [
  'social_security',
  'education',
  'health_insurance',
  'family_members',
  'employment',
  'other',
] as const;
export const CONSULTATION_CHANNELS = ['in_person', 'phone', 'email', 'online'] as const;
export const CONSULTATION_AUDIENCES = ['returning', 'considering_migration'] as const;

export const CARD_STATUSES = ['valid', 'revoked', 'expired'] as const;

/** Why no identification card can be issued for a case now (rules.ts cardRefusals). */
export const CARD_REFUSALS = [
  'card_not_trafficking',
  'card_not_identified',
  'card_no_identity',
  'restricted',
  'card_anonymised',
] as const;

/** The parts of assistance the case page shows, each as a tab. */
export const ASSISTANCE_TABS = [
  'rights',
  'assessment',
  'plan',
  'services',
  'return',
  'legal',
  'long_term',
  'card',
] as const;

/** Why a change to assistance is refused (409 with `refusal`). */
export const ASSISTANCE_REFUSALS = [
  'not_on_team',
  'overlap',
  'not_provider',
  'not_recorder',
  'plan_empty',
  'already_handed_over',
  'card_not_trafficking',
  'card_not_identified',
  'card_no_identity',
  'card_anonymised',
  'card_valid_exists',
  'card_revoked',
  'card_expired',
  'card_identity_hidden',
  'card_identity_not_opened',
  'claim_not_sent',
  'claim_sent',
  'claim_not_received',
  'claim_received',
  'claim_decided',
  'no_compensation_authority',
] as const;
export type AssistanceRefusal = (typeof ASSISTANCE_REFUSALS)[number];
declare module '../platform/errors.ts' {
  interface Refusals extends Record<AssistanceRefusal, true> {}
}
