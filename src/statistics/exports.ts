import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

// A table of figures as a file: CSV (UTF-8 with a byte-order mark, so spreadsheet programs read
// Lithuanian letters) or an XLSX workbook with one sheet. An empty table is still a valid file.

export type FigureTable = { title: string; headers: string[]; rows: (string | number | null)[][] };

export function toCsv(table: FigureTable): Buffer {
  return Buffer.from(`\uFEFF${stringify([table.headers, ...table.rows])}`, 'utf8');
}

export async function toXlsx(table: FigureTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Atrama';
  const sheet = workbook.addWorksheet(table.title.slice(0, 31));
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((column) => {
    column.width = 24;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
