// The closed lists of a case, shared by the server (Zod schemas, rules) and the staff web app, so
// neither keeps a copy that could drift. No imports: the web bundle takes this file as it is.
// Where HTCDS 2.0 has a field, its value names are used as codes (standards/htcds-2.0).

export const CASE_KINDS = ['trafficking', 'other_crime'] as const;

/** HTCDS vic_TypeOfExploitation, plus forced criminality, which Lithuanian practice names apart. */
export const EXPLOITATION_FORMS = [
  'SexualExploitation',
  'ForcedLabour',
  'ForcedCriminality',
  'ForcedBegging',
  'ForcedMarriage',
  'OrganRemoval',
  'Servitude',
  'ChildLabour',
  'ForcedAdoption',
  'Surrogacy',
  'Other',
] as const;

/** Crimes other than trafficking that bring a victim to a support service (seed 002). */
export const OTHER_CRIMES = [
  'violent_crime',
  'domestic_violence',
  'sexual_violence',
  'child_sexual_abuse',
  'robbery_or_theft',
  'fraud',
  'hate_crime',
  'other',
] as const;

/**
 * Indicators grouped as the standard indicator lists group them. An indicator that HTCDS codes as a
 * method of control (vic_MethodsOfControl) carries that code; the others are Atrama's.
 */
export const INDICATOR_GROUPS = {
  general: [
    'WithholdsDocuments',
    'FalsePromises',
    'DebtBondage',
    'RestrictsMovement',
    'PhysicalThreats',
    'ThreatensChildrenFamily',
    'ThreatsLawEnforcement',
    'PhysicalAbuse',
    'PsychologicalAbuse',
    'FearfulOrAnxious',
    'NoKnowledgeOfAddress',
    'SomeoneSpeaksForThem',
  ],
  labour: [
    'ExcessiveWorkingHours',
    'TakesEarnings',
    'UnpaidOrUnderpaid',
    'LivesAtWorkplace',
    'WithholdsNecessities',
    'NoContract',
  ],
  sexual: ['SexualAbuse', 'MovedBetweenBrothels', 'AdvertisedOnline', 'NoAccessToEarnings'],
  begging_and_criminality: ['HandsOverTakings', 'ForcedToCommitCrimes', 'MovedDaily'],
  child: ['UnaccompaniedMinor', 'NoSchooling', 'AdultNotParent', 'PsychoactiveSubstance'],
} as const;

export type IndicatorGroup = keyof typeof INDICATOR_GROUPS;
export const INDICATORS = Object.values(INDICATOR_GROUPS).flat();

export const URGENT_NEEDS = ['medical', 'shelter', 'safety', 'food', 'clothing', 'interpreter'] as const;

/** Where and how the person was met: who the first-contact institution is (seeds 000 and 002). */
export const FIRST_CONTACT_KINDS = [
  'police',
  'border_guard',
  'labour_inspectorate',
  'consular_mission',
  'ngo',
  'prosecutor_or_court',
  'emergency_line_112',
  'municipality',
  'social_services',
  'school',
  'health_care',
  'child_rights_service',
  'self_referral',
] as const;

export const CONSENT_SCOPES = [
  'referral_to_national_contact_point',
  'referral_to_support_service',
  'share_identity',
  'contact_by_phone',
  /** Contact with the police about the crime: what lets a pre-trial investigator see the case. */
  'contact_with_law_enforcement',
  /** Sending a claim for compensation to the Ministry of Justice. */
  'compensation_claim',
] as const;

export const CONSENT_METHODS = ['spoken', 'signed'] as const;

/**
 * What the intake records for each consent: given (spoken or signed), refused, or not asked. A refusal
 * and a question not asked are kept apart: the statistics count refusals, and a question not asked may
 * still be asked later, while a refusal is asked again only if the person raises it.
 */
export const CONSENT_ANSWERS = ['not_asked', 'refused', ...CONSENT_METHODS] as const;

/** The languages a person may speak, by their ISO 639-1 codes. Pure, shared with the staff app. */
export const LANGUAGE_CODES = (
  'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ' +
  'ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ' +
  'ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi ' +
  'mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw ' +
  'sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ' +
  'ur uz ve vi vo wa wo xh yi yo za zh zu'
).split(' ');

/** Whether a code is an ISO 639-1 language code (lower case). */
export function isLanguageCode(code: string): boolean {
  return LANGUAGE_CODES.includes(code);
}

export const REFERRAL_PURPOSES = [
  'identification',
  'assistance',
  'shelter',
  'return',
  'legal_aid',
  'protection',
  'compensation',
  'child_protection',
  'long_term_assistance',
  'investigation',
] as const;

export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'completed', 'withdrawn'] as const;

