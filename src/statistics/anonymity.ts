import { z } from 'zod';

// k-anonymity for a case-level open-data file. Quasi-identifiers are the facts about a person that
// someone may already know (year, sex, age, citizenship, place); when every combination of them is
// shared by at least k rows, no row can be picked out as one person's by what is known of them.
//
// Global recoding, deterministic: a quasi-identifier is generalised to one level of its hierarchy for
// every row at once. While more rows than the suppression budget sit in classes smaller than k, the
// quasi-identifier with the most distinct values at its level (ties: the first listed) goes one level
// up; then the rows still in classes smaller than k are dropped. Dropping whole classes leaves the
// other classes as they were, so every class that remains has at least k rows.

export type Row = Readonly<Record<string, string>>;
/** Level 0 is the value as recorded (or tidied); each next level is coarser, the last usually '*'. */
export type Hierarchy = readonly ((value: string) => string)[];

export const AnonymityK = z
  .number({ error: 'k must be a number' })
  .int({ error: 'k must be a whole number' })
  .min(2, { error: 'k must be at least 2' });
/** The share of rows that may be dropped rather than generalise further. */
export const SuppressionBudget = z.number().min(0).max(1);

export type AnonymityOptions = {
  quasiIdentifiers: readonly string[];
  hierarchies: Readonly<Record<string, Hierarchy>>;
  /** Default 11. */
  k?: number;
  /** Default 0.05. */
  budget?: number;
};

/** How many equivalence classes have each size. */
export type ClassSizes = { size: number; classes: number }[];
export type AnonymityReport = {
  k: number;
  budget: number;
  rows: number;
  kept: number;
  dropped: number;
  /** The hierarchy level each quasi-identifier was published at (0: as recorded). */
  levels: Record<string, number>;
  /** Classes of the rows as recorded (level 0), and of the rows published. */
  before: ClassSizes;
  after: ClassSizes;
};

const keyOf = (row: Row, qis: readonly string[]) => JSON.stringify(qis.map((q) => row[q] ?? ''));

