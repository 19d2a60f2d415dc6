import { ACCESS_REFUSALS } from '../../../../access/catalogue.ts';
import { ALERT_REFUSALS } from '../../../../alerts/catalogue.ts';
import { ASSISTANCE_REFUSALS } from '../../../../assistance/catalogue.ts';
import { CASE_REFUSALS } from '../../../../cases/catalogue.ts';
import { FUNDING_REFUSALS } from '../../../../funding/catalogue.ts';
import { PERSON_REFUSALS } from '../../../../people/catalogue.ts';
import { PROGRAMME_REFUSALS } from '../../../../programme/catalogue.ts';
import { REVIEW_REFUSALS } from '../../../../review/catalogue.ts';
import { RIGHTS_REFUSALS } from '../../../../rights/catalogue.ts';
import { ApiError } from '../../api.ts';
import { CONSENT_SCOPES } from '../../contract/cases.ts';

/**
 * Refusal codes worded under "errors.refused": every code the server's catalogues list (a test checks
 * each has words in both languages), and the few this app raises itself. "consent.<scope>" and
 * "requirements" are worded apart, below.
 */
export const SERVER_REFUSALS = [
  ...ACCESS_REFUSALS,
  ...CASE_REFUSALS,
  ...ASSISTANCE_REFUSALS,
  ...PERSON_REFUSALS,
  ...RIGHTS_REFUSALS,
  ...FUNDING_REFUSALS,
  ...PROGRAMME_REFUSALS,
  ...ALERT_REFUSALS,
  ...REVIEW_REFUSALS,
].filter((code) => code !== 'requirements' && !code.startsWith('consent.'));
/** The app's own: a service date it checks before sending, and a change that found the record changed. */
const APP_REFUSALS = ['service_in_future', 'service_before_case', 'stale'];
const WORDED = new Set<string>([...SERVER_REFUSALS, ...APP_REFUSALS]);

/** Codes of what is missing before a case can move, worded under "validation". */
const MISSING = new Set([
  'missing_reason',
  'missing_support_service',
  'missing_consent_to_referral',
  'missing_reconsideration',
]);

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
