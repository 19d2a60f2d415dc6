import { isDeepStrictEqual } from 'node:util';
import { normaliseForIndex } from '../platform/crypto/sealing.ts';
import { type LanguageReading, type MergedService, mergeService } from './hsds-merge.ts';
import { type HsdsService, type Known, type LocationSeen, readService } from './hsds-read.ts';
import type { HsdsValidators } from './hsds-schema.ts';
import type { RecordProblem } from './import.ts';
import { LANGUAGES, type Language, type LocationDoc } from './model.ts';

// An HSDS 3.1 dataset, one file per language, checked record by record against the standard and
// against what Atrama can hold, then turned into the services and locations to upsert.

export type DatasetFile = { file: string; raw: unknown };
export type PlannedService = MergedService & { slug: string; isNew: boolean };
export type PlannedLocation = {
  id: string;
  slug: string;
  organisationId: string;
  doc: LocationDoc;
  isNew: boolean;
};
export type ImportPlan = { services: PlannedService[]; locations: PlannedLocation[] };

export const isHsdsDataset = (raw: unknown) =>
  typeof raw === 'object' && raw !== null && 'hsds_version' in raw;

type Seen = LocationSeen & { record: string; lang: Language; organisationId: string };

export function planHsdsImport(
  files: DatasetFile[],
  known: Known,
  validators: HsdsValidators,
): { problems: RecordProblem[]; plan: ImportPlan | null } {
  const problems: RecordProblem[] = [];
  const reportAt = (record: string, field: string, message: string) =>
    problems.push({ record, field, message });
  const readings = new Map<string, LanguageReading[]>();
  const languages = new Map<Language, string>();
  const locations: Seen[] = [];

  for (const { file, raw } of files) {
    const dataset = raw as Record<string, unknown>;
    const lang = dataset.language as Language;
    const version = String(dataset.hsds_version);
    if (version !== '3.1' && !version.startsWith('3.1.')) {
      reportAt(file, 'hsds_version', `is "${version}": Atrama reads HSDS 3.1`);
    }
    if (!LANGUAGES.includes(lang)) {
      reportAt(file, 'language', `must be one of ${LANGUAGES.join(', ')}: the language of the file's texts`);
      continue;
    }
    if (languages.has(lang)) reportAt(file, 'language', `is also the language of ${languages.get(lang)}`);
    languages.set(lang, file);
    const list = (key: string): unknown[] => {
      const value = dataset[key] ?? [];
      if (Array.isArray(value)) return value;
      reportAt(file, key, 'must be a list');
      return [];
    };
    const services = list('services');
    if (services.length === 0) reportAt(file, 'services', 'must list at least one service');

    list('organizations').forEach((item, i) => {
      const id = (item as { id?: unknown })?.id;
      const record = `${file} organizations[${i}]${typeof id === 'string' ? ` (id ${id})` : ''}`;
      for (const p of validators.organization(item)) reportAt(record, p.field, p.message);
      if (typeof id === 'string' && !known.organisations.has(id)) {
        reportAt(
          record,
          'id',
          'is not an organisation in Atrama: organisations are accounts, an import never creates one',
        );
      }
    });
    list('taxonomy_terms').forEach((item, i) => {
      const id = (item as { id?: unknown })?.id;
      const record = `${file} taxonomy_terms[${i}]${typeof id === 'string' ? ` (id ${id})` : ''}`;
      for (const p of validators.taxonomyTerm(item)) reportAt(record, p.field, p.message);
      if (typeof id === 'string' && !known.needTerms.has(id) && !known.audienceTerms.has(id)) {
        reportAt(record, 'id', 'is neither an Atrama need nor an audience term');
      }
    });
    const ids = new Set<string>();
    services.forEach((item, i) => {
      const { id, name } = (item ?? {}) as { id?: unknown; name?: unknown };
      const named = typeof name === 'string' ? `, "${name}"` : '';
      const record = `${file} services[${i}]${typeof id === 'string' ? ` (id ${id}${named})` : ''}`;
      const shape = validators.service(item);
      for (const p of shape) reportAt(record, p.field, p.message);
      if (shape.length > 0) return;
      const service = item as HsdsService;
      if (ids.has(service.id)) reportAt(record, 'id', 'is listed twice in this file');
      ids.add(service.id);
      const reading = readService(service, known, (field, message) => reportAt(record, field, message));
      readings.set(service.id, [...(readings.get(service.id) ?? []), { lang, record, reading }]);
      for (const seen of reading.locations) {
        locations.push({ ...seen, record, lang, organisationId: reading.facts.organisationId });
      }
    });
  }
  if (problems.length > 0) return { problems, plan: null };

  const merged = [...readings].map(([id, byLang]) =>
    mergeService(id, byLang, known.services.get(id), reportAt),
  );
  const plannedLocations = mergeLocations(locations, known, reportAt);
  if (problems.length > 0) return { problems, plan: null };

  const serviceSlugs = new Set([...known.services.values()].map((s) => s.slug));
  const services = merged.map((service): PlannedService => {
    const existing = known.services.get(service!.id);
    const slug = existing?.slug ?? uniqueSlug(service!.doc.name.en, serviceSlugs);
    return { ...service!, slug, isNew: !existing };
  });
  return { problems, plan: { services, locations: plannedLocations } };
}

/**
 * Locations given in the files → their stored documents. An existing location keeps what the files
 * leave out; a new one is named in both languages by whatever the files give, else by its address.
 */
function mergeLocations(
  seen: Seen[],
  known: Known,
  reportAt: (record: string, field: string, message: string) => void,
): PlannedLocation[] {
  const byId = new Map<string, Seen[]>();
  for (const s of seen) byId.set(s.id, [...(byId.get(s.id) ?? []), s]);
  const slugs = new Set([...known.locations.values()].map((l) => l.slug));
  return [...byId].map(([id, all]) => {
    const first = all[0]!;
    const where = ({ city, address, postalCode }: Seen) => ({ city, address, postalCode });
    const names = new Map<Language, string>();
    for (const s of all) {
      if (!isDeepStrictEqual(where(s), where(first))) {
        reportAt(s.record, s.field, `gives another address for location ${id} than ${first.record}`);
      }
      const named = names.get(s.lang);
      if (s.name && named && named !== s.name) {
        reportAt(s.record, `${s.field}.name`, `names location ${id} otherwise than another service does`);
      }
      if (s.name) names.set(s.lang, s.name);
    }
    const existing = known.locations.get(id);
    const city = first.city ?? existing?.doc.city ?? '';
    const line = [first.address, city].filter(Boolean).join(', ');
    const lt = names.get('lt') ?? existing?.doc.name.lt ?? names.get('en') ?? line;
    const en = names.get('en') ?? existing?.doc.name.en ?? names.get('lt') ?? line;
    const doc: LocationDoc = { name: { lt, en }, city, address: first.address, postalCode: first.postalCode };
    return {
      id,
      slug: existing?.slug ?? uniqueSlug(en, slugs),
      organisationId: existing?.organisationId ?? first.organisationId,
      doc,
      isNew: !existing,
    };
  });
}

/** A short name from a text (accents dropped, Latin letters and digits), not yet taken. */
export function uniqueSlug(text: string, taken: Set<string>): string {
  const base =
    normaliseForIndex(text)
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 60)
      .replace(/^-+|-+$/g, '') || 'entry';
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
