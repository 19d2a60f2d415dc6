import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CountTable,
  CountTable as CountTableSchema,
  determined,
  type Entry,
  type Link,
  type Published,
  type PublishedList,
  type PublishedTable,
  recoverable,
  suppressLinked,
  suppressList,
  suppressTable,
  Threshold,
} from './suppression.ts';

/** A table with its totals added up, as a statistics query would return it. */
function tableOf(cells: number[][]): CountTable {
  const columns = cells[0]?.length ?? 0;
  const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = Array.from({ length: columns }, (_, c) => cells.reduce((a, row) => a + row[c]!, 0));
  return { cells, rowTotals, columnTotals, total: rowTotals.reduce((a, b) => a + b, 0) };
}

/** An entry drawn as text: a number is published, P and S are hidden (primary, secondary). */
const mark = (c: Published) => ('value' in c ? String(c.value) : c.suppressed === 'primary' ? 'P' : 'S');
/** The table drawn as text. */
const draw = (cells: Published[][]) => cells.map((row) => row.map(mark).join(' '));

describe('primary and secondary suppression of a table', () => {
  it.each([
    [
      'nothing small: nothing hidden',
      [
        [12, 30],
        [15, 18],
      ],
      5,
      ['12 30', '15 18'],
    ],
    [
      'one small cell in a row: its row and column get a partner, and so do theirs',
      [
        [12, 3, 20],
        [15, 18, 22],
      ],
      5,
      ['S P 20', 'S S 22'],
    ],
    [
      'two small cells in a row and a column need no partner',
      [
        [3, 4],
        [2, 1],
      ],
      5,
      ['P P', 'P P'],
    ],
    [
      'the partner is the smallest non-zero count of the row',
      [
        [3, 40, 9, 50],
        [30, 20, 25, 60],
      ],
      5,
      ['P 40 S 50', 'S 20 S 60'],
    ],
    [
      'ties go to the first by position',
      [
        [3, 9, 9],
        [9, 9, 9],
      ],
      5,
      ['P S 9', 'S S 9'],
    ],
    [
      'zeros are not small by default',
      [
        [0, 12],
        [7, 0],
      ],
      5,
      ['0 12', '7 0'],
    ],
    [
      'a zero is never a partner: a small count with only zeros beside it hides its row total instead',
      [
        [3, 0],
        [10, 20],
      ],
      5,
      ['P 0', 'S 20'],
    ],
    [
      'threshold 1 hides nothing',
      [
        [1, 2],
        [3, 4],
      ],
      1,
      ['1 2', '3 4'],
    ],
    [
      'threshold 10',
      [
        [9, 10],
        [10, 30],
      ],
      10,
      ['P S', 'S S'],
    ],
  ])('%s', (_name, cells, threshold, expected) => {
    const published = suppressTable(tableOf(cells), { threshold });
    expect(draw(published.cells)).toEqual(expected);
    expect(recoverable(published)).toEqual([]);
  });

  it('closes the classic leak: the small count minus its row total, and says what it hid and why', () => {
    const table = tableOf([
      [12, 3, 20],
      [15, 18, 22],
    ]);
    const published = suppressTable(table);
    expect(published.suppressed).toEqual([
      { at: { row: 0, column: 1 }, reason: 'primary' },
      { at: { row: 0, column: 0 }, reason: 'secondary' },
      { at: { row: 1, column: 0 }, reason: 'secondary' },
      { at: { row: 1, column: 1 }, reason: 'secondary' },
    ]);
    expect(published.rowTotals).toEqual([{ value: 35 }, { value: 55 }]);
    expect(published.columnTotals).toEqual([{ value: 27 }, { value: 21 }, { value: 42 }]);
    expect(published.total).toEqual({ value: 90 });
  });

  it('zeros can be made sensitive', () => {
    const published = suppressTable(
      tableOf([
        [0, 12],
        [7, 9],
      ]),
      { zerosSensitive: true },
    );
    expect(draw(published.cells)).toEqual(['P S', 'S S']);
  });

  it('hidden zeros that must add up to nothing get a non-zero partner', () => {
    const published = suppressTable(
      tableOf([
        [0, 0, 12],
        [5, 6, 7],
      ]),
      { zerosSensitive: true },
    );
    expect(draw(published.cells)).toEqual(['P P S', 'S S S']);
    expect(determined(published)).toEqual([]);
  });

  it('a small count joining two groups of hidden cells is found and protected', () => {
    // Row by row, each line below has two hidden counts, yet rows 0 and 2 minus columns 1 and 2 leave
    // the count at row 1, column 1 alone. Suppression hides one more count of its row.
    const table = tableOf([
      [5, 1, 3, 30],
      [7, 3, 8, 9],
      [37, 1, 8, 24],
      [1, 24, 15, 1],
    ]);
    const published = suppressTable(table);
    expect(draw(published.cells)).toEqual(['5 P P 30', 'S P S S', '37 P S 24', 'P 24 15 P']);
    expect(determined(published)).toEqual([]);
    const withoutIt = structuredClone(published);
    withoutIt.cells[1]![2] = { value: 8 };
    expect(recoverable(withoutIt)).toEqual([]);
    expect(determined(withoutIt)).toEqual([{ at: { row: 1, column: 1 }, value: 3 }]);
  });

  it('where a fixed count has only zeros left to hide beside it, totals break the chain, never a zero', () => {
    // Found by the property below: row 3 and column 1 are hidden but for zeros, and the margins still
    // gave away the 1 at row 3, column 1. Hiding a zero beside it would not do: a reader who knows that
    // counts are never negative may pin it. Its row total and column total are hidden instead.
    const published = suppressTable(
      tableOf([
        [1, 0, 0, 0],
        [24, 17, 1, 0],
        [9, 1, 31, 1],
        [1, 1, 0, 0],
        [9, 1, 1, 0],
      ]),
      { threshold: 2 },
    );
    expect(draw(published.cells)).toEqual(['P 0 0 0', 'S S P 0', '9 P 31 P', 'P P 0 0', '9 P P 0']);
    expect(published.rowTotals.map((t) => 'suppressed' in t)).toEqual([true, false, false, true, false]);
    expect(published.columnTotals.map((t) => 'suppressed' in t)).toEqual([false, true, false, true]);
    expect(determined(published)).toEqual([]);
  });

  it('a table of one column: each small row is its own total, so that total is hidden too', () => {
    const published = suppressTable(tableOf([[3], [40], [25]]));
    expect(draw(published.cells)).toEqual(['P', '40', 'S']);
    expect(published.rowTotals).toEqual([
      { suppressed: 'secondary' },
      { value: 40 },
      { suppressed: 'secondary' },
    ]);
    expect(published.columnTotals).toEqual([{ value: 68 }]);
    expect(recoverable(published)).toEqual([]);
  });

  it('a table of one row: the column totals are the cells and are hidden with them', () => {
    const published = suppressTable(tableOf([[3, 40, 25]]));
    expect(draw(published.cells)).toEqual(['P 40 S']);
    expect(published.columnTotals).toEqual([
      { suppressed: 'secondary' },
      { value: 40 },
      { suppressed: 'secondary' },
    ]);
    expect(recoverable(published)).toEqual([]);
  });
});

