import { ALWAYS, readPhoneDescription } from './hsds.ts';
import type { Audience, LocationDoc, NeedCode, Schedule, ServiceDoc } from './model.ts';
import { SourceService } from './source.ts';

// One HSDS service of one language file, already valid against the standard's schema, read into
// what Atrama stores: the facts every language file repeats, and the texts of this language.

/** An HSDS service as the schema lets it be; only the fields Atrama reads. */
export type HsdsService = {
  id: string;
  organization_id?: string;
  organization?: { id: string };
  name: string;
  description?: string;
  url?: string;
  email?: string;
  status: string;
  eligibility_description?: string;
  fees_description?: string;
  phones?: { id: string; number: string; description?: string }[];
  schedules?: { freq?: string; byday?: string; opens_at?: string; closes_at?: string }[];
  service_areas?: { name?: string; extent_type?: string }[];
  languages?: { code?: string }[];
  service_at_locations?: { location_id?: string; location?: HsdsLocation }[];
  attributes?: { taxonomy_term_id?: string; taxonomy_term?: { id: string } }[];
};
type HsdsLocation = {
  id: string;
  name?: string;
  description?: string;
  addresses?: { address_1: string; city: string; postal_code: string }[];
};

export type ExistingService = {
  id: string;
  slug: string;
  organisationId: string;
  doc: ServiceDoc;
  needs: string[];
  audiences: string[];
  wordsText: string;
  nameText: string;
  publicLocationIds: string[];
};
export type ExistingLocation = {
  id: string;
  slug: string;
  organisationId: string;
  doc: LocationDoc;
  confidential: boolean;
};
/** What the database already holds, as far as an import needs to know it. */
export type Known = {
  organisations: ReadonlyMap<string, { nameLt: string; nameEn: string }>;
  needTerms: ReadonlyMap<string, NeedCode>;
  audienceTerms: ReadonlyMap<string, Audience>;
  needNames: ReadonlyMap<string, string[]>;
  services: ReadonlyMap<string, ExistingService>;
  locations: ReadonlyMap<string, ExistingLocation>;
};

type AreaKind = ServiceDoc['area']['kind'];
const AREA_KINDS: readonly string[] = SourceService.shape.area.shape.kind.options;
const DAYS = new Set(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:00)?$/;

/** What every language file must say alike about a service. */
export type ServiceFacts = {
  organisationId: string;
  needs: NeedCode[];
  audiences: Audience[];
  languages: string[];
  areaKind: AreaKind;
  schedule: Schedule | null;
  url: string | null;
  email: string | null;
  free: boolean;
  phones: { id: string; number: string; allDay: boolean }[];
  locationIds: string[];
};
export type ServiceTexts = {
  name: string;
  description?: string;
  eligibility?: string;
  areaName?: string;
  phoneLabels: Map<string, string | undefined>;
};
/** A location as one service of one file describes it (only when the file gives the location). */
export type LocationSeen = {
  id: string;
  field: string;
  name?: string;
  city?: string;
  address: string | null;
  postalCode: string | null;
};
export type ServiceReading = { facts: ServiceFacts; texts: ServiceTexts; locations: LocationSeen[] };
export type Report = (field: string, message: string) => void;

export function readService(service: HsdsService, known: Known, report: Report): ServiceReading {
  const organisationId = service.organization_id ?? service.organization?.id ?? '';
  if (!organisationId) report('organization_id', 'is required: every service belongs to an organisation');
  else if (!known.organisations.has(organisationId)) {
    report(
      'organization_id',
      `no organisation ${organisationId}: organisations are accounts, an import never creates one`,
    );
  }
  if (service.organization && service.organization.id !== organisationId) {
    report('organization.id', 'differs from organization_id');
  }
  if (service.status !== 'active') {
    report('status', `is "${service.status}": Atrama lists active services only; leave this one out`);
  }
  if (!service.description) report('description', 'is required: every service is described to the public');
  const phones = readPhones(service, report);
  const area = service.service_areas ?? [];
  if (area.length !== 1) report('service_areas', 'must hold exactly one service area');
  const areaKind = area[0]?.extent_type ?? '';
  if (area.length > 0 && !AREA_KINDS.includes(areaKind)) {
    report('service_areas.0.extent_type', `must be one of ${AREA_KINDS.join(', ')}`);
  }
  const languages = (service.languages ?? []).map((l) => l.code ?? '');
  if (languages.length === 0) report('languages', 'must name at least one language the service speaks');
  languages.forEach((code, i) => {
    if (!/^[a-z]{2}$/.test(code))
      report(`languages.${i}.code`, 'must be a two-letter code such as lt, en or ru');
  });
  const areaName = area[0]?.name;
  return {
    facts: {
      organisationId,
      ...readTerms(service, known, report),
      languages,
      areaKind: areaKind as AreaKind,
      schedule: readSchedule(service.schedules ?? [], report),
      url: service.url ?? null,
      email: service.email ?? null,
      free: Boolean(service.fees_description),
      phones: phones.map(({ label: _label, ...phone }) => phone),
      locationIds: (service.service_at_locations ?? []).map((s) => s.location_id ?? s.location?.id ?? ''),
    },
    texts: {
      name: service.name,
      description: service.description,
      eligibility: service.eligibility_description || undefined,
      // The export names an area without a name of its own by its kind.
      areaName: areaName && areaName !== areaKind ? areaName : undefined,
      phoneLabels: new Map(phones.map((p) => [p.number, p.label])),
    },
    locations: readLocations(service, known, report),
  };
}