function classesOf(rows: readonly Row[], qis: readonly string[]) {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = keyOf(row, qis);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The size of the smallest equivalence class: the k the rows satisfy (0 for no rows). */
export function smallestClass(rows: readonly Row[], quasiIdentifiers: readonly string[]): number {
  const sizes = [...classesOf(rows, quasiIdentifiers).values()];
  return sizes.length ? sizes.reduce((a, b) => Math.min(a, b)) : 0;
}

function sizesOf(rows: readonly Row[], qis: readonly string[]): ClassSizes {
  const bySize = new Map<number, number>();
  for (const n of classesOf(rows, qis).values()) bySize.set(n, (bySize.get(n) ?? 0) + 1);
  return [...bySize].sort(([a], [b]) => a - b).map(([size, classes]) => ({ size, classes }));
}

/** Generalises the quasi-identifiers until every class has at least k rows, dropping what must go. */
export function anonymise(rows: readonly Row[], options: AnonymityOptions) {
  const k = AnonymityK.parse(options.k ?? 11);
  const budget = SuppressionBudget.parse(options.budget ?? 0.05);
  const { quasiIdentifiers: qis, hierarchies } = options;
  const top = (q: string) => (hierarchies[q]?.length ?? 0) - 1;
  for (const q of qis) if (top(q) < 0) throw new Error(`no generalisation steps for ${q}`);
  const levels: Record<string, number> = Object.fromEntries(qis.map((q) => [q, 0]));
  const at = (): Row[] =>
    rows.map((row) => {
      const out = { ...row };
      for (const q of qis) out[q] = hierarchies[q]![levels[q]!]!(row[q] ?? '');
      return out;
    });
  const recorded = at();
  let generalised = recorded;
  for (;;) {
    const counts = classesOf(generalised, qis);
    const small = generalised.filter((row) => counts.get(keyOf(row, qis))! < k).length;
    if (small <= budget * rows.length) break;
    const distinct = (q: string) => new Set(generalised.map((row) => row[q])).size;
    const next = qis
      .filter((q) => levels[q]! < top(q) && distinct(q) > 1)
      .reduce<string | undefined>((best, q) => (best && distinct(best) >= distinct(q) ? best : q), undefined);
    if (next === undefined) break;
    levels[next]! += 1;
    generalised = at();
  }
  const counts = classesOf(generalised, qis);
  const kept = generalised.filter((row) => counts.get(keyOf(row, qis))! >= k);
  const report: AnonymityReport = {
    k,
    budget,
    rows: rows.length,
    kept: kept.length,
    dropped: rows.length - kept.length,
    levels: { ...levels },
    before: sizesOf(recorded, qis),
    after: sizesOf(kept, qis),
  };
  return { rows: kept, levels: report.levels, dropped: report.dropped, report };
}

const same = (v: string) => v;
const all = () => '*';

const BROAD_AGE: Readonly<Record<string, string>> = {
  '0-13': '0-17',
  '14-17': '0-17',
  '18-24': '18-34',
  '25-34': '18-34',
  '35-44': '35-54',
  '45-54': '35-54',
  '55-64': '55+',
  '65+': '55+',
};

const fiveYears = (v: string) => {
  if (!/^\d{4}$/.test(v)) return v;
  const from = Number(v) - (Number(v) % 5);
  return `${from}-${from + 4}`;
};

/** The 60 municipalities of Lithuania by county, with the town each is named after or seated in. */
const COUNTIES: Readonly<Record<string, readonly (readonly [string, string?])[]>> = {
  'Alytaus apskritis': [
    ['Alytaus miesto savivaldybė', 'Alytus'],
    ['Alytaus rajono savivaldybė'],
    ['Druskininkų savivaldybė', 'Druskininkai'],
    ['Lazdijų rajono savivaldybė', 'Lazdijai'],
    ['Varėnos rajono savivaldybė', 'Varėna'],
  ],
  'Kauno apskritis': [
    ['Birštono savivaldybė', 'Birštonas'],
    ['Jonavos rajono savivaldybė', 'Jonava'],
    ['Kaišiadorių rajono savivaldybė', 'Kaišiadorys'],
    ['Kauno miesto savivaldybė', 'Kaunas'],
    ['Kauno rajono savivaldybė'],
    ['Kėdainių rajono savivaldybė', 'Kėdainiai'],
    ['Prienų rajono savivaldybė', 'Prienai'],
    ['Raseinių rajono savivaldybė', 'Raseiniai'],
  ],
  'Klaipėdos apskritis': [
    ['Klaipėdos miesto savivaldybė', 'Klaipėda'],
    ['Klaipėdos rajono savivaldybė', 'Gargždai'],
    ['Kretingos rajono savivaldybė', 'Kretinga'],
    ['Neringos savivaldybė', 'Neringa'],
    ['Palangos miesto savivaldybė', 'Palanga'],
    ['Skuodo rajono savivaldybė', 'Skuodas'],
    ['Šilutės rajono savivaldybė', 'Šilutė'],
  ],
  'Marijampolės apskritis': [
    ['Kalvarijos savivaldybė', 'Kalvarija'],
    ['Kazlų Rūdos savivaldybė', 'Kazlų Rūda'],
    ['Marijampolės savivaldybė', 'Marijampolė'],
    ['Šakių rajono savivaldybė', 'Šakiai'],
    ['Vilkaviškio rajono savivaldybė', 'Vilkaviškis'],
  ],
  'Panevėžio apskritis': [
    ['Biržų rajono savivaldybė', 'Biržai'],
    ['Kupiškio rajono savivaldybė', 'Kupiškis'],
    ['Panevėžio miesto savivaldybė', 'Panevėžys'],
    ['Panevėžio rajono savivaldybė'],
    ['Pasvalio rajono savivaldybė', 'Pasvalys'],
    ['Rokiškio rajono savivaldybė', 'Rokiškis'],
  ],
  'Šiaulių apskritis': [
    ['Akmenės rajono savivaldybė', 'Naujoji Akmenė'],
    ['Joniškio rajono savivaldybė', 'Joniškis'],
    ['Kelmės rajono savivaldybė', 'Kelmė'],
    ['Pakruojo rajono savivaldybė', 'Pakruojis'],
    ['Radviliškio rajono savivaldybė', 'Radviliškis'],
    ['Šiaulių miesto savivaldybė', 'Šiauliai'],
    ['Šiaulių rajono savivaldybė'],
  ],
  'Tauragės apskritis': [
    ['Jurbarko rajono savivaldybė', 'Jurbarkas'],
    ['Pagėgių savivaldybė', 'Pagėgiai'],
    ['Šilalės rajono savivaldybė', 'Šilalė'],
    ['Tauragės rajono savivaldybė', 'Tauragė'],
  ],
  'Telšių apskritis': [
    ['Mažeikių rajono savivaldybė', 'Mažeikiai'],
    ['Plungės rajono savivaldybė', 'Plungė'],
    ['Rietavo savivaldybė', 'Rietavas'],
    ['Telšių rajono savivaldybė', 'Telšiai'],
  ],
  'Utenos apskritis': [
    ['Anykščių rajono savivaldybė', 'Anykščiai'],
    ['Ignalinos rajono savivaldybė', 'Ignalina'],
    ['Molėtų rajono savivaldybė', 'Molėtai'],
    ['Utenos rajono savivaldybė', 'Utena'],
    ['Visagino savivaldybė', 'Visaginas'],
    ['Zarasų rajono savivaldybė', 'Zarasai'],
  ],
  'Vilniaus apskritis': [
    ['Elektrėnų savivaldybė', 'Elektrėnai'],
    ['Šalčininkų rajono savivaldybė', 'Šalčininkai'],
    ['Širvintų rajono savivaldybė', 'Širvintos'],
    ['Švenčionių rajono savivaldybė', 'Švenčionys'],
    ['Trakų rajono savivaldybė', 'Trakai'],
    ['Ukmergės rajono savivaldybė', 'Ukmergė'],
    ['Vilniaus miesto savivaldybė', 'Vilnius'],
    ['Vilniaus rajono savivaldybė'],
  ],
};

/** Each municipality's official name and its county. */
export const MUNICIPALITY_COUNTIES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(COUNTIES).flatMap(([county, list]) => list.map(([name]) => [name, county])),
);

