import { z } from 'zod';
import { OrganisationName } from '../cases/model.ts';
import { FUNDING_PROGRAMMES } from './catalogue.ts';

export const FundingProgramme = z.enum(FUNDING_PROGRAMMES);
const Year = z.coerce.number().int().min(2000).max(2100);

export const FundingQuery = z.object({ year: Year });

export const AllocationInput = z.object({
  year: Year,
  organisationId: z.uuid(),
  programme: FundingProgramme,
  name: z.object({ lt: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) }),
  amountEur: z.number().positive().max(100_000_000).multipleOf(0.01),
});

export const AllocationView = z.object({
  id: z.uuid(),
  year: z.number().int(),
  organisation: OrganisationName,
  programme: FundingProgramme,
  name: z.object({ lt: z.string(), en: z.string() }),
  amountEur: z.number(),
  services: z.number().int(),
  people: z.number().int(),
  /** Null until something was delivered under it. */
  costPerService: z.number().nullable(),
  costPerPerson: z.number().nullable(),
});

export const FundingView = z.object({
  year: z.number().int(),
  items: z.array(AllocationView),
  totals: z.object({
    amountEur: z.number(),
    services: z.number().int(),
    people: z.number().int(),
    costPerService: z.number().nullable(),
    costPerPerson: z.number().nullable(),
    /** Services the funded organisations gave that year under no allocation. */
    servicesWithoutAllocation: z.number().int(),
  }),
});
