import { z } from 'zod';
import { countyOfMunicipality, municipalityCodeOf } from '../cases/municipalities.ts';

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

/** The municipality's ISO 3166-2:LT code (given a code or any accepted spelling), or 'unknown'. */
export const municipalityOf = (value: string) => municipalityCodeOf(value) ?? 'unknown';
/** The county's ISO 3166-2:LT code of a municipality, or 'unknown'. */
export const countyOf = (value: string) => countyOfMunicipality(municipalityCodeOf(value)) ?? 'unknown';

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
  /** Municipality (ISO 3166-2:LT code) → county → 'LT' → '*'; a place not in Lithuania is 'unknown'. */
  municipality: [municipalityOf, countyOf, (v) => (countyOf(v) === 'unknown' ? 'unknown' : 'LT'), all],
} satisfies Record<string, Hierarchy>;