export const IDENTIFICATION_OUTCOMES = ['identified', 'not_identified', 'more_information_needed'] as const;
export const COOPERATION_OUTCOMES = ['yes', 'no', 'not_yet'] as const;
export const RESIDENCE_PERMIT_STATUSES = ['not_applied', 'applied', 'granted', 'refused'] as const;

export const TRAFFICKING_STATES = [
  'presumed',
  'referred',
  'identified',
  'not_identified',
  'assistance',
  'return',
  'long_term',
  'closed',
] as const;

export const OTHER_CRIME_STATES = [
  'contact',
  'rights_informed',
  'needs_assessed',
  'plan_agreed',
  'services',
  'closed',
] as const;

export const CASE_STATES = [...new Set([...TRAFFICKING_STATES, ...OTHER_CRIME_STATES])];

/** What a member of staff may ask for on a case; decisions and referrals move it too (below). */
export const TRANSITIONS = [
  'refer_to_national_contact_point',
  'start_assistance',
  'start_return',
  'start_long_term',
  'inform_rights',
  'assess_needs',
  'agree_plan',
  'start_services',
  'close',
  'reopen',
] as const;

/** Every way a case moves: the transitions asked for, and those a decision or a merge makes. */
export const WORKFLOW_ACTIONS = [
  ...TRANSITIONS,
  'record_identified',
  'record_not_identified',
  'merge_into_earlier',
] as const;

export const DEADLINE_KINDS = [
  'referral_response',
  'identification_decision',
  'reflection_period_end',
  'plan_review',
  'follow_up',
] as const;

export const NOTE_VISIBILITIES = ['team', 'organisation'] as const;

/** The European Union's member states other than Lithuania (ISO 3166-1 alpha-2). */
export const EU_MEMBER_STATES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const;

export type Pathway = 'lithuanian' | 'eu' | 'third_country' | 'unknown';

/**
 * Citizenship sets the return and residence pathway (seed 000): home, EU citizen, third country.
 * Without a citizenship, the pathway the officer chose (or unknown). Pure, shared with the staff app.
 */
export function pathwayOf(citizenship: string | undefined, given?: Pathway): Pathway {
  if (!citizenship) return given ?? 'unknown';
  if (citizenship === 'LT') return 'lithuanian';
  return (EU_MEMBER_STATES as readonly string[]).includes(citizenship) ? 'eu' : 'third_country';
}

/** The parts organisations take on a case team (rules.ts teamRoleOf, and the child rights service). */
export const TEAM_ROLES = [
  'first_contact',
  'national_contact_point',
  'support_service',
  'return_provider',
  'protection',
  'legal',
  'child_protection',
  'investigation',
] as const;

/** What a case's timeline records: every event type the server writes. */
export const CASE_EVENTS = [
  'case_opened',
  'team_joined',
  'handed_over',
  'state_changed',
  'consent_given',
  'consent_withdrawn',
  'referral_sent',
  'referral_accepted',
  'referral_declined',
  'referral_completed',
  'referral_withdrawn',
  'identity_added',
  'identity_corrected',
  'identity_opened',
  'identification_decided',
  'reconsideration_requested',
  'reconsideration_decided',
  'cooperation_decided',
  'reflection_period_started',
  'residence_permit_changed',
  'note_added',
  'document_added',
  'duplicate_suspected',
  'duplicate_linked',
  'duplicate_dismissed',
  'duplicate_merged',
  'anonymised',
  'rights_given',
  'needs_assessed',
  'plan_item_added',
  'plan_item_changed',
  'plan_agreed',
  'services_recorded',
  'service_corrected',
  'service_removed',
  'return_updated',
  'investigation_linked',
  'legal_step_added',
  'legal_step_changed',
  'compensation_updated',
  'compensation_sent',
  'compensation_received',
  'compensation_documents_requested',
  'compensation_decided',
  'protection_answered',
  'long_term_handed_over',
  'follow_up_set',
  'card_issued',
  'card_revoked',
  'responsible_changed',
  'approval_requested',
  'approval_decided',
] as const;

/** Why a change to a case is refused (409 with `refusal`): the staff app words each one. */
export const CASE_REFUSALS = [
  'not_available',
  'not_permitted',
  'requirements',
  'trafficking_only',
  'already_decided',
  'reflection_third_country',
  'duplicate_resolved',
  'identity_elsewhere',
  'already_submitted',
  'self',
  'consent.referral_to_national_contact_point',
  'consent.referral_to_support_service',
  'consent.contact_with_law_enforcement',
  'consent.compensation_claim',
  'already_referred',
  'referral_answered',
  'no_national_contact_point',
  'responsible_not_eligible',
  'responsible_unchanged',
  'reason_required',
] as const;
export type CaseRefusal = (typeof CASE_REFUSALS)[number];
declare module '../platform/errors.ts' {
  interface Refusals extends Record<CaseRefusal, true> {}
}
