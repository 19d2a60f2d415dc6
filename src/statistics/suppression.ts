import { z } from 'zod';

// Statistical disclosure control for published tables of counts. A small count (two women of one age
// from one municipality) can point at a person, so it is hidden: primary suppression. A hidden count
// that can be worked out by subtracting the visible counts of its row or column from the total is no
// protection, so more counts are hidden, secondary suppression, until no row, column or margin holds
// exactly one hidden entry. Tables are taken to be additive (a total is the sum of its counts); for a
// table where one person counts in several columns the rule still holds and is only more cautious.
//
// The guarantee is the one the verifier checks: no hidden count follows by subtracting within one row,
// column or margin, however often repeated. Combining several equations at once (linear programming)
// can still bound a hidden count, or pin one that joins two otherwise separate groups of hidden cells.

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
 * The entry to hide beside the only hidden one of an equation: the smallest non-zero visible count
 * (ties: the first by position), else a visible zero, else the total, hidden only when nothing else
 * is left, since a hidden total forces a second hidden total in its margin.
 */
function complementOf({ members, total }: Equation, values: number[], hidden: Map<number, Reason>) {
  const visible = members.filter((id) => !hidden.has(id));
  const nonZero = visible.filter((id) => values[id]! > 0).sort((a, b) => values[a]! - values[b]! || a - b);
  return nonZero[0] ?? visible[0] ?? (hidden.has(total) ? undefined : total);
}

function protect(values: number[], layout: Layout, options: SuppressionOptions) {
  const threshold = Threshold.parse(options.threshold ?? 5);
  const hidden = new Map<number, Reason>();
  layout.positions.forEach((at, id) => {
    const v = values[id]!;
    const sensitive = v < threshold && (v > 0 || options.zerosSensitive === true);
    if (('row' in at || 'item' in at) && sensitive) hidden.set(id, 'primary');
  });
  for (let changed = true; changed; ) {
    changed = false;
    for (const equation of layout.equations) {
      const entries = [...equation.members, equation.total];
      if (entries.filter((id) => hidden.has(id)).length !== 1) continue;
      const complement = complementOf(equation, values, hidden);
      if (complement === undefined) continue;
      hidden.set(complement, 'secondary');
      changed = true;
    }
  }
  return hidden;
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
 * once every row, column and margin with a hidden count has at least two, a total gives only the sum
 * of two or more hidden counts, never one of them. A total is hidden only where a row or column has a
 * single cell, so that its total is that cell. `suppressed` lists primary, then secondary, as chosen.
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

/**
 * Every hidden entry of a published table or list that follows exactly by subtraction within one row,
 * column or margin, repeated as recovered entries become known, with the value recovered.
 */
export function recoverable(published: PublishedTable | PublishedList): Recovered[] {
  const { layout, entries } =
    'rowTotals' in published
      ? {
          layout: tableLayout(published.cells.length, published.columnTotals.length),
          entries: flatten(published),
        }
      : { layout: listLayout(published.cells.length), entries: [...published.cells, published.total] };
  const known = entries.map((e) => ('value' in e ? e.value : null));
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
