// The closed lists of data-subject rights that the staff web app uses. No imports: the web bundle
// takes this file as it is.

/** The languages a person may receive their data in: those of the public help finder. */
export const EXPORT_LANGUAGES = ['lt', 'en', 'ru', 'uk'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

/** The requests a data subject may make (GDPR Articles 15–18, 20 and 21). */
export const SUBJECT_REQUEST_KINDS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
] as const;
/** How the request reached the institution. */
export const SUBJECT_REQUEST_CHANNELS = [
  'letter',
  'email',
  'in_person',
  'phone',
  'through_support_service',
] as const;

/** Why a data protection officer's request is refused (409 with `refusal`). */
export const RIGHTS_REFUSALS = ['restriction_unchanged', 'request_answered'] as const;
export type RightsRefusal = (typeof RIGHTS_REFUSALS)[number];
declare module '../platform/errors.ts' {
  interface Refusals extends Record<RightsRefusal, true> {}
}
