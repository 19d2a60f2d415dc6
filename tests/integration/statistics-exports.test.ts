import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVilnius } from '../../src/cases/model.ts';
import { backends, type Client, loginAs, startTestApp, type TestApp } from '../support/harness.ts';

// What staff type must never reach the statistics files as something a spreadsheet program would run.
// A municipality is one of the closed list, so one typed as a formula is refused at the door; the
// files hold the code, as text beside a number. (The escaping itself is tested in exports.test.ts.)

const TYPED = ['=HYPERLINK("http://x","y")', '+SUM(1,2)', '-3+4', '@cmd'];

describe.each(backends())('statistics exports on %s', (backend) => {
  let app: TestApp;
  let caritas: Client;
  let statistician: Client;
  const today = todayInVilnius();

  /** A case recorded by Caritas in a municipality as typed, with one service given today. */
  async function caseIn(municipality: string) {
    const draft = randomUUID();
    const data = {
      kind: 'trafficking',
      metAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
      municipality,
      firstContactKind: 'ngo',
      exploitationForms: ['ForcedLabour'],
      indicators: ['WithholdsDocuments'],
      sex: 'female',
      age: 31,
      citizenship: 'LT',
      consents: [{ scope: 'referral_to_support_service', method: 'spoken' }],
    };
    expect((await caritas.request('PUT', `/api/intake-drafts/${draft}`, { data })).status).toBe(200);
    const submitted = await caritas.request('POST', `/api/intake-drafts/${draft}/submit`);
    expect(submitted.status, submitted.body).toBe(201);
    const { caseId } = submitted.json() as { caseId: string };
    const given = await caritas.request('POST', `/api/cases/${caseId}/assistance/services`, {
      services: [{ type: 'food', givenOn: today, mode: 'in_person' }],
    });
    expect(given.status, given.body).toBe(200);
  }

  beforeAll(async () => {
    app = await startTestApp(backend);
    [caritas, statistician] = await Promise.all([
      loginAs(app, 'case.worker@atrama.test', 'caritas-centre-against-human-trafficking-and-exploitation'),
      loginAs(app, 'statistician@atrama.test'),
    ]);
    await caseIn('Vilniaus m. sav.');
  });
  afterAll(() => app?.close());

  const exported = async (format: 'csv' | 'xlsx') => {
    const response = await statistician.request(
      'GET',
      `/api/statistics/export?format=${format}&indicator=services_given&by=municipality&from=${today}&to=${today}`,
    );
    expect(response.status, response.body).toBe(200);
    return response.raw;
  };

  it('a municipality typed as a formula is refused with the reason, and nothing is saved', async () => {
    for (const typed of TYPED) {
      const draft = randomUUID();
      const refused = await caritas.request('PUT', `/api/intake-drafts/${draft}`, {
        data: { municipality: typed },
      });
      expect(refused.status, typed).toBe(400);
      expect(refused.body).toContain('unknown_municipality');
      expect((await caritas.request('GET', `/api/intake-drafts/${draft}`)).status).toBe(404);
    }
  });

  it('a CSV holds the municipality’s code as text beside its count', async () => {
    const rows = parse(await exported('csv'), { bom: true }) as string[][];
    expect(rows).toContainEqual(['LT-57', '1']);
    expect(rows.map(([key]) => key).filter((key) => /^[=+\-@]/.test(key!))).toEqual([]);
  });

  it('and an XLSX a string cell beside a number cell, never a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exported('xlsx')) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row) => rows.push(row));
    const cells = rows.flatMap((row) => [row.getCell(1), row.getCell(2)]);
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula || c.formula !== undefined)).toBe(false);
    const row = rows.find((r) => r.getCell(1).value === 'LT-57');
    expect(row?.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(row?.getCell(2).type).toBe(ExcelJS.ValueType.Number);
  });
});
