import { z } from 'zod';
import { NrmFunction } from '../access/model.ts';
import { WEEKDAYS } from './catalogue.ts';

// The shipped directory as it is written and reviewed (src/directory/reviewed/directory.json):
// one file, every text in Lithuanian and English (Russian and Ukrainian for what the public
// finder shows), every service naming the seed it comes from. The loader turns it into HSDS 3.1.

const Text = z.object({ lt: z.string().min(1), en: z.string().min(1) }).strict();
/** Public-facing essentials: also in Russian and Ukrainian. */
const PublicText = z
  .object({ lt: z.string().min(1), en: z.string().min(1), ru: z.string().min(1), uk: z.string().min(1) })
  .strict();
const Seed = z.enum(['000', '001', '002', '003', '004']);
const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const NeedCode = z.enum([
  'emergency',
  'trafficking',
  'shelter',
  'emotional_support',
  'legal',
  'compensation',
  'protection',
  'consular',
  'return',
  'labour_exploitation',
  'missing_persons',
  'child_sexual_abuse',
  'domestic_violence',
  'migration_consultation',
]);

export type NeedCode = z.infer<typeof NeedCode>;

export const Audience = z.enum([
  'anyone',
  'women',
  'men',
  'girls',
  'boys',
  'children',
  'families_of_missing_persons',
  'victims_of_any_crime',
  'third_country_nationals',
  'eu_citizens',
  'lithuanians_abroad',
]);

export type Audience = z.infer<typeof Audience>;

const Day = z.enum(WEEKDAYS);
const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const SourceSchedule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('always') }).strict(),
  z.object({ kind: z.literal('weekly'), days: z.array(Day).min(1), opens: Time, closes: Time }).strict(),
]);

export const SourceService = z
  .object({
    slug: Slug,
    organisation: Slug,
    name: PublicText,
    description: PublicText,
    needs: z.array(NeedCode).min(1),
    audiences: z.array(Audience).min(1),
    eligibility: Text.nullable(),
    languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1),
    area: z
      .object({
        kind: z.enum(['nationwide', 'municipality', 'remote', 'abroad']),
        name: Text.nullable(),
      })
      .strict(),
    phones: z.array(
      z
        .object({
          number: z.string().min(3),
          label: PublicText.nullable(),
          /** A line whose own hours differ from the service's (e.g. a 24/7 hotline of a weekday office). */
          schedule: SourceSchedule.nullable(),
          free: z.boolean(),
        })
        .strict(),
    ),
    emails: z.array(z.string().min(3)),
    url: z.string().url().nullable(),
    schedule: SourceSchedule.nullable(),
    locations: z.array(
      z
        .object({
          slug: Slug,
          name: Text,
          city: z.string().min(1),
          address: z.string().min(1).nullable(),
          postalCode: z.string().nullable(),
          /** Shelters: never shown on any public page or API. */
          confidential: z.boolean(),
        })
        .strict(),
    ),
    free: z.boolean(),
    takesReferrals: z.boolean(),
    sourceSeeds: z.array(Seed).min(1),
  })
  .strict();

export const SourceDirectory = z
  .object({
    lastReviewed: z.iso.date(),
    needs: z.array(z.object({ code: NeedCode, name: PublicText, description: Text }).strict()),
    services: z.array(SourceService).min(1),
  })
  .strict();

export type SourceDirectory = z.infer<typeof SourceDirectory>;
export type SourceService = z.infer<typeof SourceService>;

/** The reviewed file of organisations and contacts taken from the seeds; each names its source. */
export const SeedOrganisation = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    name: Text,
    functions: z.array(NrmFunction).min(1),
    accredited: z.boolean(),
    sourceSeeds: z.array(Seed).min(1),
    serves: Text.nullable(),
    cities: z.array(z.string()),
    /** For a municipality's own body: which of Lithuania's 60 it is (ISO 3166-2:LT). */
    municipality: z
      .string()
      .regex(/^LT-\d{2}$/)
      .optional(),
    contacts: z.array(
      z
        .object({
          kind: z.enum(['phone', 'hotline', 'email', 'website', 'address']),
          value: z.string().min(1),
          hours: z.string().nullable(),
          label: Text.nullable(),
          verified: z.boolean(),
          unverifiedReason: z.string().nullable(),
          sourceSeed: Seed,
        })
        .strict()
        .refine((c) => c.verified === (c.unverifiedReason === null), {
          message: 'an unverified contact must say why, a verified one must not',
        }),
    ),
  })
  .strict();

export const SeedOrganisations = z.array(SeedOrganisation);
export type SeedOrganisation = z.infer<typeof SeedOrganisation>;
