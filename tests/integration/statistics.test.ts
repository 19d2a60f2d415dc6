import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '../../src/access/tables.ts';
import { servicesGiven } from '../../src/assistance/tables.ts';
import { cases, caseTeam } from '../../src/cases/tables.ts';
import { people } from '../../src/people/tables.ts';
import { smallestClass } from '../../src/statistics/anonymity.ts';
import { PROFILES } from '../../src/statistics/generate/profile.ts';
import { generateYear } from '../../src/statistics/generate/year.ts';
import { HTCDS_COLUMNS, HTCDS_QUASI_IDENTIFIERS } from '../../src/statistics/htcds.ts';
import type { SeedTable } from '../../src/statistics/model.ts';
import { publicStatistics } from '../../src/statistics/public.ts';
import { determined, type Published, recoverable } from '../../src/statistics/suppression.ts';
import { backends, type Client, loginAs, startTestApp, type TestApp } from '../support/harness.ts';

// The 2023 profile written through the app's verbs reproduces seed 002's table, and the indicators
// equal counts taken here from the raw rows, in JavaScript, without the indicators' SQL.
// A year through the verbs takes minutes: it runs on PostgreSQL when there is one (CI), else PGlite.

const backend = backends().includes('postgres') ? 'postgres' : 'pglite';
const YEAR = { from: '2023-01-01', to: '2023-12-31' };
const vilniusDay = (moment: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Vilnius' }).format(moment);

describe(`statistics of the 2023 profile on ${backend}`, () => {
  let app: TestApp;
  let statistician: Client;
  let manager: Client;

  beforeAll(async () => {
    app = await startTestApp(backend);
    await generateYear(app.services, PROFILES['2023']!);
    [statistician, manager] = await Promise.all([
      loginAs(app, 'statistician@atrama.test'),
      loginAs(app, 'manager@atrama.test'),
    ]);
  }, 30 * 60_000);
  afterAll(() => app?.close());

  /** The seed table counted from the rows themselves, optionally for one organisation. */
  async function countedByHand(organisationId?: string): Promise<SeedTable> {
    const { db } = app.services.database;
    const [caseRows, personRows, teamRows, serviceRows] = await Promise.all([
      db.select().from(cases),
      db.select().from(people),
      db.select().from(caseTeam),
      db
        .select({
          caseId: servicesGiven.caseId,
          givenOn: servicesGiven.givenOn,
          organisationId: servicesGiven.organisationId,
        })
        .from(servicesGiven),
    ]);
    const caseById = new Map(caseRows.map((c) => [c.id, c]));
    const personById = new Map(personRows.map((p) => [p.id, p]));
    const firstSupport = new Map<string, { at: Date; organisationId: string }>();
    for (const t of teamRows.filter((t) => t.role === 'support_service')) {
      const seen = firstSupport.get(t.caseId);
      if (!seen || t.joinedAt < seen.at)
        firstSupport.set(t.caseId, { at: t.joinedAt, organisationId: t.organisationId });
    }
    const inYear = (day: string) => day >= YEAR.from && day <= YEAR.to;
    const withService = new Set(serviceRows.map((s) => s.caseId));
    const registered = new Set<string>();
    const accepted = new Set<string>();
    for (const [caseId, first] of firstSupport) {
      if (!inYear(vilniusDay(first.at)) || (organisationId && first.organisationId !== organisationId))
        continue;
      const personId = caseById.get(caseId)!.personId;
      registered.add(personId);
      if (withService.has(caseId)) accepted.add(personId);
    }
    const served = new Map<string, { child: boolean; services: number }>();
    let services = 0;
    for (const s of serviceRows) {
      if (!inYear(s.givenOn) || (organisationId && s.organisationId !== organisationId)) continue;
      services += 1;
      const c = caseById.get(s.caseId)!;
      const seen = served.get(c.personId) ?? { child: false, services: 0 };
      served.set(c.personId, { child: seen.child || c.child, services: seen.services + 1 });
    }
    const adults = (sex: string) =>
      [...served].filter(([id, s]) => !s.child && personById.get(id)!.sex === sex).length;
    return {
      registeredVictims: registered.size,
      acceptedHelp: accepted.size,
      peopleServed: served.size,
      women: adults('female'),
      men: adults('male'),
      children: [...served.values()].filter((s) => s.child).length,
      otherOrUnknownSex: [...served].filter(
        ([id, s]) => !s.child && !['female', 'male'].includes(personById.get(id)!.sex),
      ).length,
      withDisability: [...served.keys()].filter((id) => personById.get(id)!.disability).length,
      anonymous: [...served.keys()].filter((id) => personById.get(id)!.sealedIdentity === null).length,
      servicesGiven: services,
      servicesPerPerson: served.size === 0 ? 0 : Math.round((services / served.size) * 10) / 10,
    };
  }

  const summary = async (client: Client, query = '') => {
    const response = await client.request(
      'GET',
      `/api/statistics/summary?from=${YEAR.from}&to=${YEAR.to}${query}`,
    );
    expect(response.status, response.body).toBe(200);
    return (response.json() as { table: SeedTable }).table;
  };

  it("reproduces seed 002's figures for 2023, equal to the counts taken from the rows", async () => {
    const table = await summary(statistician);
    expect(table).toEqual(await countedByHand());
    expect(table).toMatchObject({
      registeredVictims: 2690,
      acceptedHelp: 2622,
      peopleServed: 2622,
      women: 1688,
      men: 846,
      children: 88,
      withDisability: 164,
      anonymous: 488,
      servicesGiven: 15_000,
    });
    expect(Math.round(table.servicesPerPerson)).toBe(6);
    // Nothing of 2023 falls into 2022.
    expect(
      (await statistician.request('GET', '/api/statistics/summary?from=2022-01-01&to=2022-12-31')).json(),
    ).toMatchObject({
      table: { registeredVictims: 0, servicesGiven: 0 },
    });
  });

  it("gives an organisation manager their own organisation's figures only", async () => {
    const caritas = (await app.services.database.db.select().from(organisations)).find(
      (o) => o.slug === 'caritas-centre-against-human-trafficking-and-exploitation',
    )!;
    const own = await summary(manager);
    expect(own).toEqual(await countedByHand(caritas.id));
    expect(own.servicesGiven).toBeGreaterThan(0);
    expect(own.servicesGiven).toBeLessThan(15_000);
  });

  it("shows the year's budget and what it delivered, per service and per person", async () => {
    const funding = (await statistician.request('GET', '/api/funding?year=2023')).json() as {
      totals: {
        amountEur: number;
        services: number;
        people: number;
        costPerService: number;
        servicesWithoutAllocation: number;
      };
    };
    expect(Math.abs(funding.totals.amountEur - 500_000)).toBeLessThan(1);
    expect(funding.totals).toMatchObject({ services: 15_000, people: 2622, servicesWithoutAllocation: 0 });
    expect(funding.totals.costPerService).toBeCloseTo(500_000 / 15_000, 1);
  });

  it('breaks every indicator down so that the parts add up', async () => {
    for (const [indicator, by] of [
      ['services_given', 'serviceType'],
      ['services_given', 'municipality'],
      ['services_given', 'month'],
      ['registered_victims', 'crimeType'],
      ['cases_opened', 'pathway'],
    ] as const) {
      const response = await statistician.request(
        'GET',
        `/api/statistics/breakdown?indicator=${indicator}&by=${by}&from=${YEAR.from}&to=${YEAR.to}`,
      );
      expect(response.status, response.body).toBe(200);
      const view = response.json() as { rows: { key: string; value: number }[]; total: number };
      expect(
        view.rows.reduce((sum, r) => sum + r.value, 0),
        `${indicator} by ${by}`,
      ).toBe(view.total);
    }
    const served = (
      await statistician.request(
        'GET',
        `/api/statistics/breakdown?indicator=people_served&by=sex&from=${YEAR.from}&to=${YEAR.to}`,
      )
    ).json() as {
      total: number;
    };
    expect(served.total).toBe(2622);
    const filtered = await summary(statistician, '&municipality=LT-57&sex=female');
    expect(filtered.peopleServed).toBeGreaterThan(0);
    expect(filtered.men).toBe(0);
  });

  it('publishes the year for anyone, and a hidden count cannot be worked out from the totals', async () => {
    const anonymous = await app.app.inject({ method: 'GET', url: '/api/public/statistics?year=2023' });
    expect(anonymous.statusCode).toBe(200);
    const published = anonymous.json() as { table: Record<string, number | null> };
    // Every figure of the seed table is far above the threshold: all shown, as computed.
    expect(published.table).toMatchObject({
      registeredVictims: 2690,
      women: 1688,
      men: 846,
      children: 88,
      anonymous: 488,
    });

    // With a high threshold, small cells hide, and neither row nor column totals give one back.
    const strict = await publicStatistics(app.services.database.db, YEAR, 400);
    const grid = strict.peopleBySexAndAge;
    const mark = (v: number | null): Published => (v === null ? { suppressed: 'primary' } : { value: v });
    const asPublished = {
      cells: grid.cells.map((row) => row.map(mark)),
      rowTotals: grid.rowTotals.map(mark),
      columnTotals: grid.columnTotals.map(mark),
      total: mark(grid.total),
    };
    expect(grid.cells.flat().some((v) => v === null)).toBe(true);
    expect(recoverable(asPublished)).toEqual([]);
    expect(determined(asPublished)).toEqual([]);
    const services = {
      cells: strict.servicesByType.rows.map((r) => mark(r.value)),
      total: mark(strict.servicesByType.total),
    };
    expect(services.cells.some((c) => 'suppressed' in c)).toBe(true);
    expect(determined(services)).toEqual([]);
    expect(strict.table.children).toBeNull();
  });

  it('exports trafficking cases as k-anonymous HTCDS rows with no identifier, and refuses k below 2', async () => {
    const file = await statistician.request(
      'GET',
      `/api/statistics/open-data?from=${YEAR.from}&to=${YEAR.to}&k=11`,
    );
    expect(file.status, file.body).toBe(200);
    const [header, ...rows] = parse(file.raw, { bom: true }) as string[][];
    expect(header).toEqual([...HTCDS_COLUMNS]);
    const records = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
    if (records.length > 0)
      expect(smallestClass(records, HTCDS_QUASI_IDENTIFIERS)).toBeGreaterThanOrEqual(11);
    // Names, birth dates and exact dates are never in it.
    expect(file.body).not.toMatch(/\d{4}-\d{2}-\d{2}|Ona|Rūta|Kazlauskas|Generated/);
    const report = (
      await statistician.request(
        'GET',
        `/api/statistics/open-data?from=${YEAR.from}&to=${YEAR.to}&part=report`,
      )
    ).json() as {
      k: number;
      rows: number;
      kept: number;
      dropped: number;
    };
    expect(report.k).toBe(11);
    expect(report.kept + report.dropped).toBe(report.rows);
    expect(report.kept).toBe(records.length);
    const bad = await statistician.request(
      'GET',
      `/api/statistics/open-data?from=${YEAR.from}&to=${YEAR.to}&k=1`,
    );
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('query.k');
    const badThreshold = await statistician.request(
      'GET',
      `/api/statistics/export?format=csv&from=${YEAR.from}&to=${YEAR.to}&threshold=0`,
    );
    expect(badThreshold.status).toBe(400);
    expect(JSON.stringify(badThreshold.json())).toContain('query.threshold');
    const empty = await statistician.request(
      'GET',
      '/api/statistics/open-data?from=1999-01-01&to=1999-12-31',
    );
    expect(parse(empty.raw, { bom: true })).toEqual([[...HTCDS_COLUMNS]]);
  });

  it('refuses bad questions with the reason, never 500', async () => {
    for (const [url, field] of [
      ['/api/statistics/summary?from=2023-12-31&to=2023-01-01', 'query.to'],
      ['/api/statistics/summary?from=2023-01-01', 'query.to'],
      ['/api/statistics/breakdown?indicator=consultations&by=sex&from=2023-01-01&to=2023-12-31', 'query.by'],
      [
        '/api/statistics/breakdown?indicator=services_given&by=shoe_size&from=2023-01-01&to=2023-12-31',
        'query.by',
      ],
    ] as const) {
      const response = await statistician.request('GET', url);
      expect(response.status, url).toBe(400);
      expect(JSON.stringify(response.json()), url).toContain(field);
    }
  });

  it('exports CSV and XLSX that parsers read back, and an empty period as an empty but valid file', async () => {
    const csv = await statistician.request(
      'GET',
      `/api/statistics/export?format=csv&indicator=services_given&by=serviceType&from=${YEAR.from}&to=${YEAR.to}`,
    );
    expect(csv.status).toBe(200);
    const records = parse(csv.raw, { bom: true }) as string[][];
    expect(records[0]).toEqual(['serviceType', 'services_given']);
    expect(records.at(-1)).toEqual(['total', '15000']);

    const xlsx = await statistician.request(
      'GET',
      `/api/statistics/export?format=xlsx&from=${YEAR.from}&to=${YEAR.to}`,
    );
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const rows = workbook.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.some((r) => r[1] === 'registeredVictims' && r[2] === 2690)).toBe(true);

    const empty = await statistician.request(
      'GET',
      '/api/statistics/export?format=csv&indicator=services_given&by=serviceType&from=1999-01-01&to=1999-12-31',
    );
    expect(parse(empty.raw, { bom: true })).toEqual([
      ['serviceType', 'services_given'],
      ['total', '0'],
    ]);
    const emptyXlsx = await statistician.request(
      'GET',
      '/api/statistics/export?format=xlsx&indicator=returns&from=1999-01-01&to=1999-12-31',
    );
    const emptyBook = new ExcelJS.Workbook();
    await emptyBook.xlsx.load(emptyXlsx.raw as unknown as ArrayBuffer);
    expect(emptyBook.worksheets).toHaveLength(1);
  });
});
