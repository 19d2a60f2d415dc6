import { ApiError } from '../../api.ts';
import { CONSENT_SCOPES } from '../../contract/cases.ts';

/** Refusal codes the catalogues word under "errors.refused" ("consent.<scope>" included). */
const WORDED = new Set([
  'self',
  'already_referred',
  'trafficking_only',
  'reflection_third_country',
  'erased',
  'identity_elsewhere',
  'referral_answered',
  'not_permitted',
  'no_national_contact_point',
  'duplicate_resolved',
  'already_submitted',
  'already_decided',
  'restricted',
  // Assistance: the plan, services, return and the identification card.
  'overlap',
  'not_on_team',
  'not_provider',
  'plan_empty',
  'already_handed_over',
  'service_in_future',
  'service_before_case',
  'stale',
  'card_not_trafficking',
  'card_not_identified',
  'card_no_identity',
  'card_anonymised',
  'card_revoked',
  'card_expired',
  'card_identity_hidden',
  'card_identity_not_opened',
  // Organisations: the national point of contact is configured.
  'national_contact_point_configured',
  // Funding: only the funding ministry records an allocation.
  'not_funding_authority',
]);

/** Codes of what is missing before a case can move, worded under "validation". */
const MISSING = new Set(['missing_reason', 'missing_support_service', 'missing_consent_to_referral']);

/**
 * A 409 that is a rule of the case rather than someone else's change, in the catalogue's words, from
 * the stable code the server sends with it (`refusal`): what is missing field by field, or why not;
 * "not possible now" when the code is not known here.
 */
export function caseRefusal(error: ApiError): ApiError {
  const { refusal, missing, detail } = error.problem;
  if (refusal === 'requirements' && missing) {
    return new ApiError({
      ...error.problem,
      // A code this app does not know yet keeps the server's own words.
      errors: missing.split(' ').map((code, i) => ({
        field: 'transition',
        message: MISSING.has(code) ? code : (error.problem.errors?.[i]?.message ?? code),
      })),
    });
  }
  const consent = refusal?.startsWith('consent.') ? refusal.slice('consent.'.length) : null;
  if (consent !== null) {
    const key = (CONSENT_SCOPES as readonly string[]).includes(consent) ? consent : 'any';
    return new ApiError({ status: 409, code: `refused.consent.${key}`, detail });
  }
  if (refusal && WORDED.has(refusal))
    return new ApiError({ status: 409, code: `refused.${refusal}`, detail });
  return new ApiError({ status: 409, code: 'not_possible', detail });
}

/** For a request outside a case page (`.catch(rethrowRefusal)`): a 409 is worded as a refusal. */
export function rethrowRefusal(error: unknown): never {
  throw error instanceof ApiError && error.status === 409 ? caseRefusal(error) : error;
}
