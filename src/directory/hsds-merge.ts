import { isDeepStrictEqual } from 'node:util';
import { phoneId } from './hsds.ts';
import type { ExistingService, ServiceFacts, ServiceReading, ServiceTexts } from './hsds-read.ts';
import { LANGUAGES, type Language, ServiceDoc } from './model.ts';

// The language files of one service → the stored multilingual service. Facts must agree across
// the files; texts come from the files given, else stay as stored; Russian and Ukrainian texts that
// are neither given nor stored fall back to English, as the public pages would show them anyway.

export type LanguageReading = { lang: Language; record: string; reading: ServiceReading };
export type MergedService = {
  id: string;
  label: string;
  organisationId: string;
  doc: ServiceDoc;
  needs: string[];
  audiences: string[];
  publicLocationIds: string[];
  /** Texts that fell back to English, e.g. "name (ru)". */
  fellBack: string[];
};
export type ReportAt = (record: string, field: string, message: string) => void;

const FACT_FIELDS: Record<keyof ServiceFacts, string> = {
  organisationId: 'organization_id',
  needs: 'attributes',
  audiences: 'attributes',
  languages: 'languages',
  areaKind: 'service_areas.0.extent_type',
  schedule: 'schedules',
  url: 'url',
  email: 'email',
  free: 'fees_description',
  phones: 'phones',
  locationIds: 'service_at_locations',
};

type Bilingual = { lt: string; en: string };
type Multilingual = Bilingual & { ru: string; uk: string };
/** A text by language, with a key only for the languages whose file holds the service. */
type Given = Partial<Record<Language, string | undefined>>;

export function mergeService(
  id: string,
  readings: LanguageReading[],
  existing: ExistingService | undefined,
  reportAt: ReportAt,
): MergedService | null {
  const ordered = [...readings].sort((a, b) => LANGUAGES.indexOf(a.lang) - LANGUAGES.indexOf(b.lang));
  const byLang = new Map(ordered.map((r) => [r.lang, r.reading]));
  const label = `service ${id} ("${(byLang.get('en') ?? ordered[0]!.reading).texts.name}")`;
  let sound = true;
  const report = (field: string, message: string) => {
    sound = false;
    reportAt(label, field, message);
  };
  if (!existing) {
    const missing = (['lt', 'en'] as const).filter((lang) => !byLang.has(lang));
    if (missing.length > 0) {
      report(
        '',
        `is new to Atrama, so it needs a Lithuanian and an English file (missing: ${missing.join(', ')})`,
      );
      return null;
    }
  }
  const [first, ...others] = ordered;
  const facts = first!.reading.facts;
  for (const other of others) {
    const differing = new Set(
      (Object.keys(FACT_FIELDS) as (keyof ServiceFacts)[])
        .filter((key) => !isDeepStrictEqual(comparable(facts)[key], comparable(other.reading.facts)[key]))
        .map((key) => FACT_FIELDS[key]),
    );
    for (const field of differing) {
      sound = false;
      reportAt(other.record, field, `differs from the ${first!.lang} file`);
    }
  }
  // Texts are matched by the facts (a phone's label by its number): with the facts in doubt, stop.
  if (!sound) return null;
  const given = (text: (texts: ServiceTexts) => string | undefined): Given =>
    Object.fromEntries(ordered.map((r) => [r.lang, text(r.reading.texts)]));
  const fellBack: string[] = [];
  const bilingual = (field: string, texts: Given, stored: Bilingual | null | undefined): Bilingual | null => {
    const lt = 'lt' in texts ? texts.lt : stored?.lt;
    const en = 'en' in texts ? texts.en : stored?.en;
    if (lt && en) return { lt, en };
    if (lt || en)
      report(field, `is given in ${lt ? 'Lithuanian' : 'English'} only: give it in both or in neither`);
    return null;
  };
  const multilingual = (field: string, texts: Given, stored: Multilingual | null | undefined) => {
    const text = bilingual(field, texts, stored);
    if (!text) return null;
    const other = (lang: 'ru' | 'uk') => {
      const value = texts[lang] ?? stored?.[lang];
      if (value) return value;
      fellBack.push(`${field} (${lang})`);
      return text.en;
    };
    return { ...text, ru: other('ru'), uk: other('uk') };
  };

  const stored = existing?.doc;
  const name = multilingual(
    'name',
    given((t) => t.name),
    stored?.name,
  );
  const description = multilingual(
    'description',
    given((t) => t.description),
    stored?.description,
  );
  const phones = facts.phones.map((phone, i) => {
    // A phone keeps what HSDS cannot say (free of charge, weekday hours of its own): it is found by
    // the id the export gave it, so a changed number is the same line, else by its number.
    const before =
      stored?.phones.find((p) => phoneId(existing!.slug, p.number) === phone.id) ??
      stored?.phones.find((p) => p.number === phone.number);
    return {
      number: phone.number,
      label: multilingual(
        `phones.${i}.description`,
        given((t) => t.phoneLabels.get(phone.number)),
        before?.label,
      ),
      schedule: phone.allDay
        ? { kind: 'always' as const }
        : before?.schedule?.kind === 'weekly'
          ? before.schedule
          : null,
      free: before?.free ?? false,
    };
  });
  // HSDS gives one e-mail per service: it stands for the first stored address; further addresses,
  // which no export shows, stay.
  const emails = facts.email
    ? [facts.email, ...(stored?.emails.slice(1) ?? []).filter((e) => e !== facts.email)]
    : [];
  const parsed = ServiceDoc.safeParse({
    name,
    description,
    needs: facts.needs,
    audiences: facts.audiences,
    eligibility: bilingual(
      'eligibility_description',
      given((t) => t.eligibility),
      stored?.eligibility,
    ),
    languages: facts.languages,
    area: {
      kind: facts.areaKind,
      name: bilingual(
        'service_areas.0.name',
        given((t) => t.areaName),
        stored?.area.name,
      ),
    },
    phones,
    emails,
    url: facts.url,
    schedule: facts.schedule,
    free: facts.free,
    // Atrama's own judgements, which HSDS does not carry: kept, and for a new service not assumed.
    takesReferrals: stored?.takesReferrals ?? false,
    sourceSeeds: stored?.sourceSeeds ?? [],
  });
  if (!sound) return null;
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report(issue.path.join('.'), issue.message);
    return null;
  }
  return {
    id,
    label,
    organisationId: facts.organisationId,
    doc: parsed.data,
    needs: facts.needs,
    audiences: facts.audiences,
    publicLocationIds: facts.locationIds,
    fellBack,
  };
}

/** Facts as the files must agree on them: a phone's id may differ between producers, its number not. */
const comparable = (facts: ServiceFacts) => ({
  ...facts,
  phones: facts.phones.map(({ number, allDay }) => ({ number, allDay })),
});
