import { z } from 'zod';

// Statistical disclosure control for published tables of counts. A small count (two women of one age
// from one municipality) can point at a person, so it is hidden: primary suppression. A hidden count
// that can be worked out from the totals and the visible counts protects no one, so more entries are
// hidden (secondary suppression) until
// - no row, column or margin holds exactly one hidden entry, nor hidden entries that add up to 0
//   beside a visible total (counts are never negative, so each would be 0), and
// - no hidden entry follows from all the equations taken together: subtracting line by line misses
//   a count that joins two otherwise separate groups of hidden cells, exact elimination does not.
// Tables are taken to be additive (a total is the sum of its counts); where one person counts in
// several columns the rule is only more cautious.
//
// Not guaranteed: bounds. A hidden count may be known to lie in a narrow range. Publish every hidden
// entry with one mark: the reason is for the statistician, and 'primary' would tell a reader that the
// count is between 1 and the threshold − 1.

const Count = z.number().int().min(0);

/** The smallest count published as it is: counts from 1 to threshold − 1 are hidden. */
export const Threshold = z
  .number({ error: 'the threshold must be a number' })
  .int({ error: 'the threshold must be a whole number' })
  .min(1, { error: 'the threshold must be at least 1' });

/** A two-dimensional table of counts with the totals that will be published beside it. */
export const CountTable = z
  .object({
    cells: z.array(z.array(Count)),
    rowTotals: z.array(Count),
    columnTotals: z.array(Count),
    total: Count,
  })
  .refine((t) => t.rowTotals.length === t.cells.length, { error: 'one row total for each row' })
  .refine((t) => t.cells.every((row) => row.length === t.columnTotals.length), {
    error: 'every row has one count for each column total',
  });
export type CountTable = z.infer<typeof CountTable>;

/** A one-dimensional list of counts with its total. */
export const CountList = z.object({ cells: z.array(Count), total: Count });
export type CountList = z.infer<typeof CountList>;

export type SuppressionOptions = {
  /** Default 5. */
  threshold?: number;
  /**
   * Default false: a zero says no one is there and points at no one, and hiding zeros makes a table
   * hard to read. Set it where an empty cell itself would disclose something.
   */
  zerosSensitive?: boolean;
  /**
   * Default false. Set it to publish: a small total is itself a small count, so it is hidden like a
   * cell, with what would give it away in its margin (the other totals beside it).
   */
  totalsSensitive?: boolean;
};

export type Reason = 'primary' | 'secondary';
export type Published = { value: number } | { suppressed: Reason };
export type Position =
  | { row: number; column: number }
  | { rowTotal: number }
  | { columnTotal: number }
  | { item: number }
  | { total: true };
export type Suppression = { at: Position; reason: Reason };
export type Recovered = { at: Position; value: number };

type Grid<T> = { cells: T[][]; rowTotals: T[]; columnTotals: T[]; total: T };
export type PublishedTable = Grid<Published>;
export type PublishedList = { cells: Published[]; total: Published };

/** Every entry has an id (cells row by row, row totals, column totals, grand total); each equation
 * says its members add up to its total. Totals are entries too, so a margin is checked like a row. */
type Equation = { members: number[]; total: number };
type Layout = { positions: Position[]; equations: Equation[] };

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

function tableLayout(rows: number, columns: number): Layout {
  const cell = (r: number, c: number) => r * columns + c;
  const rowTotal = (r: number) => rows * columns + r;
  const columnTotal = (c: number) => rows * columns + rows + c;
  const total = rows * columns + rows + columns;
  return {
    positions: [
      ...range(rows).flatMap((row) => range(columns).map((column) => ({ row, column }))),
      ...range(rows).map((r) => ({ rowTotal: r })),
      ...range(columns).map((c) => ({ columnTotal: c })),
      { total: true },
    ],
    equations: [
      ...range(rows).map((r) => ({ members: range(columns).map((c) => cell(r, c)), total: rowTotal(r) })),
      ...range(columns).map((c) => ({ members: range(rows).map((r) => cell(r, c)), total: columnTotal(c) })),
      { members: range(rows).map(rowTotal), total },
      { members: range(columns).map(columnTotal), total },
    ],
  };
}

