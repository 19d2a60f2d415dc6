import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

// A table of figures as a file: CSV (UTF-8 with a byte-order mark, so spreadsheet programs read
// Lithuanian letters) or an XLSX workbook with one sheet. An empty table is still a valid file.

export type Cell = string | number | null;
export type FigureTable = { title: string; headers: string[]; rows: Cell[][] };

/** What a spreadsheet program would start a formula (or a command) from, at the start of a cell. */
const FORMULA_START = /^[=+@\t\r-]/;

/**
 * A cell as it may go into a file someone opens in a spreadsheet program: text that program would
 * take for a formula (a municipality typed as `=HYPERLINK(…)`) gets an apostrophe in front, so it is
 * shown as the text it is (OWASP, "CSV injection"). Numbers stay numbers.
 */
export const inert = (cell: Cell): Cell =>
  typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;

const inertRows = (table: FigureTable) => [table.headers, ...table.rows].map((row) => row.map(inert));

export function toCsv(table: FigureTable): Buffer {
  return Buffer.from(`\uFEFF${stringify(inertRows(table))}`, 'utf8');
}

export async function toXlsx(table: FigureTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Atrama';
  const sheet = workbook.addWorksheet(table.title.slice(0, 31));
  const [headers, ...rows] = inertRows(table);
  sheet.addRow(headers!).font = { bold: true };
  // Values, never formulas: ExcelJS writes a string as a string cell.
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column) => {
    column.width = 24;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
