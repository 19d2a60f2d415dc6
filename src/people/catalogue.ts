// The closed lists of a person's non-identifying facts, shared by the server (Zod schemas) and the
// staff web app. No imports: the web bundle takes this file as it is.

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;

export const AGE_BANDS = [
  '0-13',
  '14-17',
  '18-24',
  '25-34',
  '35-44',
  '45-54',
  '55-64',
  '65+',
  'unknown',
] as const;

/** Which rules of residence apply to the person: a Lithuanian, an EU citizen or a third-country national. */
export const CITIZENSHIP_PATHWAYS = ['lithuanian', 'eu', 'third_country', 'unknown'] as const;

/** Why nothing may be written about a person (409 with `refusal`). */
export const PERSON_REFUSALS = ['restricted', 'erased'] as const;
export type PersonRefusal = (typeof PERSON_REFUSALS)[number];
declare module '../platform/errors.ts' {
  interface Refusals extends Record<PersonRefusal, true> {}
}
