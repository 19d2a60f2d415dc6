import { z } from 'zod';

// Statistical disclosure control for published tables of counts. A small count (two women of one age
// from one municipality) can point at a person, so it is hidden: primary suppression. A hidden count
// that can be worked out from the totals and the visible counts protects no one, so more entries are
// hidden (secondary suppression) until
// - no row, column or margin holds exactly one hidden entry, nor hidden entries that add up to 0
//   beside a visible total (counts are never negative, so each would be 0), and
// - no hidden entry follows from all the equations taken together: subtracting line by line misses
//   a count that joins two otherwise separate groups of hidden cells, exact elimination does not.
// Tables published together are one system (`suppressLinked`): the same people counted in two tables
// are one unknown to a reader, and a sum that crosses tables (women in one, girls in another, all
// females in a third) is one more equation, so a count hidden in one table stays hidden in all of them.
// Tables are taken to be additive (a total is the sum of its counts); where one person counts in
// several columns the rule is only more cautious.
//
// A zero is never hidden to protect another count: a reader knows counts are never negative, so hidden
// entries that can only be 0 give each other away, and elimination, which cannot see that, would take
// them for protection. With every hidden count above 0, what elimination cannot fix, non-negativity
// cannot either. (Zeros made sensitive are hidden as small counts; the rule of the first point then
// keeps them apart from a visible total.)
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
type List<T> = { cells: T[]; total: T };
export type PublishedTable = Grid<Published>;
export type PublishedList = List<Published>;

/** An entry of one of the tables published together, named by its table. */
export type Entry = { table: string; at: Position };
/**
 * An equation between tables published together: its members add up to its total. The same count in
 * two tables is an equation of one member.
 */
export type Link = { members: Entry[]; total: Entry };
/** Tables published together, by name, and the equations between them. */
export type PublishedLinked = { tables: Record<string, PublishedTable | PublishedList>; links: Link[] };

/** Every entry has an id (table by table: cells row by row, row totals, column totals, grand total);
 * each equation says its members add up to its total. Totals are entries too, so a margin is checked
 * like a row. */
type Equation = { members: number[]; total: number };
type Shape = { positions: Position[]; equations: Equation[] };
type Layout = { entries: Entry[]; equations: Equation[] };

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

