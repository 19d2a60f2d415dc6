import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicStatistics } from '../../src/statistics/public.ts';
import { backends, type Client, clientFor, loginAs, startTestApp, type TestApp } from '../support/harness.ts';
import { type Figures, givenAway } from '../support/reader.ts';
import { type Written, writeYear } from '../support/year-rows.ts';

// Years of 1 to 15 people, written as rows (the database's triggers make the statistics copies). Each
// year's public figures are read as anyone reads them, every equation a reader could write from all
// of them together is written (tests/support/reader.ts), and exact elimination shows that no hidden
// count follows; the exports for publication publish the same.

/** Each year and how many people were registered in it. */
const YEARS = Array.from({ length: 15 }, (_, i) => [2001 + i, i + 1] as const);
const THRESHOLD = 5;

/** An export's rows by their first cell; an empty cell is a hidden count. */
async function exported(client: Client, query: string) {
  const response = await client.request('GET', `/api/statistics/export?format=csv&${query}`);
  expect(response.status, response.body).toBe(200);
  const [, ...rows] = parse(response.raw, { bom: true }) as string[][];
  return new Map(rows.map(([key, value]) => [key!, value === '' ? null : Number(value)]));
}

describe.each(backends())('published statistics of tiny years on %s', (backend) => {
  let app: TestApp;
  let statistician: Client;
  const written = new Map<number, Written>();

  beforeAll(async () => {
    app = await startTestApp(backend);
    for (const [year, count] of YEARS) written.set(year, await writeYear(app, year, count));
    statistician = await loginAs(app, 'statistician@atrama.test');
  });
  afterAll(() => app?.close());

  const period = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

  it.each(YEARS)(
    '%i (%i people): no hidden count follows from all the public tables together',
    async (year) => {
      const response = await clientFor(app).request('GET', `/api/public/statistics?year=${year}`);
      expect(response.status).toBe(200);
      const published = response.json() as Figures;
      const exact = (await publicStatistics(app.services.database.db, period(year), 1)) as Figures;
      // The exact figures are the people written.
      const w = written.get(year)!;
      expect(exact.table).toMatchObject({
        registeredVictims: w.registered,
        peopleServed: w.served,
        children: w.children,
        women: w.women,
        servicesGiven: w.services,
      });
      expect(givenAway(published, exact, THRESHOLD)).toEqual([]);
    },
  );

  it.each(YEARS.filter(([year]) => year % 4 === 1))(
    '%i: the exports for publication publish what the page does',
    async (year) => {
      const page = (
        await clientFor(app).request('GET', `/api/public/statistics?year=${year}`)
      ).json() as Figures;
      const { from, to } = period(year);
      const range = `from=${from}&to=${to}&threshold=${THRESHOLD}`;
      const summary = await exported(statistician, range);
      expect(Object.fromEntries(summary)).toEqual(page.table);
      const services = await exported(statistician, `indicator=services_given&by=serviceType&${range}`);
      expect(Object.fromEntries(services)).toEqual({
        ...Object.fromEntries(page.servicesByType.rows.map((r) => [r.key, r.value])),
        total: page.servicesByType.total,
      });
      const bySex = await exported(statistician, `indicator=people_served&by=sex&${range}`);
      const [female, male] = page.peopleBySexAndAge.columnTotals;
      // A sex nobody was served as has no row: its count is 0.
      const row = (key: string) => (bySex.has(key) ? bySex.get(key) : 0);
      expect([row('female'), row('male')]).toEqual([female, male]);
      expect(bySex.get('total')).toBe(page.table.peopleServed);
    },
  );
});