function listLayout(n: number): Layout {
  return {
    positions: [...range(n).map((item) => ({ item })), { total: true }],
    equations: [{ members: range(n), total: n }],
  };
}

const flatten = <T>(g: Grid<T>) => [...g.cells.flat(), ...g.rowTotals, ...g.columnTotals, g.total];
const regrid = <T>(flat: T[], rows: number, columns: number): Grid<T> => ({
  cells: range(rows).map((r) => flat.slice(r * columns, (r + 1) * columns)),
  rowTotals: flat.slice(rows * columns, rows * columns + rows),
  columnTotals: flat.slice(rows * columns + rows, rows * columns + rows + columns),
  total: flat[rows * columns + rows + columns]!,
});

/**
 * The entry to hide beside the hidden ones of an equation: its smallest non-zero visible count (ties:
 * the first by position), else its total; a total is hidden only where its row or column has no other
 * count to hide (a single cell is its own total). A zero is taken only to break an entry the equations
 * fix together (`zeros`): beside other hidden zeros it would add nothing, which `exposes` watches.
 */
function complementOf(equation: Equation, values: number[], hidden: Map<number, Reason>, zeros = false) {
  const visible = equation.members.filter((id) => !hidden.has(id));
  const nonZero = visible.filter((id) => values[id]! > 0).sort((a, b) => values[a]! - values[b]! || a - b);
  return (
    nonZero[0] ??
    (zeros ? visible[0] : undefined) ??
    (hidden.has(equation.total) ? undefined : equation.total)
  );
}

/** An equation gives hidden entries away when it holds one, or several that add up to 0 beside a visible total. */
function exposes({ members, total }: Equation, values: number[], hidden: Map<number, Reason>) {
  const inside = [...members, total].filter((id) => hidden.has(id));
  const sum = members.reduce((s, id) => s + (hidden.has(id) ? values[id]! : 0), 0);
  return inside.length === 1 || (inside.length > 1 && !hidden.has(total) && sum === 0);
}