describe('a list with a total', () => {
  it.each([
    ['nothing small', [12, 30, 8], 5, ['12', '30', '8'], '50'],
    ['one small count and the smallest other', [12, 3, 20], 5, ['S', 'P', '20'], '35'],
    ['two small counts protect each other', [12, 3, 4], 5, ['12', 'P', 'P'], '19'],
    ['a list of one small count hides its total', [3], 5, ['P'], 'S'],
  ])('%s', (_name, cells, threshold, expected, total) => {
    const published = suppressList({ cells, total: cells.reduce((a, b) => a + b, 0) }, { threshold });
    expect(published.cells.map(mark)).toEqual(expected);
    expect(mark(published.total)).toBe(total);
    expect(recoverable(published)).toEqual([]);
  });
});

/** A table or list with its totals: each row and its total after a bar, then the column totals and the total. */
const drawWhole = (t: PublishedTable | PublishedList) =>
  'rowTotals' in t
    ? [
        ...t.cells.map((row, r) => `${row.map(mark).join(' ')} | ${mark(t.rowTotals[r]!)}`),
        `${t.columnTotals.map(mark).join(' ')} | ${mark(t.total)}`,
      ]
    : [`${t.cells.map(mark).join(' ')} | ${mark(t.total)}`];
const drawAll = (tables: Record<string, PublishedTable | PublishedList>) =>
  Object.fromEntries(Object.entries(tables).map(([name, t]) => [name, drawWhole(t)]));