function tableShape(rows: number, columns: number): Shape {
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

function listShape(n: number): Shape {
  return {
    positions: [...range(n).map((item) => ({ item })), { total: true }],
    equations: [{ members: range(n), total: n }],
  };
}

const isGrid = <T>(t: Grid<T> | List<T>): t is Grid<T> => 'rowTotals' in t;
const shapeOf = <T>(t: Grid<T> | List<T>) =>
  isGrid(t) ? tableShape(t.cells.length, t.columnTotals.length) : listShape(t.cells.length);
const flatten = <T>(t: Grid<T> | List<T>) =>
  isGrid(t) ? [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.total] : [...t.cells, t.total];
/** The entries of `flat` back in the shape of `like`. */
function reshape<T>(like: Grid<unknown> | List<unknown>, flat: T[]): Grid<T> | List<T> {
  if (!isGrid(like)) return { cells: flat.slice(0, -1), total: flat.at(-1)! };
  const [rows, columns] = [like.cells.length, like.columnTotals.length];
  return {
    cells: range(rows).map((r) => flat.slice(r * columns, (r + 1) * columns)),
    rowTotals: flat.slice(rows * columns, rows * columns + rows),
    columnTotals: flat.slice(rows * columns + rows, rows * columns + rows + columns),
    total: flat[rows * columns + rows + columns]!,
  };
}

const keyOf = ({ table, at }: Entry) => `${table} ${JSON.stringify(at, Object.keys(at).sort())}`;

/** The tables' own equations, one after the other, and the links between them. */
function layoutOf(tables: Record<string, Grid<unknown> | List<unknown>>, links: Link[]): Layout {
  const entries: Entry[] = [];
  const equations: Equation[] = [];
  for (const [table, t] of Object.entries(tables)) {
    const shape = shapeOf(t);
    const offset = entries.length;
    entries.push(...shape.positions.map((at) => ({ table, at })));
    for (const { members, total } of shape.equations)
      equations.push({ members: members.map((m) => m + offset), total: total + offset });
  }
  const ids = new Map(entries.map((e, id) => [keyOf(e), id]));
  const idOf = (e: Entry) => {
    const id = ids.get(keyOf(e));
    if (id === undefined) throw new Error(`a link names no published entry: ${keyOf(e)}`);
    return id;
  };
  for (const { members, total } of links) equations.push({ members: members.map(idOf), total: idOf(total) });
  return { entries, equations };
}

/**
 * The entry to hide beside the hidden ones of an equation: its smallest non-zero count still free to
 * hide (ties: the first by position), else its total; a total is hidden only where its row or column
 * has no other count to hide (a single cell is its own total). Never a zero (see the top of this file).
 */
function complementOf(equation: Equation, values: number[], free: (id: number) => boolean) {
  const nonZero = equation.members
    .filter((id) => free(id) && values[id]! > 0)
    .sort((a, b) => values[a]! - values[b]! || a - b);
  return nonZero[0] ?? (free(equation.total) ? equation.total : undefined);
}

/** An equation gives hidden entries away when it holds one, or several that add up to 0 beside a visible total. */
function exposes({ members, total }: Equation, values: number[], hidden: Map<number, Reason>) {
  const inside = [...members, total].filter((id) => hidden.has(id));
  const sum = members.reduce((s, id) => s + (hidden.has(id) ? values[id]! : 0), 0);
  return inside.length === 1 || (inside.length > 1 && !hidden.has(total) && sum === 0);
}

/** Which entries to hide; `decided` entries are already published as they say and are not changed. */
function protect(
  values: number[],
  layout: Layout,
  options: SuppressionOptions,
  decided: (Published | undefined)[] = [],
) {
  const threshold = Threshold.parse(options.threshold ?? 5);
  const hidden = new Map<number, Reason>();
  layout.entries.forEach(({ at }, id) => {
    const given = decided[id];
    const v = values[id]!;
    const sensitive = v < threshold && (v > 0 || options.zerosSensitive === true);
    const counted = 'row' in at || 'item' in at || options.totalsSensitive === true;
    if (given) {
      if ('suppressed' in given) hidden.set(id, given.suppressed);
    } else if (counted && sensitive) hidden.set(id, 'primary');
  });
  const free = (id: number) => !hidden.has(id) && decided[id] === undefined;
  for (;;) {
    let changed = false;
    for (const equation of layout.equations) {
      const complement = exposes(equation, values, hidden) ? complementOf(equation, values, free) : undefined;
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
      .map((e) => complementOf(e, values, free))
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
type Counts = Record<string, CountTable | CountList>;
/** Each of the tables as published. */
export type PublishedTables<T extends Counts> = {
  [K in keyof T]: T[K] extends CountTable ? PublishedTable : PublishedList;
};

/** `flat`, table by table in the order of `tables`, back in their shapes. */
function inShapes<T>(tables: Record<string, Grid<unknown> | List<unknown>>, flat: T[]) {
  let end = 0;
  return Object.fromEntries(
    Object.entries(tables).map(([name, t]) => {
      const size = flatten(t).length;
      end += size;
      return [name, reshape(t, flat.slice(end - size, end))];
    }),
  );
}

/**
 * Hides the small counts of tables published together, and enough others that none can be recomputed
 * from all of them at once: each table's rows, columns and margins, and the links between tables. A
 * count in several tables (linked as equal) is hidden in all of them or in none. Totals are kept:
 * once every equation with a hidden count has at least two that add up to more than nothing, and no
 * hidden entry follows from all of them together, the totals give only sums of hidden counts, never
 * one of them. A total is hidden only where its row or column has no other non-zero count to hide (a
 * single cell is its own total). `suppressed` lists primary, then secondary, in the order chosen.
 *
 * `published` holds tables already published with these counts: they stay as they are, and the others
 * are suppressed beside them.
 */
export function suppressLinked<T extends Counts>(
  tables: T,
  links: Link[],
  options: SuppressionOptions = {},
  published: Partial<PublishedTables<T>> = {},
) {
  const layout = layoutOf(tables, links);
  const values = Object.values(tables).flatMap(flatten);
  const decided = Object.keys(tables).flatMap((name) => {
    const given: PublishedTable | PublishedList | undefined = published[name];
    return given ? flatten(given) : flatten(tables[name]!).map(() => undefined);
  });
  const hidden = protect(values, layout, options, asPublished(decided, layout));
  return {
    tables: inShapes(tables, publish(values, hidden)) as PublishedTables<T>,
    suppressed: [...hidden]
      .filter(([id]) => !(layout.entries[id]!.table in published))
      .map(([id, reason]) => ({ ...layout.entries[id]!, reason })),
  };
}

/** A count equal to one already published (a link of one member) is published as it was. */
function asPublished(decided: (Published | undefined)[], layout: Layout) {
  const spread = [...decided];
  for (let changed = true; changed; ) {
    changed = false;
    for (const { members, total } of layout.equations.filter((e) => e.members.length === 1)) {
      const [a, b] = [members[0]!, total];
      if ((spread[a] === undefined) === (spread[b] === undefined)) continue;
      spread[a] ??= spread[b];
      spread[b] ??= spread[a];
      changed = true;
    }
  }
  return spread;
}

function suppressAlone<T extends CountTable | CountList>(table: T, options: SuppressionOptions) {
  const { tables, suppressed } = suppressLinked({ table }, [], options);
  return { ...tables.table, suppressed: suppressed.map(({ at, reason }): Suppression => ({ at, reason })) };
}

/** `suppressLinked` for one table published alone. */
export const suppressTable = (table: CountTable, options: SuppressionOptions = {}) =>
  suppressAlone(table, options);

/** The same for a single list of counts and its total. */
export const suppressList = (list: CountList, options: SuppressionOptions = {}) =>
  suppressAlone(list, options);

type Readable = PublishedTable | PublishedList | PublishedLinked;

function read(published: Readable) {
  const alone = !('links' in published);
  const { tables, links } = alone ? { tables: { table: published }, links: [] } : published;
  const layout = layoutOf(tables, links);
  const known = Object.values(tables)
    .flatMap(flatten)
    .map((e) => ('value' in e ? e.value : null));
  /** Where an entry is: its table too when tables were published together. */
  const place = (id: number) => (alone ? { at: layout.entries[id]!.at } : layout.entries[id]!);
  return { layout, known, place };
}

/**
 * Every hidden entry of a published table or list, or of tables published together, that follows
 * exactly by subtraction within one row, column, margin or link, repeated as recovered entries become
 * known, with the value recovered.
 */
export function recoverable(published: PublishedTable | PublishedList): Recovered[];
export function recoverable(published: PublishedLinked): (Recovered & Entry)[];
export function recoverable(published: Readable) {
  const { layout, known, place } = read(published);
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
      found.push({ ...place(id), value });
      changed = true;
    }
  }
  return found;
}

/** Every hidden entry that all the equations of what was published fix together, with its value. */
export function determined(published: PublishedTable | PublishedList): Recovered[];
export function determined(published: PublishedLinked): (Recovered & Entry)[];
export function determined(published: Readable) {
  const { layout, known, place } = read(published);
  return solved(known, layout).map(({ id, value }) => ({ ...place(id), value }));
}
