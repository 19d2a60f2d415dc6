import { stableId } from './ids.ts';
import type { Audience, Language, LocationDoc, NeedDoc, Schedule, ServiceDoc } from './model.ts';

// Pure builders: stored directory records → HSDS 3.1 objects in one language. Confidential
// locations are dropped here as well as in the queries, so a mistake in one place is not a leak.

export const HSDS_VERSION = '3.1';
export const NEEDS_TAXONOMY_ID = stableId('taxonomy', 'needs');
export const AUDIENCES_TAXONOMY_ID = stableId('taxonomy', 'audiences');

type Texts = { lt: string; en: string; ru?: string; uk?: string };
/** The text in the asked language; Russian and Ukrainian fall back to English, then Lithuanian. */
export const pick = (text: Texts, lang: Language): string => text[lang] ?? text.en ?? text.lt;

export type ServiceRecord = {
  id: string;
  slug: string;
  organisationId: string;
  doc: ServiceDoc;
  needs: string[];
  audiences: string[];
  lastCheckedAt: Date;
  updatedAt: Date;
};
export type LocationRecord = {
  id: string;
  slug: string;
  organisationId: string;
  doc: LocationDoc;
  confidential: boolean;
};
export type NeedRecord = { id: string; code: string; doc: NeedDoc };
export type OrganisationContact = { kind: string; value: string; verified: boolean };
export type OrganisationRecord = {
  id: string;
  nameLt: string;
  nameEn: string;
  profile: { serves?: Texts | null; contacts?: OrganisationContact[] } | null;
};

export type Lookup = { needs: Map<string, NeedRecord>; organisations: Map<string, OrganisationRecord> };

const AUDIENCE_NAMES: Record<Audience, Record<Language, string>> = {
  anyone: { lt: 'Visi', en: 'Anyone', ru: 'Все', uk: 'Усі' },
  women: { lt: 'Moterys', en: 'Women', ru: 'Женщины', uk: 'Жінки' },
  men: { lt: 'Vyrai', en: 'Men', ru: 'Мужчины', uk: 'Чоловіки' },
  girls: { lt: 'Mergaitės', en: 'Girls', ru: 'Девочки', uk: 'Дівчата' },
  boys: { lt: 'Berniukai', en: 'Boys', ru: 'Мальчики', uk: 'Хлопці' },
  children: { lt: 'Vaikai', en: 'Children', ru: 'Дети', uk: 'Діти' },
  families_of_missing_persons: {
    lt: 'Dingusių žmonių šeimos',
    en: 'Families of missing persons',
    ru: 'Семьи пропавших без вести',
    uk: 'Родини зниклих безвісти',
  },
  victims_of_any_crime: {
    lt: 'Bet kokio nusikaltimo aukos',
    en: 'Victims of any crime',
    ru: 'Пострадавшие от любого преступления',
    uk: 'Постраждалі від будь-якого злочину',
  },
  third_country_nationals: {
    lt: 'Trečiųjų šalių piliečiai',
    en: 'Third-country nationals',
    ru: 'Граждане третьих стран',
    uk: 'Громадяни третіх країн',
  },
  eu_citizens: { lt: 'ES piliečiai', en: 'EU citizens', ru: 'Граждане ЕС', uk: 'Громадяни ЄС' },
  lithuanians_abroad: {
    lt: 'Lietuviai užsienyje',
    en: 'Lithuanians abroad',
    ru: 'Граждане Литвы за рубежом',
    uk: 'Громадяни Литви за кордоном',
  },
};

export const AUDIENCES = Object.keys(AUDIENCE_NAMES) as Audience[];

export function needTerm(need: NeedRecord, lang: Language) {
  return {
    id: need.id,
    code: need.code,
    name: pick(need.doc.name, lang),
    description: pick(need.doc.description, lang),
    taxonomy: 'Atrama needs',
    taxonomy_id: NEEDS_TAXONOMY_ID,
    language: lang,
  };
}