const listOf = (cells: number[]) => ({ cells, total: cells.reduce((a, b) => a + b, 0) });
const at = (table: string, position: Entry['at']): Entry => ({ table, at: position });
const same = (a: Entry, b: Entry): Link => ({ members: [a], total: b });

describe('tables published together', () => {
  it.each([
    [
      'women 0, men hidden beside the total of people: the children, shown in another table, would give the men away',
      { bySex: listOf([0, 2, 9]), byAge: listOf([9, 1, 1]) },
      [
        same(at('bySex', { item: 2 }), at('byAge', { item: 0 })),
        same(at('bySex', { total: true }), at('byAge', { total: true })),
      ],
      5,
      { bySex: ['0 P S | 11'], byAge: ['S P P | 11'] },
    ],
    [
      'one girl: people by age group and sex beside adults by sex, whose totals differ by her alone',
      {
        people: tableOf([
          [1, 0],
          [1, 1],
          [1, 0],
        ]),
        adults: listOf([2, 1]),
      },
      [0, 1].map((column) => ({
        members: [at('adults', { item: column }), at('people', { row: 0, column })],
        total: at('people', { columnTotal: column }),
      })),
      3,
      { people: ['P 0 | P', 'P P | P', 'P 0 | P', 'S P | S'], adults: ['P P | 3'] },
    ],
  ])('%s', (_name, tables, links, threshold, expected) => {
    const options = { threshold, totalsSensitive: true };
    const published = suppressLinked(tables, links, options);
    expect(drawAll(published.tables)).toEqual(expected);
    expect(recoverable({ tables: published.tables, links })).toEqual([]);
    expect(determined({ tables: published.tables, links })).toEqual([]);
    // Each table suppressed alone is safe alone, not beside the others.
    const alone = Object.fromEntries(
      Object.entries(tables).map(([name, t]) => [name, suppressLinked({ t }, [], options).tables.t]),
    );
    expect(determined({ tables: alone, links })).not.toEqual([]);
  });

  it('says which table a hidden entry is in, and the verifiers follow links', () => {
    const published = suppressLinked({ a: listOf([3, 10]), b: listOf([3, 4]) }, [
      same(at('a', { item: 0 }), at('b', { item: 0 })),
    ]);
    expect(published.suppressed).toEqual([
      { table: 'a', at: { item: 0 }, reason: 'primary' },
      { table: 'b', at: { item: 0 }, reason: 'primary' },
      { table: 'b', at: { item: 1 }, reason: 'primary' },
      { table: 'a', at: { item: 1 }, reason: 'secondary' },
    ]);
    const v = (value: number): Published => ({ value });
    const leaking = {
      tables: { a: { cells: [v(3), v(10)], total: v(13) }, b: published.tables.b },
      links: [same(at('a', { item: 0 }), at('b', { item: 0 }))],
    };
    expect(recoverable(leaking)).toEqual([
      { table: 'b', at: { item: 0 }, value: 3 },
      { table: 'b', at: { item: 1 }, value: 4 },
    ]);
  });

  it('leaves tables already published as they are and protects a new one beside them with its own counts', () => {
    const tables = { page: listOf([10, 10]), breakdown: listOf([10, 3]) };
    const links = [same(at('breakdown', { item: 0 }), at('page', { item: 0 }))];
    const { page } = suppressLinked({ page: tables.page }, []).tables;
    const beside = suppressLinked(tables, links, {}, { page });
    expect(drawAll(beside.tables)).toEqual({ page: ['10 10 | 20'], breakdown: ['10 P | S'] });
    expect(beside.suppressed).toEqual([
      { table: 'breakdown', at: { item: 1 }, reason: 'primary' },
      { table: 'breakdown', at: { total: true }, reason: 'secondary' },
    ]);
    expect(determined({ tables: beside.tables, links })).toEqual([]);
    // Suppressed afresh, the new table would lean on hiding a count the page already shows.
    const afresh = suppressLinked(tables, links).tables;
    expect(drawAll(afresh)).toEqual({ page: ['S S | 20'], breakdown: ['S P | 13'] });
    expect(determined({ tables: { page, breakdown: afresh.breakdown }, links })).toEqual([
      { table: 'breakdown', at: { item: 0 }, value: 10 },
      { table: 'breakdown', at: { item: 1 }, value: 3 },
    ]);
  });

  it('refuses a link to an entry no table has', () => {
    expect(() =>
      suppressLinked({ a: listOf([3, 10]) }, [same(at('a', { item: 2 }), at('b', { total: true }))]),
    ).toThrow('a link names no published entry: a {"item":2}');
  });
});

