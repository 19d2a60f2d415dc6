import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVilnius } from '../../src/cases/model.ts';
import { backends, type Client, loginAs, startTestApp, type TestApp } from '../support/harness.ts';

// Municipalities typed before the closed list are read into ISO 3166-2:LT codes by migration
// 0023. Its data statements are run again here over rows written the old way (the statements only
// touch values that are not codes yet), and what each typed name became is checked.

const MIGRATION = readdirSync('db/migrations').find((f) => f.endsWith('_municipality_codes.sql'))!;
const dataStatements = readFileSync(`db/migrations/${MIGRATION}`, 'utf8')
  .split('--> statement-breakpoint')
  .map((s) => s.trim())
  .filter((s) => s && !s.startsWith('ALTER TABLE'));

const TYPED: [string, string | null][] = [
  ['Vilnius', 'LT-57'],
  ['Vilniaus m. sav.', 'LT-57'],
  ['Šalčininkų rajono', 'LT-42'],
  ['salcininku r. sav.', 'LT-42'],
  ['  Kauno   rajono savivaldybė ', 'LT-16'],
  ['Gargždai', 'LT-21'],
  ['Riga', null],
  ['=HYPERLINK("x")', null],
];

describe.each(backends())('the municipality migration on %s', (backend) => {
  let app: TestApp;
  let caritas: Client;
  const caseIds: string[] = [];

  beforeAll(async () => {
    app = await startTestApp(backend);
    caritas = await loginAs(
      app,
      'case.worker@atrama.test',
      'caritas-centre-against-human-trafficking-and-exploitation',
    );
    for (const _ of TYPED) {
      const draft = randomUUID();
      const data = {
        kind: 'trafficking',
        metAt: new Date(Date.now() - 86_400_000).toISOString(),
        municipality: 'LT-01',
        firstContactKind: 'ngo',
        exploitationForms: ['ForcedLabour'],
        sex: 'female',
        age: 30,
        consents: [{ scope: 'referral_to_support_service', method: 'spoken' }],
      };
      expect((await caritas.request('PUT', `/api/intake-drafts/${draft}`, { data })).status).toBe(200);
      const submitted = await caritas.request('POST', `/api/intake-drafts/${draft}/submit`);
      expect(submitted.status, submitted.body).toBe(201);
      const { caseId } = submitted.json() as { caseId: string };
      const given = await caritas.request('POST', `/api/cases/${caseId}/assistance/services`, {
        services: [{ type: 'food', givenOn: todayInVilnius(), mode: 'in_person' }],
      });
      expect(given.status, given.body).toBe(200);
      caseIds.push(caseId);
    }
  });
  afterAll(() => app?.close());

  it('reads each typed name into its code, and a name that is none of the 60 into unknown', async () => {
    const { db } = app.services.database;
    const rows = async (query: ReturnType<typeof sql>) =>
      ((await db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
    for (const [i, [typed]] of TYPED.entries()) {
      await db.execute(
        sql`update cases set facts = jsonb_set(facts, '{municipality}', to_jsonb(${typed}::text)) where id = ${caseIds[i]}`,
      );
    }
    // The statistics copy follows the case (migration 0014's trigger), as it did when names were typed.
    const before = await rows(sql`select municipality from services_given where case_id = ${caseIds[0]}`);
    expect(before).toEqual([{ municipality: 'Vilnius' }]);

    for (const statement of dataStatements) await db.execute(sql.raw(statement));

    for (const [i, [typed, code]] of TYPED.entries()) {
      const facts = await rows(sql`select facts->'municipality' as m from cases where id = ${caseIds[i]}`);
      expect(facts[0]?.m, typed).toBe(code);
      const copied = await rows(sql`select municipality from services_given where case_id = ${caseIds[i]}`);
      expect(copied[0]?.municipality, typed).toBe(code);
    }
    const vilnius = await rows(
      sql`select municipality_code from organisations where slug = 'vilnius-city-municipality'`,
    );
    expect(vilnius).toEqual([{ municipality_code: 'LT-57' }]);
  });

  it('the case page shows a case whose municipality became unknown', async () => {
    const answer = await caritas.request('GET', `/api/cases/${caseIds.at(-1)}`);
    expect(answer.status, answer.body).toBe(200);
    expect((answer.json() as { facts: { municipality: string | null } }).facts.municipality).toBeNull();
  });
});
