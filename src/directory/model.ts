import { z } from 'zod';
import { SourceSchedule, SourceService } from './source.ts';

export type { Audience, NeedCode } from './source.ts';

export const LANGUAGES = ['lt', 'en', 'ru', 'uk'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/**
 * Stored documents: what the loader writes to the JSONB columns and the builders read. A service
 * added by an HSDS import comes from no seed, so its list of seeds may be empty.
 */
export const ServiceDoc = SourceService.omit({ slug: true, organisation: true, locations: true }).extend({
  sourceSeeds: z.array(SourceService.shape.sourceSeeds.element),
});
export type ServiceDoc = z.infer<typeof ServiceDoc>;
export const LocationDoc = SourceService.shape.locations.element.omit({ slug: true, confidential: true });
export type LocationDoc = z.infer<typeof LocationDoc>;
export type Schedule = z.infer<typeof SourceSchedule>;
export type NeedDoc = { name: Record<Language, string>; description: { lt: string; en: string } };

export const MAX_PER_PAGE = 100;

const Page = z.coerce.number().int().min(1).max(100_000).default(1);
// Above the cap is capped, not refused: a client asking for too much still gets an answer.
const PerPage = z.coerce
  .number()
  .int()
  .min(1)
  .default(20)
  .transform((n) => Math.min(n, MAX_PER_PAGE));

const Common = { lang: Language.default('lt') };

export const ServiceQuery = z
  .object({
    ...Common,
    search: z.string().trim().max(200).optional(),
    taxonomy_term_id: z.uuid().optional(),
    organization_id: z.uuid().optional(),
    modified_after: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
    page: Page,
    per_page: PerPage,
    format: z.enum(['json', 'ndjson']).default('json'),
  })
  .strict();
export type ServiceQuery = z.infer<typeof ServiceQuery>;

export const ListQuery = z.object({ ...Common, page: Page, per_page: PerPage }).strict();
export const OneQuery = z.object(Common).strict();
export const HsdsIdParams = z.object({ id: z.uuid() });

const HsdsObject = z.looseObject({ id: z.string() });
export const HsdsPage = z.looseObject({
  total_items: z.number(),
  total_pages: z.number(),
  page_number: z.number(),
  size: z.number(),
  first_page: z.boolean(),
  last_page: z.boolean(),
  empty: z.boolean(),
  contents: z.array(HsdsObject),
});
export const HsdsOne = HsdsObject;
/** A term of one of the directory's taxonomies (needs, who is helped), in the language asked for. */
export const HsdsTaxonomyTerm = HsdsObject.extend({
  code: z.string(),
  name: z.string(),
  description: z.string(),
  taxonomy: z.string(),
  taxonomy_id: z.string(),
  language: Language,
});
export const HsdsTaxonomyTermPage = HsdsPage.extend({ contents: z.array(HsdsTaxonomyTerm) });
export const HsdsRoot = z.object({ version: z.string(), profile: z.string(), openapi_url: z.string() });

export const ReferralMapQuery = z.object({ lang: Language.default('lt') }).strict();
export const ReferralMap = z.object({
  items: z.array(
    z.object({
      organisation: z.object({ id: z.string(), name: z.string() }),
      needs: z.array(z.object({ code: z.string(), name: z.string() })),
      services: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  ),
});

export const StaffServiceQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    need: z.string().max(40).optional(),
    lang: Language.default('lt'),
  })
  .strict();

export const StaffService = z.object({
  id: z.string(),
  name: z.string(),
  organisation: z.object({ id: z.string(), name: z.string() }),
  needs: z.array(z.object({ code: z.string(), name: z.string() })),
  phones: z.array(z.object({ number: z.string(), label: z.string().nullable() })),
  emails: z.array(z.string()),
  url: z.string().nullable(),
  languages: z.array(z.string()),
  schedule: SourceSchedule.nullable(),
  takesReferrals: z.boolean(),
  lastCheckedAt: z.string(),
  stale: z.boolean(),
  canEdit: z.boolean(),
});
export const StaffServiceList = z.object({ items: z.array(StaffService) });

const PhoneNumber = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ]{1,24}$/, 'phone: write the number with digits and spaces, e.g. +370 5 123 4567.');

/** What an organisation may change about its own service; names and descriptions go through review. */
export const UpdateServiceInput = z
  .object({
    phones: z.array(z.object({ number: PhoneNumber, label: z.string().trim().max(120).nullable() })).max(10),
    emails: z.array(z.email({ message: 'email: enter an e-mail address such as name@example.lt.' })).max(10),
    url: z
      .url({ protocol: /^https?$/, message: 'url: enter a web address starting with https://' })
      .nullable(),
    languages: z
      .array(
        z.string().regex(/^[a-z]{2}$/, 'language_codes: use two-letter language codes such as lt, en, ru.'),
      )
      .min(1)
      .max(20),
    schedule: SourceSchedule.nullable(),
  })
  .partial()
  .strict();
export type UpdateServiceInput = z.infer<typeof UpdateServiceInput>;
