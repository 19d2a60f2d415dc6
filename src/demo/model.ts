import { z } from 'zod';
import { NrmFunction } from '../access/model.ts';

const Text = z.object({ lt: z.string().min(1), en: z.string().min(1) });
const Seed = z.enum(['000', '001', '002', '003', '004']);

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