describe('the verifier', () => {
  const v = (value: number): Published => ({ value });
  const P: Published = { suppressed: 'primary' };

  it('finds the small count left alone in its row by primary suppression only', () => {
    const published = {
      cells: [
        [v(12), P, v(20)],
        [v(15), v(18), v(22)],
      ],
      rowTotals: [v(35), v(55)],
      columnTotals: [v(27), v(21), v(42)],
      total: v(90),
    };
    expect(recoverable(published)).toEqual([{ at: { row: 0, column: 1 }, value: 3 }]);
    expect(determined(published)).toEqual([{ at: { row: 0, column: 1 }, value: 3 }]);
  });

  it('keeps going as recovered counts open others', () => {
    const published = {
      cells: [
        [P, P],
        [v(7), P],
      ],
      rowTotals: [v(5), v(16)],
      columnTotals: [v(9), v(12)],
      total: v(21),
    };
    expect(recoverable(published)).toEqual([
      { at: { row: 1, column: 1 }, value: 9 },
      { at: { row: 0, column: 0 }, value: 2 },
      { at: { row: 0, column: 1 }, value: 3 },
    ]);
  });

  it('recomputes a hidden total from its row or from the margin of totals', () => {
    const fromRows = {
      cells: [
        [v(1), v(2)],
        [v(3), v(4)],
      ],
      rowTotals: [P, P],
      columnTotals: [v(4), v(6)],
      total: v(10),
    };
    expect(recoverable(fromRows)).toEqual([
      { at: { rowTotal: 0 }, value: 3 },
      { at: { rowTotal: 1 }, value: 7 },
    ]);
    const fromMargin = {
      ...fromRows,
      cells: [
        [P, P],
        [v(3), v(4)],
      ],
      rowTotals: [P, v(7)],
    };
    expect(recoverable(fromMargin)).toEqual([
      { at: { row: 0, column: 0 }, value: 1 },
      { at: { row: 0, column: 1 }, value: 2 },
      { at: { rowTotal: 0 }, value: 3 },
    ]);
    expect(recoverable({ cells: [v(4), P], total: v(9) })).toEqual([{ at: { item: 1 }, value: 5 }]);
  });
});

describe('thresholds and tables a caller must refuse', () => {
  it.each([
    [5, null],
    [1, null],
    [0, 'the threshold must be at least 1'],
    [-3, 'the threshold must be at least 1'],
    [2.5, 'the threshold must be a whole number'],
    ['5', 'the threshold must be a number'],
  ])('threshold %j', (threshold, reason) => {
    const result = Threshold.safeParse(threshold);
    expect(result.success ? null : result.error.issues[0]?.message).toBe(reason);
  });

  it('suppression refuses a bad threshold rather than publish with it', () => {
    expect(() => suppressTable(tableOf([[3]]), { threshold: 0 })).toThrow('at least 1');
  });

  it.each([
    [{ cells: [[1, 2]], rowTotals: [3], columnTotals: [1, 2], total: 3 }, null],
    [{ cells: [[1, 2]], rowTotals: [], columnTotals: [1, 2], total: 3 }, 'one row total for each row'],
    [
      { cells: [[1, 2], [3]], rowTotals: [3, 3], columnTotals: [4, 2], total: 6 },
      'every row has one count for each column total',
    ],
  ])('table %j', (table, reason) => {
    const result = CountTableSchema.safeParse(table);
    expect(result.success ? null : result.error.issues[0]?.message).toBe(reason);
  });
});

