// What the state funds for victims of crime (seeds 002 and 004): accredited help, and projects such as
// urgent social assistance, temporary housing, food and psychological consultations.
export const FUNDING_PROGRAMMES = [
  'accredited_assistance',
  'urgent_social_assistance',
  'temporary_housing',
  'food',
  'psychological_consultations',
  'other',
] as const;

/** Why a funding record is refused (409 with `refusal`). */
export const FUNDING_REFUSALS = ['not_funding_authority'] as const;
export type FundingRefusal = (typeof FUNDING_REFUSALS)[number];
declare module '../platform/errors.ts' {
  interface Refusals extends Record<FundingRefusal, true> {}
}
