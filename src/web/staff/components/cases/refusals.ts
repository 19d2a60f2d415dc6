import { ApiError } from '../../api.ts';
import { CONSENT_SCOPES } from '../../types.ts';

/**
 * What the server says is missing before a case can move, as the validation codes the catalogues
 * word ("validation.missing_reason"); a phrase not listed here is shown as the server wrote it.
 */
const MISSING: Record<string, string> = {
  'a reason': 'missing_reason',
  'a support service on the case team (an accepted referral)': 'missing_support_service',
  "the person's consent to referral to the national point of contact": 'missing_consent_to_referral',
};

/** The server's refusals (in English), each with the catalogue key under "errors.refused" that words it. */
const REFUSALS: [RegExp, (match: RegExpExecArray) => string | null][] = [
  [
    /^First record the person's consent to this referral \((.+)\)\.$/,
    (m) => {
      const scope = (m[1] ?? '').replaceAll(' ', '_');
      return (CONSENT_SCOPES as readonly string[]).includes(scope) ? `consent.${scope}` : 'consent.any';
    },
  ],
  [/^An organisation cannot refer a case to itself/, () => 'self'],
  [/already has an open referral of this case for the same purpose/, () => 'already_referred'],
  [/^Formal identification applies to trafficking cases only/, () => 'trafficking_only'],
  [/^A reflection period is granted to third-country nationals/, () => 'reflection_third_country'],
  [/was erased/, () => 'erased'],
  [/^Only the organisation that holds this identity/, () => 'identity_elsewhere'],
  [/^The referral is \w+; only/, () => 'referral_answered'],
  [/^Your role cannot/, () => 'not_permitted'],
];

/**
 * A 409 that is a rule of the case rather than someone else's change, in the catalogue's words:
 * what is missing field by field, or why not; "not possible now" when the reason is not known.
 */
export function caseRefusal(error: ApiError): ApiError {
  const errors = error.problem.errors ?? [];
  if (errors.length > 0) {
    return new ApiError({
      ...error.problem,
      errors: errors.map((e) => ({ field: e.field, message: MISSING[e.message] ?? e.message })),
    });
  }
  const detail = error.problem.detail ?? '';
  for (const [pattern, key] of REFUSALS) {
    const match = pattern.exec(detail);
    const found = match ? key(match) : null;
    if (found) return new ApiError({ status: 409, code: `refused.${found}`, detail });
  }
  return new ApiError({ status: 409, code: 'not_possible', detail });
}

/** For a request outside a case page (`.catch(rethrowRefusal)`): a 409 is worded as a refusal. */
export function rethrowRefusal(error: unknown): never {
  throw error instanceof ApiError && error.status === 409 ? caseRefusal(error) : error;
}
