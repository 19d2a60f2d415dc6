import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AUDIENCES,
  audienceTerm,
  type LocationRecord,
  type Lookup,
  type NeedRecord,
  needTerm,
  type ServiceRecord,
  serviceFull,
} from './hsds.ts';
import { type DatasetFile, planHsdsImport } from './hsds-import.ts';
import type { ExistingLocation, ExistingService, Known } from './hsds-read.ts';
import { hsdsValidators } from './hsds-schema.ts';
import { stableId } from './ids.ts';
import { readShippedDirectory, readShippedOrganisations } from './load.ts';
import { LANGUAGES, type Language, type ServiceDoc } from './model.ts';

// The shipped directory as the database would hold it, built in memory: stable ids throughout.
const shipped = readShippedDirectory();
const orgId = (slug: string) => stableId('organisation', slug);
const lookup: Lookup = {
  needs: new Map(
    shipped.needs.map((n): [string, NeedRecord] => [
      n.code,
      { id: stableId('need', n.code), code: n.code, doc: { name: n.name, description: n.description } },
    ]),
  ),
  organisations: new Map(
    readShippedOrganisations().map((o) => [
      orgId(o.slug),
      { id: orgId(o.slug), nameLt: o.name.lt, nameEn: o.name.en, profile: null },
    ]),
  ),
};
const locations = new Map<string, ExistingLocation>();
const records = shipped.services.map((source) => {
  const { slug, organisation, locations: places, ...doc } = source;
  const serviceLocations = places.map((place): LocationRecord => {
    const { slug: placeSlug, confidential, ...placeDoc } = place;
    const location = {
      id: stableId('location', placeSlug),
      slug: placeSlug,
      organisationId: orgId(organisation),
      doc: placeDoc,
      confidential,
    };
    locations.set(location.id, location);
    return location;
  });
  const service: ServiceRecord = {
    id: stableId('service', slug),
    slug,
    organisationId: orgId(organisation),
    doc,
    needs: source.needs,
    audiences: source.audiences,
    lastCheckedAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-01T00:00:00Z'),
  };
  return { service, serviceLocations };
});
const known = (services = records): Known => ({
  organisations: lookup.organisations,
  needTerms: new Map([...lookup.needs.values()].map((n) => [n.id, n.code as never])),
  audienceTerms: new Map(AUDIENCES.map((a) => [audienceTerm(a, 'en').id, a])),
  needNames: new Map([...lookup.needs.values()].map((n) => [n.code, Object.values(n.doc.name)])),
  services: new Map(
    services.map(({ service, serviceLocations }): [string, ExistingService] => [
      service.id,
      {
        ...service,
        wordsText: '',
        nameText: '',
        publicLocationIds: serviceLocations.filter((l) => !l.confidential).map((l) => l.id),
      },
    ]),
  ),
  locations,
});

/** The export of one language, as `npm run directory:export` writes it. */
const exportOf = (lang: Language) => ({
  hsds_version: '3.1',
  language: lang,
  exported_at: '2026-01-01T00:00:00Z',
  organizations: [],
  services: records.map(({ service, serviceLocations }) =>
    serviceFull(service, serviceLocations, lookup, lang),
  ),
  taxonomies: [],
  taxonomy_terms: [...lookup.needs.values()].map((n) => needTerm(n, lang)),
});
const files = (
  langs: readonly Language[],
  edit: (lang: Language, dataset: ReturnType<typeof exportOf>) => void = () => {},
) =>
  langs.map((lang): DatasetFile => {
    const dataset = structuredClone(exportOf(lang));
    edit(lang, dataset);
    return { file: `${lang}.json`, raw: dataset };
  });
const validators = hsdsValidators();

