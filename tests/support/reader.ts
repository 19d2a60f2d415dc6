import type { z } from 'zod';
import type { PublicStatistics } from '../../src/statistics/model.ts';

// What a reader of the public statistics can work out, written from the published figures alone
// (not from how they were suppressed): every count is a quantity, every sum the definitions promise is
// an equation, and exact elimination in whole numbers says which hidden counts follow from them.

export type Figures = z.infer<typeof PublicStatistics>;
/** Σ coefficient × quantity = 0, quantities by name. */
type Equation = [name: string, coefficient: number][];

const sumIs = (members: string[], total: string): Equation => [
  ...members.map((m): [string, number] => [m, 1]),
  [total, -1],
];

/**
 * The counts of a year's figures by name, with the value published (null: hidden), and the counts a
 * reader knows to exist but that are never published (registered people who did not accept help,
 * people served without a disability, people served who gave their identity).
 */
export function readerView(f: Figures) {
  const published = new Map<string, number | null>();
  const { servicesPerPerson: _ratio, ...table } = f.table;
  for (const [key, value] of Object.entries(table)) published.set(`table.${key}`, value);
  const list = (name: string, rows: { key: string; value: number | null }[], total: number | null) => {
    for (const r of rows) published.set(`${name}.${r.key}`, r.value);
    published.set(`${name}.total`, total);
    return sumIs(
      rows.map((r) => `${name}.${r.key}`),
      `${name}.total`,
    );
  };
  const g = f.peopleBySexAndAge;
  const cell = (age: string, sex: string) => `people.${age}.${sex}`;
  g.ageGroups.forEach((age, r) => {
    for (const [c, sex] of g.sexes.entries()) published.set(cell(age, sex), g.cells[r]![c]!);
    published.set(`people.${age}`, g.rowTotals[r]!);
  });
  for (const [c, sex] of g.sexes.entries()) published.set(`people.${sex}`, g.columnTotals[c]!);
  published.set('people.total', g.total);
  const served = 'table.peopleServed';
  const children = g.ageGroups[0]!;
  const equations: Equation[] = [
    sumIs(['table.acceptedHelp', 'unpublished.notAccepted'], 'table.registeredVictims'),
    sumIs(['table.women', 'table.men', 'table.children', 'table.otherOrUnknownSex'], served),
    sumIs(['table.withDisability', 'unpublished.withoutDisability'], served),
    sumIs(['table.anonymous', 'unpublished.identified'], served),
    list('services', f.servicesByType.rows, f.servicesByType.total),
    sumIs(['services.total'], 'table.servicesGiven'),
    list('crimes', f.casesByCrimeType.rows, f.casesByCrimeType.total),
    ...g.ageGroups.map((age) =>
      sumIs(
        g.sexes.map((sex) => cell(age, sex)),
        `people.${age}`,
      ),
    ),
    ...g.sexes.map((sex) =>
      sumIs(
        g.ageGroups.map((age) => cell(age, sex)),
        `people.${sex}`,
      ),
    ),
    sumIs(
      g.ageGroups.map((age) => `people.${age}`),
      'people.total',
    ),
    sumIs(
      g.sexes.map((sex) => `people.${sex}`),
      'people.total',
    ),
    sumIs(['people.total'], served),
    // The children of the yearly table are the first row; women and girls are all the females, and so on.
    sumIs([`people.${children}`], 'table.children'),
    ...(['women', 'men', 'otherOrUnknownSex'] as const).map((who, c) =>
      sumIs([`table.${who}`, cell(children, g.sexes[c]!)], `people.${g.sexes[c]}`),
    ),
  ];
  return { published, equations };
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));

/** The rank of a matrix of whole numbers, by elimination in whole numbers (each row kept divided by its gcd). */
function rank(rows: bigint[][]): number {
  const m = rows.map((r) => [...r]);
  let found = 0;
  for (let c = 0; c < (m[0]?.length ?? 0) && found < m.length; c++) {
    const p = m.findIndex((row, i) => i >= found && row[c] !== 0n);
    if (p < 0) continue;
    [m[found], m[p]] = [m[p]!, m[found]!];
    const pivot = m[found]!;
    for (let i = found + 1; i < m.length; i++) {
      const f = m[i]![c]!;
      if (f === 0n) continue;
      const next = m[i]!.map((x, k) => x * pivot[c]! - pivot[k]! * f);
      const divisor = next.reduce(gcd, 0n) || 1n;
      m[i] = next.map((x) => x / divisor);
    }
    found++;
  }
  return found;
}

/**
 * The unknowns the equations fix, whatever the known values: an unknown is fixed when no change of the
 * unknowns that keeps every equation moves it, that is when dropping its column lowers the rank.
 */
function fixedUnknowns(equations: Equation[], unknown: string[]) {
  const matrix = equations.map((e) =>
    unknown.map((name) => BigInt(e.filter(([n]) => n === name).reduce((s, [, c]) => s + c, 0))),
  );
  const whole = rank(matrix);
  return unknown.filter((_, j) => rank(matrix.map((row) => row.filter((_, k) => k !== j))) < whole);
}

/**
 * Everything the published figures give away, in words (none: nothing), checked against the exact
 * figures: an equation the exact figures break, a visible count unlike the exact one or from 1 to
 * threshold − 1, a hidden zero (a reader knowing counts are never negative could pin it), a
 * ratio published beside a hidden part, and every hidden count that follows from all the equations
 * together; a count never published may follow only if it is 0 or not small. A count never published
 * that is 0 is taken as known: a reader can do no better, so elimination is then complete.
 */
export function givenAway(published: Figures, exact: Figures, threshold: number): string[] {
  const view = readerView(published);
  const truth = readerView(exact).published;
  const value = (name: string) => {
    const v = truth.get(name);
    if (v !== undefined && v !== null) return v;
    const [left] = view.equations.filter((e) => e.some(([n]) => n === name));
    // A count never published is what its first equation leaves.
    const [, sign] = left!.find(([n]) => n === name)!;
    return -sign * left!.reduce((s, [n, c]) => (n === name ? s : s + c * truth.get(n)!), 0);
  };
  const problems: string[] = [];
  for (const e of view.equations) {
    const sum = e.reduce((s, [n, c]) => s + c * value(n), 0);
    if (sum !== 0) problems.push(`the exact figures break ${e.map(([n, c]) => `${c}×${n}`).join(' + ')}`);
  }
  const unknown: string[] = [];
  for (const [name, shown] of view.published) {
    const v = value(name);
    if (shown !== null && shown !== v) problems.push(`${name} is published as ${shown}, not ${v}`);
    if (shown !== null && shown > 0 && shown < threshold) problems.push(`${name} = ${shown} is shown`);
    if (shown === null && v === 0) problems.push(`${name} is a hidden zero`);
    if (shown === null) unknown.push(name);
  }
  const never = [...new Set(view.equations.flat().map(([n]) => n))].filter((n) => !view.published.has(n));
  unknown.push(...never.filter((n) => value(n) > 0));
  const { peopleServed, servicesGiven, servicesPerPerson } = published.table;
  if (servicesPerPerson !== null && (peopleServed === null || servicesGiven === null))
    problems.push('services per person is published beside a hidden count');
  for (const name of fixedUnknowns(view.equations, unknown)) {
    const v = value(name);
    if (view.published.has(name) || (v > 0 && v < threshold))
      problems.push(`${name} = ${v} follows from the published figures`);
  }
  return problems;
}