// Typed names vary: case, letters without diacritics, "Vilniaus m. sav.", or just the town.
const looseName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ m\. sav\.?$/, ' miesto savivaldybe')
    .replace(/ r\. sav\.?$/, ' rajono savivaldybe')
    .replace(/ sav\.?$/, ' savivaldybe');
const BY_LOOSE_NAME = new Map(
  Object.values(COUNTIES).flatMap((list) =>
    list.flatMap(([name, town]) => [name, ...(town ? [town] : [])].map((n) => [looseName(n), name] as const)),
  ),
);

/** The official name of the municipality meant, or 'unknown'. */
export const municipalityOf = (name: string) => BY_LOOSE_NAME.get(looseName(name)) ?? 'unknown';
/** The county of a municipality (any accepted spelling), or 'unknown'. */
export const countyOf = (name: string) => MUNICIPALITY_COUNTIES[municipalityOf(name)] ?? 'unknown';

/** Ready hierarchies for the facts Atrama keeps about a case. */
export const HIERARCHIES = {
  /** AgeBand → broad band → child or adult → '*'; 'unknown' stays apart until '*'. */
  ageBand: [
    same,
    (v) => BROAD_AGE[v] ?? 'unknown',
    (v) => (BROAD_AGE[v] ? (BROAD_AGE[v] === '0-17' ? 'child' : 'adult') : 'unknown'),
    all,
  ],
  sex: [same, all],
  citizenshipPathway: [same, all],
  /** YYYY → five-year span starting on a year divisible by 5 (2020-2024) → '*'. */
  year: [same, fiveYears, all],
  /** Municipality (official name) → county → 'Lithuania' → '*'; a place not in Lithuania is 'unknown'. */
  municipality: [municipalityOf, countyOf, (v) => (countyOf(v) === 'unknown' ? 'unknown' : 'Lithuania'), all],
} satisfies Record<string, Hierarchy>;
