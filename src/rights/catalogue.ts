// The closed lists of data-subject rights that the staff web app uses. No imports: the web bundle
// takes this file as it is.

/** The languages a person may receive their data in: those of the public help finder. */
export const EXPORT_LANGUAGES = ['lt', 'en', 'ru', 'uk'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

/** Why a data protection officer's request is refused (409 with `refusal`). */
export const RIGHTS_REFUSALS = ['restriction_unchanged'] as const;
export type RightsRefusal = (typeof RIGHTS_REFUSALS)[number];
declare module '../platform/errors.ts' {
  interface Refusals extends Record<RightsRefusal, true> {}
}
