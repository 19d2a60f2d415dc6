import type { SeedTable } from './model.ts';

/**
 * The yearly table as seed 002 words it, in its order: registered, of whom accepted help; people
 * given services, of whom women, men, children (and the rest), with disabilities, anonymous;
 * services, per person. `part` marks a row that is a part of the row above it.
 */
export const SEED_TABLE_ROWS: readonly { key: keyof SeedTable; part: boolean }[] = [
  { key: 'registeredVictims', part: false },
  { key: 'acceptedHelp', part: true },
  { key: 'peopleServed', part: false },
  { key: 'women', part: true },
  { key: 'men', part: true },
  { key: 'children', part: true },
  { key: 'otherOrUnknownSex', part: true },
  { key: 'withDisability', part: true },
  { key: 'anonymous', part: true },
  { key: 'servicesGiven', part: false },
  { key: 'servicesPerPerson', part: false },
];