describe('for any small table of counts', () => {
  const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 }));
  const options = fc.record({ threshold: fc.integer({ min: 1, max: 10 }), zerosSensitive: fc.boolean() });
  const grid = fc
    .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
    .chain(([rows, columns]) =>
      fc.array(fc.array(count, { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      }),
    );
  const sensitive = (n: number, o: { threshold: number; zerosSensitive: boolean }) =>
    n < o.threshold && (n > 0 || o.zerosSensitive);

  /** Hidden counts of a line beside its visible total must not add up to 0: they would all be 0. */
  const zeroSums = (published: Published[][], totals: Published[], cells: number[][]) =>
    published.filter(
      (line, i) =>
        'value' in totals[i]! &&
        line.some((c) => 'suppressed' in c) &&
        line.reduce((sum, c, j) => sum + ('suppressed' in c ? cells[i]![j]! : 0), 0) === 0,
    );
  const transpose = <T>(m: T[][]) => m[0]!.map((_, c) => m.map((row) => row[c]!));

  it('nothing hidden can be recomputed, every small count is hidden as primary, the rest is as counted', () => {
    fc.assert(
      fc.property(grid, options, (cells, o) => {
        const table = tableOf(cells);
        const published = suppressTable(table, o);
        expect(recoverable(published)).toEqual([]);
        expect(determined(published)).toEqual([]);
        expect(zeroSums(published.cells, published.rowTotals, cells)).toEqual([]);
        expect(zeroSums(transpose(published.cells), published.columnTotals, transpose(cells))).toEqual([]);
        cells.forEach((row, r) => {
          row.forEach((n, c) => {
            const shown = published.cells[r]![c]!;
            if (sensitive(n, o)) expect(shown).toEqual({ suppressed: 'primary' });
            else if ('value' in shown) expect(shown.value).toBe(n);
            else expect(shown).toEqual({ suppressed: 'secondary' });
          });
        });
        const hidden = published.cells.flat().filter((c) => 'suppressed' in c).length;
        const hiddenTotals = [...published.rowTotals, ...published.columnTotals, published.total].filter(
          (c) => 'suppressed' in c,
        ).length;
        expect(published.suppressed).toHaveLength(hidden + hiddenTotals);
      }),
      { numRuns: 500 },
    );
  });

  it('to publish, small totals hide too, and still nothing hidden can be recomputed', () => {
    fc.assert(
      fc.property(grid, fc.integer({ min: 1, max: 10 }), (cells, threshold) => {
        const published = suppressTable(tableOf(cells), { threshold, totalsSensitive: true });
        expect(recoverable(published)).toEqual([]);
        expect(determined(published)).toEqual([]);
        const visible = [
          ...published.cells.flat(),
          ...published.rowTotals,
          ...published.columnTotals,
          published.total,
        ]
          .filter((c): c is { value: number } => 'value' in c)
          .map((c) => c.value);
        expect(visible.filter((v) => v > 0 && v < threshold)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('what subtraction recovers, elimination finds with the same value', () => {
    fc.assert(
      fc.property(grid, options, (cells, o) => {
        const published = suppressTable(tableOf(cells), o);
        const primaryOnly = {
          ...published,
          cells: published.cells.map((row, r) =>
            row.map(
              (c, j): Published =>
                'suppressed' in c && c.suppressed === 'secondary' ? { value: cells[r]![j]! } : c,
            ),
          ),
          rowTotals: tableOf(cells).rowTotals.map((value) => ({ value })),
          columnTotals: tableOf(cells).columnTotals.map((value) => ({ value })),
        };
        expect(determined(primaryOnly)).toEqual(expect.arrayContaining(recoverable(primaryOnly)));
      }),
      { numRuns: 300 },
    );
  });

  it('the same holds for a list', () => {
    fc.assert(
      fc.property(fc.array(count, { minLength: 1, maxLength: 12 }), options, (cells, o) => {
        const published = suppressList({ cells, total: cells.reduce((a, b) => a + b, 0) }, o);
        expect(recoverable(published)).toEqual([]);
        expect(determined(published)).toEqual([]);
        expect(zeroSums([published.cells], [published.total], [cells])).toEqual([]);
        cells.forEach((n, i) => {
          if (sensitive(n, o)) expect(published.cells[i]).toEqual({ suppressed: 'primary' });
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('for any small tables published together', () => {
  // People with three facts, counted as published tables overlap: a by b and a by c (the same rows of
  // a twice), b alone (the columns of the first), and b among those outside the first group of a (as
  // women beside all females and girls). With a single group of a, that last list would be 0 by its
  // definition, which no suppression can hide.
  const people = fc
    .tuple(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
    .chain(([a, b, c]) =>
      fc.record({
        sizes: fc.constant({ a, b, c }),
        people: fc.array(fc.record({ a: fc.nat(a - 1), b: fc.nat(b - 1), c: fc.nat(c - 1) }), {
          maxLength: 25,
        }),
      }),
    );
  type Person = { a: number; b: number; c: number };
  const count = (all: Person[], keep: (p: Person) => boolean) => all.filter(keep).length;

  function linkedTables({ sizes, people: all }: { sizes: Person; people: Person[] }) {
    const grid = (columns: number, column: (p: Person) => number) =>
      tableOf(
        range(sizes.a).map((r) => range(columns).map((c) => count(all, (p) => p.a === r && column(p) === c))),
      );
    const tables = {
      ab: grid(sizes.b, (p) => p.b),
      ac: grid(sizes.c, (p) => p.c),
      b: listOf(range(sizes.b).map((j) => count(all, (p) => p.b === j))),
      rest: listOf(range(sizes.b).map((j) => count(all, (p) => p.a !== 0 && p.b === j))),
    };
    const links: Link[] = [
      same(at('ab', { total: true }), at('ac', { total: true })),
      same(at('ab', { total: true }), at('b', { total: true })),
      ...range(sizes.a).map((r) => same(at('ab', { rowTotal: r }), at('ac', { rowTotal: r }))),
      ...range(sizes.b).map((j) => same(at('b', { item: j }), at('ab', { columnTotal: j }))),
      ...range(sizes.b).map((j) => ({
        members: [at('rest', { item: j }), at('ab', { row: 0, column: j })],
        total: at('ab', { columnTotal: j }),
      })),
    ];
    return { tables, links };
  }
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  type Shaped<T> = { cells: T[][]; rowTotals: T[]; columnTotals: T[]; total: T } | { cells: T[]; total: T };
  function entryOf<T>(t: Shaped<T>, { at }: Entry): T {
    if ('total' in at) return t.total;
    if ('item' in at) return (t.cells as T[])[at.item]!;
    const g = t as Extract<Shaped<T>, { rowTotals: T[] }>;
    if ('row' in at) return g.cells[at.row]![at.column]!;
    return 'rowTotal' in at ? g.rowTotals[at.rowTotal]! : g.columnTotals[at.columnTotal]!;
  }
  const options = fc.record({
    threshold: fc.integer({ min: 1, max: 6 }),
    totalsSensitive: fc.boolean(),
    zerosSensitive: fc.boolean(),
  });

  it('no hidden count follows from all the tables together; small counts are hidden, zeros only when sensitive, a count in two tables in both', () => {
    fc.assert(
      fc.property(people, options, (drawn, o) => {
        const { tables, links } = linkedTables(drawn);
        // The links are true of the people counted.
        const value = (e: Entry) => entryOf<number>(tables[e.table as keyof typeof tables], e);
        for (const link of links)
          expect(link.members.reduce((sum, m) => sum + value(m), 0)).toBe(value(link.total));
        const published = suppressLinked(tables, links, o);
        const shown = (e: Entry) => entryOf<Published>(published.tables[e.table as keyof typeof tables], e);
        expect(determined({ tables: published.tables, links })).toEqual([]);
        expect(recoverable({ tables: published.tables, links })).toEqual([]);
        for (const link of links.filter((l) => l.members.length === 1))
          expect('value' in shown(link.members[0]!)).toBe('value' in shown(link.total));
        for (const [name, table] of Object.entries(tables)) {
          const all = 'rowTotals' in table ? tableOf(table.cells) : table;
          const entries: Entry['at'][] =
            'rowTotals' in all
              ? [
                  ...all.cells.flatMap((row, r) => row.map((_, column) => ({ row: r, column }))),
                  ...all.rowTotals.map((_, r) => ({ rowTotal: r })),
                  ...all.columnTotals.map((_, c) => ({ columnTotal: c })),
                  { total: true as const },
                ]
              : [...all.cells.map((_, item) => ({ item })), { total: true as const }];
          for (const position of entries) {
            const e = at(name, position);
            const [n, p] = [value(e), shown(e)];
            const cell = 'row' in position || 'item' in position;
            const small = n < o.threshold && (n > 0 || o.zerosSensitive);
            if (small && (cell || o.totalsSensitive)) expect(p).toEqual({ suppressed: 'primary' });
            else if ('value' in p) expect(p.value).toBe(n);
            if (n === 0 && !o.zerosSensitive) expect(p).toEqual({ value: 0 });
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
