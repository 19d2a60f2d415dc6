// Plain lists shared by the server (Zod schemas, the access policy) and the staff web app, so
// neither keeps a copy that could drift. No imports: the web bundle takes this file as it is.

export const ROLES = [
  'first_responder',
  'case_worker',
  'organisation_manager',
  'national_coordinator',
  'return_officer',
  'consular_officer',
  'investigator',
  'compensation_officer',
  'statistician',
  'auditor',
  'administrator',
  'data_protection_officer',
] as const;
export type RoleName = (typeof ROLES)[number];

export const NRM_FUNCTIONS = [
  'first_contact',
  'national_contact_point',
  'support_service',
  'return_provider',
  'investigator',
  'compensation_authority',
  'municipality',
  'legal_aid',
  'witness_protection',
  'consular',
  'funding_authority',
] as const;

/** Roles an organisation manager may grant; national and oversight roles are the administrator's. */
export const GRANTABLE_BY_MANAGER: readonly RoleName[] = [
  'first_responder',
  'case_worker',
  'organisation_manager',
  'return_officer',
  'consular_officer',
  'investigator',
  'compensation_officer',
  'statistician',
];

/** The deployment requires a second factor for these roles, whatever the organisation says. */
export const TWO_FACTOR_ROLES: readonly RoleName[] = [
  'national_coordinator',
  'administrator',
  'data_protection_officer',
  'auditor',
];