function protect(values: number[], layout: Layout, options: SuppressionOptions) {
  const threshold = Threshold.parse(options.threshold ?? 5);
  const hidden = new Map<number, Reason>();
  layout.positions.forEach((at, id) => {
    const v = values[id]!;
    const sensitive = v < threshold && (v > 0 || options.zerosSensitive === true);
    const counted = 'row' in at || 'item' in at || options.totalsSensitive === true;
    if (counted && sensitive) hidden.set(id, 'primary');
  });
  for (;;) {
    let changed = false;
    for (const equation of layout.equations) {
      const complement = exposes(equation, values, hidden)
        ? complementOf(equation, values, hidden)
        : undefined;
      if (complement !== undefined) hidden.set(complement, 'secondary');
      changed ||= complement !== undefined;
    }
    if (changed) continue;
    // Subtraction finds nothing more. Break the first entry the equations still fix together with a
    // partner in its own row, column or margin, else (all hidden there) in any line with a hidden entry.
    const fixed = solved(
      values.map((v, id) => (hidden.has(id) ? null : v)),
      layout,
    ).map((s) => s.id);
    if (fixed.length === 0) break;
    const entries = (e: Equation) => [...e.members, e.total];
    const near = layout.equations.filter((e) => entries(e).includes(fixed[0]!));
    const open = layout.equations.filter((e) => entries(e).some((id) => hidden.has(id)));
    const complement = [...near, ...open]
      .map((e) => complementOf(e, values, hidden, true))
      .find((id) => id !== undefined);
    if (complement === undefined) break;
    hidden.set(complement, 'secondary');
  }
  return hidden;
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/**
 * The hidden entries (null in `known`) that the equations fix when taken together, with their values:
 * Gauss-Jordan elimination in whole numbers, so no rounding can hide or invent a solution. An unknown
 * is fixed when its pivot row holds no other unknown.
 */
function solved(known: (number | null)[], layout: Layout) {
  const unknown = known.flatMap((v, id) => (v === null ? [id] : []));
  const column = new Map(unknown.map((id, c) => [id, c]));
  // One row per equation: the unknowns' coefficients, then what they add up to.
  const rows = layout.equations.map(({ members, total }) => {
    const row = new Array<number>(unknown.length + 1).fill(0);
    for (const [id, sign] of [...members.map((m) => [m, 1]), [total, -1]] as const) {
      const c = column.get(id);
      if (c === undefined) row[unknown.length]! -= sign * known[id]!;
      else row[c]! += sign;
    }
    return row;
  });
  const pivots: [row: number, column: number][] = [];
  for (let c = 0; c < unknown.length && pivots.length < rows.length; c++) {
    const top = pivots.length;
    const p = rows.findIndex((row, i) => i >= top && row[c] !== 0);
    if (p < 0) continue;
    [rows[top], rows[p]] = [rows[p]!, rows[top]!];
    const pivot = rows[top]!;
    rows.forEach((row, i) => {
      if (i === top || row[c] === 0) return;
      const [f, g] = [row[c]!, pivot[c]!];
      const next = row.map((x, k) => x * g - pivot[k]! * f);
      const divisor = next.reduce(gcd, 0) || 1;
      rows[i] = next.map((x) => x / divisor);
    });
    pivots.push([top, c]);
  }
  return (
    pivots
      .filter(([r, c]) => rows[r]!.every((x, k) => k === c || k === unknown.length || x === 0))
      // + 0 turns a -0 (0 divided by a negative pivot) into 0.
      .map(([r, c]) => ({ id: unknown[c]!, value: rows[r]![unknown.length]! / rows[r]![c]! + 0 }))
  );
}

const publish = (values: number[], hidden: Map<number, Reason>): Published[] =>
  values.map((value, id) => {
    const reason = hidden.get(id);
    return reason ? { suppressed: reason } : { value };
  });
const listOf = (hidden: Map<number, Reason>, layout: Layout): Suppression[] =>
  [...hidden].map(([id, reason]) => ({ at: layout.positions[id]!, reason }));

/**
 * Hides the small counts of a table and enough others that none can be recomputed. Totals are kept:
 * once every row, column and margin with a hidden count has at least two that add up to more than
 * nothing, and no hidden entry follows from all of them together, the totals give only sums of hidden
 * counts, never one of them. A total is hidden only where its row or column has no other non-zero
 * count to hide (a single cell is its own total). `suppressed` lists primary, then secondary, in the
 * order chosen.
 */
export function suppressTable(table: CountTable, options: SuppressionOptions = {}) {
  const rows = table.cells.length;
  const columns = table.columnTotals.length;
  const layout = tableLayout(rows, columns);
  const values = flatten(table);
  const hidden = protect(values, layout, options);
  return { ...regrid(publish(values, hidden), rows, columns), suppressed: listOf(hidden, layout) };
}

/** The same for a single list of counts and its total. */
export function suppressList(list: CountList, options: SuppressionOptions = {}) {
  const layout = listLayout(list.cells.length);
  const values = [...list.cells, list.total];
  const hidden = protect(values, layout, options);
  const published = publish(values, hidden);
  return { cells: published.slice(0, -1), total: published.at(-1)!, suppressed: listOf(hidden, layout) };
}

function read(published: PublishedTable | PublishedList) {
  const [layout, entries] =
    'rowTotals' in published
      ? [tableLayout(published.cells.length, published.columnTotals.length), flatten(published)]
      : [listLayout(published.cells.length), [...published.cells, published.total]];
  return { layout, known: entries.map((e) => ('value' in e ? e.value : null)) };
}

/**
 * Every hidden entry of a published table or list that follows exactly by subtraction within one row,
 * column or margin, repeated as recovered entries become known, with the value recovered.
 */
export function recoverable(published: PublishedTable | PublishedList): Recovered[] {
  const { layout, known } = read(published);
  const found: Recovered[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    for (const { members, total } of layout.equations) {
      const unknown = [...members, total].filter((id) => known[id] === null);
      if (unknown.length !== 1) continue;
      const id = unknown[0]!;
      const others = members.reduce((sum, m) => sum + (m === id ? 0 : known[m]!), 0);
      const value = id === total ? others : known[total]! - others;
      known[id] = value;
      found.push({ at: layout.positions[id]!, value });
      changed = true;
    }
  }
  return found;
}

/** Every hidden entry that all the equations of a published table or list fix together, with its value. */
export function determined(published: PublishedTable | PublishedList): Recovered[] {
  const { layout, known } = read(published);
  return solved(known, layout).map(({ id, value }) => ({ at: layout.positions[id]!, value }));
}