describe('HSDS → Atrama mapping', () => {
  it('reads an export of every language back into exactly the stored services', () => {
    const { problems, plan } = planHsdsImport(files(LANGUAGES), known(), validators);
    expect(problems).toEqual([]);
    expect(plan!.services).toHaveLength(records.length);
    for (const { service, serviceLocations } of records) {
      const planned = plan!.services.find((s) => s.id === service.id)!;
      expect({ ...planned.doc, slug: planned.slug }).toEqual({ ...service.doc, slug: service.slug });
      expect([planned.needs, planned.audiences, planned.organisationId]).toEqual([
        service.needs,
        service.audiences,
        service.organisationId,
      ]);
      expect(planned.publicLocationIds.sort()).toEqual(
        serviceLocations
          .filter((l) => !l.confidential)
          .map((l) => l.id)
          .sort(),
      );
      expect(planned.fellBack).toEqual([]);
    }
    for (const location of plan!.locations) expect(location.doc).toEqual(locations.get(location.id)!.doc);
  });

  it('maps a new service given in Lithuanian and English, filling Russian and Ukrainian from English', () => {
    const id = '6f1c4b8e-0000-4000-8000-000000000001';
    const placeId = '6f1c4b8e-0000-4000-8000-000000000002';
    const organisation = [...lookup.organisations.keys()][0]!;
    const term = (lang: Language) => [
      needTerm(lookup.needs.get('legal')!, lang),
      audienceTerm('women', lang),
    ];
    const service = (lang: 'lt' | 'en') => ({
      id,
      organization_id: organisation,
      name: { lt: 'Teisinė pagalba', en: 'Legal help' }[lang],
      description: { lt: 'Konsultacijos', en: 'Advice' }[lang],
      status: 'active',
      email: 'help@example.lt',
      fees_description: 'free',
      phones: [
        {
          id: stableId('x', 'phone'),
          number: '+370 5 000 0000',
          description: `${{ lt: 'Linija', en: 'Line' }[lang]} · 24/7`,
        },
      ],
      schedules: [
        {
          id: stableId('x', 'schedule'),
          freq: 'WEEKLY',
          byday: 'MO,TU,WE,TH,FR,SA,SU',
          opens_at: '00:00',
          closes_at: '23:59',
        },
      ],
      service_areas: [
        {
          id: stableId('x', 'area'),
          name: { lt: 'Vilniaus miestas', en: 'Vilnius city' }[lang],
          extent_type: 'municipality',
        },
      ],
      languages: [
        { id: stableId('x', 'language'), code: 'lt' },
        { id: stableId('x', 'language-en'), code: 'en' },
      ],
      service_at_locations: [
        {
          id: stableId('x', 'sal'),
          location_id: placeId,
          location: {
            id: placeId,
            location_type: 'physical',
            addresses: [
              {
                id: stableId('x', 'address'),
                address_1: 'Gedimino pr. 1',
                city: 'Vilnius',
                state_province: '',
                postal_code: 'LT-01103',
                country: 'LT',
                address_type: 'physical',
              },
            ],
          },
        },
      ],
      attributes: term(lang).map((t, i) => ({ id: stableId('x', `attribute-${i}`), taxonomy_term_id: t.id })),
    });
    const dataset = (lang: 'lt' | 'en'): DatasetFile => ({
      file: `${lang}.json`,
      raw: { hsds_version: '3.1', language: lang, services: [service(lang)] },
    });
    const { problems, plan } = planHsdsImport([dataset('lt'), dataset('en')], known(), validators);
    expect(problems).toEqual([]);
    const [planned] = plan!.services;
    expect(planned).toMatchObject({
      id,
      slug: 'legal-help',
      isNew: true,
      organisationId: organisation,
      needs: ['legal'],
      audiences: ['women'],
      publicLocationIds: [placeId],
    });
    expect(planned!.doc).toEqual({
      name: { lt: 'Teisinė pagalba', en: 'Legal help', ru: 'Legal help', uk: 'Legal help' },
      description: { lt: 'Konsultacijos', en: 'Advice', ru: 'Advice', uk: 'Advice' },
      needs: ['legal'],
      audiences: ['women'],
      eligibility: null,
      languages: ['lt', 'en'],
      area: { kind: 'municipality', name: { lt: 'Vilniaus miestas', en: 'Vilnius city' } },
      phones: [
        {
          number: '+370 5 000 0000',
          label: { lt: 'Linija', en: 'Line', ru: 'Line', uk: 'Line' },
          schedule: { kind: 'always' },
          free: false,
        },
      ],
      emails: ['help@example.lt'],
      url: null,
      schedule: { kind: 'always' },
      free: true,
      takesReferrals: false,
      sourceSeeds: [],
    } satisfies ServiceDoc);
    expect(planned!.fellBack).toEqual([
      'name (ru)',
      'name (uk)',
      'description (ru)',
      'description (uk)',
      'phones.0.description (ru)',
      'phones.0.description (uk)',
    ]);
    expect(plan!.locations).toEqual([
      {
        id: placeId,
        slug: 'gedimino-pr-1-vilnius',
        organisationId: organisation,
        isNew: true,
        doc: {
          name: { lt: 'Gedimino pr. 1, Vilnius', en: 'Gedimino pr. 1, Vilnius' },
          city: 'Vilnius',
          address: 'Gedimino pr. 1',
          postalCode: 'LT-01103',
        },
      },
    ]);
  });

  it('updates one language of a stored service and keeps what HSDS cannot carry', () => {
    // A line with weekday hours of its own, and a free line: HSDS says neither, the number changes.
    const targets = [
      (p: ServiceDoc['phones'][number]) => p.schedule?.kind === 'weekly',
      (p: ServiceDoc['phones'][number]) => p.free,
    ].map((kind) => {
      const { service } = records.find((r) => r.service.doc.phones.some(kind))!;
      return { service, phone: service.doc.phones.findIndex(kind) };
    });
    const { problems, plan } = planHsdsImport(
      files(['en'], (_lang, dataset) => {
        for (const { service, phone } of targets) {
          const edited = dataset.services.find((s) => s.id === service.id)!;
          edited.description = 'Changed in English';
          edited.phones[phone]!.number = '+370 600 00000';
        }
      }),
      known(),
      validators,
    );
    expect(problems).toEqual([]);
    for (const { service, phone } of targets) {
      const { doc } = plan!.services.find((s) => s.id === service.id)!;
      expect(doc.description).toEqual({ ...service.doc.description, en: 'Changed in English' });
      expect(doc.name).toEqual(service.doc.name);
      expect(doc.phones[phone]).toEqual({ ...service.doc.phones[phone], number: '+370 600 00000' });
    }
  });

  it('names each broken record, its field and the reason', () => {
    const [first, second, third, fourth, fifth] = records.map((r) => r.service.id);
    const { problems, plan } = planHsdsImport(
      files(['lt', 'en'], (lang, dataset) => {
        const byId = (id: string | undefined) =>
          dataset.services.find((s) => s.id === id)! as Record<string, unknown>;
        if (lang === 'en') delete byId(first).name;
        byId(second).organization_id = '00000000-0000-4000-8000-000000000000';
        (byId(third).attributes as { taxonomy_term_id: string }[])[0]!.taxonomy_term_id =
          '00000000-0000-4000-8000-000000000001';
        byId(fourth).schedules = [
          { id: stableId('x', 's'), freq: 'WEEKLY', byday: 'MO,XX', opens_at: '9:00', closes_at: '18:00' },
        ];
        if (lang === 'en') (byId(fifth).phones as { number: string }[])[0]!.number = '+370 1 111 1111';
      }),
      known(),
      validators,
    );
    expect(plan).toBeNull();
    const lines = problems.map((p) => `${p.record} › ${p.field}: ${p.message}`);
    const expected = [
      new RegExp(`^en.json services\\[\\d+\\] \\(id ${first}\\) › name: is required$`),
      new RegExp(`^lt.json services\\[\\d+\\] \\(id ${second}, ".+"\\) › organization_id: no organisation`),
      new RegExp(
        `^en.json services\\[\\d+\\] \\(id ${third}, ".+"\\) › attributes.0.taxonomy_term_id: .* is neither`,
      ),
      new RegExp(`^lt.json services\\[\\d+\\] \\(id ${fourth}, ".+"\\) › schedules.0.byday: `),
      new RegExp(
        `^lt.json services\\[\\d+\\] \\(id ${fourth}, ".+"\\) › schedules.0.opens_at: must be a time`,
      ),
    ];
    for (const pattern of expected)
      expect(lines, String(pattern)).toContainEqual(expect.stringMatching(pattern));
    // Facts that differ between the files show only once every record is sound on its own.
    const merged = planHsdsImport(
      files(['lt', 'en'], (lang, dataset) => {
        if (lang === 'en')
          dataset.services.find((s) => s.id === fifth)!.phones[0]!.number = '+370 1 111 1111';
      }),
      known(),
      validators,
    );
    expect(merged.problems.map((p) => `${p.record} › ${p.field}: ${p.message}`)).toEqual([
      expect.stringMatching(
        new RegExp(`^en.json services\\[\\d+\\] \\(id ${fifth}, ".+"\\) › phones: differs from the lt file$`),
      ),
    ]);
  });

  it('refuses a new service without both a Lithuanian and an English file', () => {
    const stored = records.slice(1);
    const { problems } = planHsdsImport(files(['en', 'ru']), known(stored), validators);
    expect(problems).toEqual([
      {
        record: expect.stringContaining(records[0]!.service.id),
        field: '',
        message: expect.stringContaining('missing: lt'),
      },
    ]);
  });
});

describe('the HSDS schema shipped with the import', () => {
  it('is the official compiled schema, unchanged', () => {
    const official = new URL(
      '../../standards/hsds-3.1/compiled/service_with_definitions.json',
      import.meta.url,
    );
    const copy = new URL('./hsds-schemas/service_with_definitions.json', import.meta.url);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(official, 'utf8'));
  });
});
