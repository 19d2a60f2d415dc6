// Closed lists of the access domain.

/** Why an organisation's edit is refused (409 with `refusal`). */
export const ACCESS_REFUSALS = ['national_contact_point_configured'] as const;
export type AccessRefusal = (typeof ACCESS_REFUSALS)[number];
declare module '../platform/errors.ts' {
  interface Refusals extends Record<AccessRefusal, true> {}
}