function readTerms(service: HsdsService, known: Known, report: Report) {
  const needs = new Set<NeedCode>();
  const audiences = new Set<Audience>();
  (service.attributes ?? []).forEach((attribute, i) => {
    const termId = attribute.taxonomy_term_id ?? attribute.taxonomy_term?.id;
    const field = `attributes.${i}.taxonomy_term_id`;
    if (!termId) {
      report(field, 'is required');
      return;
    }
    if (attribute.taxonomy_term && attribute.taxonomy_term.id !== termId) {
      report(`attributes.${i}.taxonomy_term.id`, 'differs from taxonomy_term_id');
    }
    const need = known.needTerms.get(termId);
    const audience = known.audienceTerms.get(termId);
    if (need) needs.add(need);
    else if (audience) audiences.add(audience);
    else report(field, `${termId} is neither an Atrama need nor an audience term`);
  });
  if (needs.size === 0) report('attributes', 'must include at least one need term (taxonomy "Atrama needs")');
  if (audiences.size === 0) {
    report('attributes', 'must include at least one audience term (taxonomy "Atrama audiences")');
  }
  return { needs: [...needs], audiences: [...audiences] };
}

/** One weekly schedule, or none; every day from 00:00 to 23:59 is Atrama's "always". */
export function readSchedule(
  schedules: NonNullable<HsdsService['schedules']>,
  report: Report,
): Schedule | null {
  const [first] = schedules;
  if (!first) return null;
  if (schedules.length > 1) report('schedules', 'Atrama keeps one weekly schedule per service');
  let sound = true;
  const fail = (field: string, message: string) => {
    sound = false;
    report(`schedules.0.${field}`, message);
  };
  if (first.freq !== 'WEEKLY') fail('freq', 'must be WEEKLY');
  const days = (first.byday ?? '').split(',').map((d) => d.trim());
  if (!days.every((d) => DAYS.has(d)) || new Set(days).size !== days.length) {
    fail('byday', 'must list distinct days among MO,TU,WE,TH,FR,SA,SU');
  }
  for (const field of ['opens_at', 'closes_at'] as const) {
    if (!TIME.test(first[field] ?? '')) fail(field, 'must be a time from 00:00 to 23:59 (HH:MM)');
  }
  if (!sound) return null;
  const opens = first.opens_at!.slice(0, 5);
  const closes = first.closes_at!.slice(0, 5);
  if (days.length === DAYS.size && opens === ALWAYS.opens_at && closes === ALWAYS.closes_at) {
    return { kind: 'always' };
  }
  return { kind: 'weekly', days: days as ('MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU')[], opens, closes };
}

function readPhones(service: HsdsService, report: Report) {
  const seen = new Set<string>();
  return (service.phones ?? []).map((phone, i) => {
    const number = phone.number.trim();
    if (number.length < 3) report(`phones.${i}.number`, 'is too short for a phone number');
    if (seen.has(number)) report(`phones.${i}.number`, 'is listed twice');
    seen.add(number);
    return { id: phone.id, number, ...readPhoneDescription(phone.description) };
  });
}

function readLocations(service: HsdsService, known: Known, report: Report): LocationSeen[] {
  const seen: LocationSeen[] = [];
  const ids = new Set<string>();
  for (const [i, link] of (service.service_at_locations ?? []).entries()) {
    const id = link.location_id ?? link.location?.id;
    const field = `service_at_locations.${i}`;
    if (!id) {
      report(`${field}.location_id`, 'is required');
      continue;
    }
    if (ids.has(id)) report(`${field}.location_id`, 'is listed twice');
    ids.add(id);
    if (link.location && link.location.id !== id) report(`${field}.location.id`, 'differs from location_id');
    if (known.locations.get(id)?.confidential) {
      report(`${field}.location_id`, 'is a confidential location: an import never links or changes one');
      continue;
    }
    const location = link.location;
    if (!location) {
      if (!known.locations.has(id))
        report(`${field}.location`, `is required: location ${id} is new to Atrama`);
      continue;
    }
    const addresses = location.addresses ?? [];
    if (addresses.length > 1) report(`${field}.location.addresses`, 'Atrama keeps one address per location');
    const address = addresses[0];
    const city = address?.city || location.description || undefined;
    if (!known.locations.has(id)) {
      if (!address && !location.name)
        report(`${field}.location`, 'a new location needs an address or a name');
      else if (!city) {
        report(
          `${field}.location.description`,
          'a new location needs a city: addresses.0.city or description',
        );
      }
    }
    seen.push({
      id,
      field: `${field}.location`,
      name: location.name || undefined,
      city,
      address: address?.address_1 || null,
      postalCode: address?.postal_code || null,
    });
  }
  return seen;
}
