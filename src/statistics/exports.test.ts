import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type Cell, inert, toCsv, toXlsx } from './exports.ts';

describe('a cell a spreadsheet program would run', () => {
  it.each<[string, Cell, Cell]>([
    ['a formula', '=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['a sum', '+1+1', "'+1+1"],
    ['text starting with a minus', '-2+3', "'-2+3"],
    ['a number written as text with a minus', '-5', "'-5"],
    ['a command', '@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['a tab first', '\t=1', "'\t=1"],
    ['a carriage return first', '\r=1', "'\r=1"],
    ['a municipality', 'Vilnius', 'Vilnius'],
    ['an equals sign inside', 'a=b', 'a=b'],
    ['an apostrophe first already', "'=1", "'=1"],
    ['empty text', '', ''],
    ['a negative number', -5, -5],
    ['a number', 2690, 2690],
    ['a decimal', 5.6, 5.6],
    ['a hidden count', null, null],
  ])('%s', (_name, cell, written) => {
    expect(inert(cell)).toEqual(written);
  });
});

describe('the files', () => {
  const table = {
    title: 'services_given by municipality',
    headers: ['municipality', '=services'],
    rows: [
      ['=HYPERLINK("http://x","y")', 3],
      ['-Kaunas', -1],
      ['Vilnius', null],
    ],
  };

  it('a CSV holds the text with an apostrophe in front and the numbers as they were', () => {
    expect(parse(toCsv(table), { bom: true })).toEqual([
      ['municipality', "'=services"],
      [`'=HYPERLINK("http://x","y")`, '3'],
      ["'-Kaunas", '-1'],
      ['Vilnius', ''],
    ]);
  });

  it('an XLSX holds string cells and number cells, never a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(table)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const cells = [2, 3, 4].flatMap((r) => [sheet.getCell(r, 1), sheet.getCell(r, 2)]);
    expect(cells.map((c) => [c.type, c.value])).toEqual([
      [ExcelJS.ValueType.String, `'=HYPERLINK("http://x","y")`],
      [ExcelJS.ValueType.Number, 3],
      [ExcelJS.ValueType.String, "'-Kaunas"],
      [ExcelJS.ValueType.Number, -1],
      [ExcelJS.ValueType.String, 'Vilnius'],
      [ExcelJS.ValueType.Null, null],
    ]);
    expect(sheet.getCell(1, 2).value).toBe("'=services");
    expect(cells.every((c) => c.formula === undefined)).toBe(true);
  });
});