export function audienceTerm(audience: Audience, lang: Language) {
  return {
    id: stableId('audience', audience),
    code: audience,
    name: AUDIENCE_NAMES[audience][lang],
    description: AUDIENCE_NAMES[audience][lang],
    taxonomy: 'Atrama audiences',
    taxonomy_id: AUDIENCES_TAXONOMY_ID,
    language: lang,
  };
}

export function taxonomies(lang: Language) {
  const named = (id: string, lt: string, en: string, description: { lt: string; en: string }) => ({
    id,
    name: pick({ lt, en }, lang),
    description: pick(description, lang),
    version: '1',
  });
  return [
    named(NEEDS_TAXONOMY_ID, 'Pagalbos poreikiai', 'Needs for help', {
      lt: 'Ko žmogui reikia: skubios pagalbos, prieglobsčio, teisinės pagalbos ir kita.',
      en: 'What a person needs: emergency help, shelter, legal aid and more.',
    }),
    named(AUDIENCES_TAXONOMY_ID, 'Kam padedama', 'Who is helped', {
      lt: 'Kam paslauga skirta: moterims, vyrams, vaikams ir kitiems.',
      en: 'Who a service is for: women, men, children and others.',
    }),
  ];
}

/** How HSDS says "always open": every day, from the first minute to the last. */
export const ALWAYS = { byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59' } as const;

function schedule(id: string, serviceId: string, value: Schedule, lang: Language) {
  if (value.kind === 'always') {
    return {
      id,
      service_id: serviceId,
      freq: 'WEEKLY',
      ...ALWAYS,
      description: pick(
        {
          lt: 'Visą parą, 7 dienas per savaitę',
          en: '24 hours a day, 7 days a week',
          ru: 'Круглосуточно, без выходных',
          uk: 'Цілодобово, без вихідних',
        },
        lang,
      ),
    };
  }
  return {
    id,
    service_id: serviceId,
    freq: 'WEEKLY',
    byday: value.days.join(','),
    opens_at: value.opens,
    closes_at: value.closes,
  };
}

export const phoneId = (serviceSlug: string, number: string) => stableId('phone', `${serviceSlug}:${number}`);

const ALL_DAY = '24/7';
const SEPARATOR = ' · ';

/** A phone's HSDS description: its label, then "24/7" for a line that answers around the clock. */
export function phoneDescription(label: string | null, allDay: boolean): string | undefined {
  const parts = [label, allDay ? ALL_DAY : null].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(SEPARATOR) : undefined;
}

/** The label and the around-the-clock mark back out of a phone's HSDS description. */
export function readPhoneDescription(description: string | undefined): { label?: string; allDay: boolean } {
  if (!description) return { allDay: false };
  if (description === ALL_DAY) return { allDay: true };
  if (description.endsWith(`${SEPARATOR}${ALL_DAY}`)) {
    return { label: description.slice(0, -(SEPARATOR.length + ALL_DAY.length)), allDay: true };
  }
  return { label: description, allDay: false };
}

/** Organisations are named in Lithuanian and English; other languages read the English name. */
export const organisationName = (org: Pick<OrganisationRecord, 'nameLt' | 'nameEn'>, lang: Language) =>
  lang === 'lt' ? org.nameLt : org.nameEn;

function organisationSummary(org: OrganisationRecord, lang: Language) {
  const contacts = (org.profile?.contacts ?? []).filter((c) => c.verified);
  const email = contacts.find((c) => c.kind === 'email')?.value;
  const website = contacts.find((c) => c.kind === 'website')?.value;
  const name = organisationName(org, lang);
  return {
    id: org.id,
    name,
    description: org.profile?.serves ? pick(org.profile.serves, lang) : name,
    ...(email ? { email } : {}),
    ...(website ? { website } : {}),
  };
}

function location(loc: LocationRecord, lang: Language) {
  const { doc } = loc;
  return {
    id: loc.id,
    location_type: 'physical',
    organization_id: loc.organisationId,
    name: pick(doc.name, lang),
    description: doc.city,
    ...(doc.address
      ? {
          addresses: [
            {
              id: stableId('address', loc.slug),
              location_id: loc.id,
              address_1: doc.address,
              city: doc.city,
              state_province: '',
              postal_code: doc.postalCode ?? '',
              country: 'LT',
              address_type: 'physical',
            },
          ],
        }
      : {}),
  };
}

export function serviceAtLocation(serviceId: string, loc: LocationRecord, lang: Language) {
  return {
    id: stableId('service-at-location', `${serviceId}:${loc.id}`),
    service_id: serviceId,
    location_id: loc.id,
    location: location(loc, lang),
  };
}

/** The service as listed: its own fields and its organisation, nothing nested deeper. */
export function serviceSummary(service: ServiceRecord, lookup: Lookup, lang: Language) {
  const { doc } = service;
  const organisation = lookup.organisations.get(service.organisationId);
  return {
    id: service.id,
    organization_id: service.organisationId,
    name: pick(doc.name, lang),
    description: pick(doc.description, lang),
    ...(doc.url ? { url: doc.url } : {}),
    ...(doc.emails[0] ? { email: doc.emails[0] } : {}),
    status: 'active',
    ...(doc.eligibility ? { eligibility_description: pick(doc.eligibility, lang) } : {}),
    ...(doc.free
      ? {
          fees_description: pick(
            { lt: 'Nemokamai', en: 'Free of charge', ru: 'Бесплатно', uk: 'Безкоштовно' },
            lang,
          ),
        }
      : {}),
    assured_date: service.lastCheckedAt.toISOString().slice(0, 10),
    last_modified: service.updatedAt.toISOString(),
    ...(organisation ? { organization: organisationSummary(organisation, lang) } : {}),
  };
}

/** The fully nested service of GET /hsds/services/{id}. */
export function serviceFull(
  service: ServiceRecord,
  locations: LocationRecord[],
  lookup: Lookup,
  lang: Language,
) {
  const { doc } = service;
  const languageNames = new Intl.DisplayNames([lang], { type: 'language' });
  const attribute = (term: { id: string }, kind: string) => ({
    id: stableId('attribute', `${service.id}:${kind}:${term.id}`),
    link_id: service.id,
    link_type: 'service',
    link_entity: 'service',
    taxonomy_term_id: term.id,
    taxonomy_term: term,
  });
  return {
    ...serviceSummary(service, lookup, lang),
    phones: doc.phones.map((phone) => {
      const description = phoneDescription(
        phone.label ? pick(phone.label, lang) : null,
        phone.schedule?.kind === 'always',
      );
      return {
        id: phoneId(service.slug, phone.number),
        service_id: service.id,
        number: phone.number,
        type: 'voice',
        ...(description ? { description } : {}),
      };
    }),
    schedules: doc.schedule
      ? [schedule(stableId('schedule', service.slug), service.id, doc.schedule, lang)]
      : [],
    service_areas: [
      {
        id: stableId('service-area', service.slug),
        service_id: service.id,
        name: doc.area.name ? pick(doc.area.name, lang) : doc.area.kind,
        extent_type: doc.area.kind,
      },
    ],
    languages: doc.languages.map((code) => ({
      id: stableId('language', `${service.slug}:${code}`),
      service_id: service.id,
      code,
      name: languageNames.of(code) ?? code,
    })),
    service_at_locations: locations
      .filter((l) => !l.confidential)
      .map((l) => serviceAtLocation(service.id, l, lang)),
    attributes: [
      ...service.needs.flatMap((code) => {
        const need = lookup.needs.get(code);
        return need ? [attribute(needTerm(need, lang), 'need')] : [];
      }),
      ...(service.audiences as Audience[]).map((a) => attribute(audienceTerm(a, lang), 'audience')),
    ],
  };
}

export function organisationFull(
  org: OrganisationRecord,
  services: ReturnType<typeof serviceSummary>[],
  lang: Language,
) {
  const contacts = (org.profile?.contacts ?? []).filter((c) => c.verified);
  return {
    ...organisationSummary(org, lang),
    phones: contacts
      .filter((c) => c.kind === 'phone' || c.kind === 'hotline')
      .map((c) => ({
        id: stableId('organisation-phone', `${org.id}:${c.value}`),
        organization_id: org.id,
        number: c.value,
      })),
    services,
  };
}

export function page<T>(contents: T[], total: number, pageNumber: number, perPage: number) {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
