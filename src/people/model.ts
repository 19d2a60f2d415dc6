import { z } from 'zod';
import { AGE_BANDS, CITIZENSHIP_PATHWAYS, SEXES } from './catalogue.ts';

export const Sex = z.enum(SEXES);
export const AgeBand = z.enum(AGE_BANDS);
export const CitizenshipPathway = z.enum(CITIZENSHIP_PATHWAYS);

/** Identity fields: sealed under the person's own key, never stored or logged in the clear. */
export const Identity = z.object({
  givenName: z.string().trim().min(1).max(120),
  familyName: z.string().trim().max(120).optional(),
  birthDate: z.iso.date().optional(),
  documents: z
    .array(z.object({ kind: z.string().trim().min(1).max(60), number: z.string().trim().min(1).max(60) }))
    .max(10)
    .optional(),
  contacts: z
    .array(z.object({ kind: z.enum(['phone', 'email', 'other']), value: z.string().trim().min(1).max(200) }))
    .max(10)
    .optional(),
  address: z.string().trim().max(500).optional(),
  notes: z.string().trim().max(5000).optional(),
});
export type Identity = z.infer<typeof Identity>;

export const CreatePersonInput = z.object({
  sex: Sex,
  ageBand: AgeBand,
  citizenshipPathway: CitizenshipPathway,
  disability: z.boolean().default(false),
  identity: Identity.optional(),
});

const PersonFacts = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  sex: Sex,
  ageBand: AgeBand,
  citizenshipPathway: CitizenshipPathway,
  disability: z.boolean(),
  anonymous: z.boolean(),
  erased: z.boolean(),
  createdAt: z.string(),
});

export const PersonSummary = PersonFacts;
export const PersonList = z.object({ items: z.array(PersonSummary) });
export const PersonView = PersonFacts.extend({ identity: Identity.nullable() });
export type PersonView = z.infer<typeof PersonView>;
