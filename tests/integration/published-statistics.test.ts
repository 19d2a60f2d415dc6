import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '../../src/access/tables.ts';
import { servicesGiven } from '../../src/assistance/tables.ts';
import { cases, caseTeam } from '../../src/cases/tables.ts';
import { people } from '../../src/people/tables.ts';
import { isVictimSupportService } from '../../src/statistics/generate/domain.ts';
import { publicStatistics } from '../../src/statistics/public.ts';
import { backends, type Client, clientFor, loginAs, startTestApp, type TestApp } from '../support/harness.ts';
import { type Figures, givenAway } from '../support/reader.ts';

// Years of 1 to 15 people, written as rows (the database's triggers make the statistics copies). Each
// year's public figures are read as anyone reads them, every equation a reader could write from all
// of them together is written (tests/support/reader.ts), and exact elimination shows that no hidden
// count follows; the exports for publication publish the same.

const SEXES = ['female', 'female', 'male', 'other', 'unknown'];
const BANDS = ['0-13', '14-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+', 'unknown'];
const CRIMES = ['domestic_violence', 'fraud', 'sexual_violence'] as const;
const SERVICES = ['food', 'accompaniment', 'psychological_consultation', 'interpreter', 'health_care'];
/** Each year and how many people were registered in it. */
const YEARS = Array.from({ length: 15 }, (_, i) => [2001 + i, i + 1] as const);
const THRESHOLD = 5;

/** A small deterministic generator, so a failure can be repeated. */
function random(seed: number) {
  let s = seed;
  const next = () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
  return {
    chance: (p: number) => next() < p,
    pick: <T>(all: readonly T[]) => all[Math.floor(next() * all.length)]!,
  };
}

type Written = { served: number; children: number; women: number; registered: number; services: number };

/** A year of people as rows: registered at a support service, most given services in the year. */
async function writeYear(app: TestApp, year: number, count: number): Promise<Written> {
  const { db } = app.services.database;
  const support = (await db.select().from(organisations)).filter(isVictimSupportService);
  const r = random(year);
  const written: Written = { served: 0, children: 0, women: 0, registered: count, services: 0 };
  for (let i = 0; i < count; i++) {
    const organisation = r.pick(support);
    const sex = r.pick(SEXES);
    const band = r.pick(BANDS);
    // A child by age band, or a child the officer says is one though the age is unknown.
    const child = band === '0-13' || band === '14-17' || (band === 'unknown' && r.chance(0.3));
    const trafficking = r.chance(0.5);
    const [person] = await db
      .insert(people)
      .values({
        organisationId: organisation.id,
        sex,
        ageBand: band,
        citizenshipPathway: 'lithuanian',
        disability: r.chance(0.25),
        sealedIdentity: r.chance(0.3) ? null : Buffer.from('sealed elsewhere'),
      })
      .returning();
    const [row] = await db
      .insert(cases)
      .values({
        reference: `ATR-${year}-T${i}`,
        kind: trafficking ? 'trafficking' : 'other_crime',
        state: 'assistance',
        personId: person!.id,
        originOrganisationId: organisation.id,
        child,
        facts: {
          metAt: `${year}-03-01T10:00:00Z`,
          municipality: 'Vilnius',
          placeNote: null,
          firstContactKind: 'ngo',
          exploitationForms: [],
          otherCrime: trafficking ? null : r.pick(CRIMES),
          indicators: [],
          age: null,
          citizenship: null,
          languages: [],
          interpreterNeeded: false,
          urgentNeeds: [],
        },
        createdAt: new Date(`${year}-03-01T10:00:00Z`),
      })
      .returning();
    await db.insert(caseTeam).values({
      caseId: row!.id,
      organisationId: organisation.id,
      role: 'support_service',
      joinedAt: new Date(`${year}-03-02T10:00:00Z`),
    });
    const given = r.chance(0.15) ? 0 : r.chance(0.5) ? 3 : 1;
    for (let s = 0; s < given; s++) {
      await db.insert(servicesGiven).values({
        caseId: row!.id,
        organisationId: organisation.id,
        type: r.pick(SERVICES),
        givenOn: `${year}-0${4 + s}-15`,
        mode: 'in_person',
      });
    }
    if (given > 0) {
      written.served += 1;
      written.services += given;
      if (child) written.children += 1;
      else if (sex === 'female') written.women += 1;
    }
  }
  return written;
}

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
