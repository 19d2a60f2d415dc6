import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/audit/tables.ts';
import { backends, type Client, loginAs, startTestApp, type TestApp } from '../support/harness.ts';

// Finding a case through the HTTP API: by reference, and by name and birth date through the blind
// index, only among the cases one may see; the national coordinator's search covers every case and
// is audited as national; the name searched is never in the audit trail or the logs.

type Found = { items: { id: string; reference: string }[] };

describe.each(backends())('finding a case on %s', (backend) => {
  let app: TestApp;
  let caritas: Client;
  let klaipeda: Client;
  let coordinator: Client;
  let guard: Client;
  let caritasCase: { caseId: string; reference: string };
  let klaipedaCase: { caseId: string; reference: string };
  let sharedCase: { caseId: string; reference: string };

  async function intake(client: Client, data: Record<string, unknown>) {
    const id = randomUUID();
    expect((await client.request('PUT', `/api/intake-drafts/${id}`, { data })).status).toBe(200);
    const submitted = await client.request('POST', `/api/intake-drafts/${id}/submit`);
    expect(submitted.status, submitted.body).toBe(201);
    return submitted.json() as { caseId: string; reference: string };
  }
  const person = (identity: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    kind: 'trafficking',
    metAt: new Date(Date.now() - 86_400_000).toISOString(),
    municipality: 'Vilnius',
    firstContactKind: 'ngo',
    exploitationForms: ['ForcedLabour'],
    sex: 'female',
    age: 30,
    citizenship: 'UA',
    identity,
    ...extra,
  });
  const search = async (client: Client, body: unknown) => {
    const response = await client.request('POST', '/api/cases/search', body);
    expect(response.status, response.body).toBe(200);
    return (response.json() as Found).items.map((i) => i.id);
  };

  beforeAll(async () => {
    app = await startTestApp(backend);
    [caritas, klaipeda, coordinator, guard] = await Promise.all([
      loginAs(app, 'case.worker@atrama.test'),
      loginAs(app, 'klaipeda.worker@atrama.test'),
      loginAs(app, 'coordinator@atrama.test'),
      loginAs(app, 'border.guard@atrama.test'),
    ]);
    caritasCase = await intake(
      caritas,
      person({ givenName: 'Oksana', familyName: 'Melnyk', birthDate: '1990-05-06' }),
    );
    klaipedaCase = await intake(
      klaipeda,
      person({ givenName: 'Ona', familyName: 'Petraitytė', birthDate: '1985-01-01' }),
    );
    // The border guard refers a person to Caritas without consent to share the identity: Caritas is
    // on the team and does not see the name.
    const orgs = (await guard.request('GET', '/api/organisations')).json() as {
      items: { id: string; slug: string }[];
    };
    const caritasId = orgs.items.find(
      (o) => o.slug === 'caritas-centre-against-human-trafficking-and-exploitation',
    )!.id;
    sharedCase = await intake(
      guard,
      person(
        { givenName: 'Iryna', familyName: 'Bondar', birthDate: '1995-09-09' },
        {
          firstContactKind: 'border_guard',
          consents: [{ scope: 'referral_to_support_service', method: 'spoken' }],
          supportServiceId: caritasId,
        },
      ),
    );
    const inbox = (await caritas.request('GET', '/api/referrals/inbox')).json() as {
      items: { id: string; version: number; caseId: string }[];
    };
    const referral = inbox.items.find((r) => r.caseId === sharedCase.caseId)!;
    const accepted = await caritas.request('POST', `/api/referrals/${referral.id}/respond`, {
      response: 'accept',
      version: referral.version,
    });
    expect(accepted.status, accepted.body).toBe(200);
  });
  afterAll(() => app?.close());

  it('finds one of its own cases by reference, in any letter case, and by name and birth date in any order', async () => {
    expect(await search(caritas, { reference: caritasCase.reference.toLowerCase() })).toEqual([
      caritasCase.caseId,
    ]);
    expect(await search(caritas, { name: 'Oksana Melnyk', birthDate: '1990-05-06' })).toEqual([
      caritasCase.caseId,
    ]);
    expect(await search(caritas, { name: '  MELNYK,  oksana ', birthDate: '1990-05-06' })).toEqual([
      caritasCase.caseId,
    ]);
    // An exact match: another birth date, or a misspelt name, finds nothing.
    expect(await search(caritas, { name: 'Oksana Melnyk', birthDate: '1990-05-07' })).toEqual([]);
    expect(await search(caritas, { name: 'Oksana Melnik', birthDate: '1990-05-06' })).toEqual([]);
  });

  it("never finds another organisation's case, by reference or by name", async () => {
    expect(await search(caritas, { reference: klaipedaCase.reference })).toEqual([]);
    expect(await search(caritas, { name: 'Ona Petraitytė', birthDate: '1985-01-01' })).toEqual([]);
    expect(await search(klaipeda, { name: 'Oksana Melnyk', birthDate: '1990-05-06' })).toEqual([]);
  });

  it('a name finds a case on the team only where the identity is shown to the searcher', async () => {
    // On the team: the reference finds it; the name would tell Caritas who the person is, so it does not.
    expect(await search(caritas, { reference: sharedCase.reference })).toEqual([sharedCase.caseId]);
    expect(await search(caritas, { name: 'Iryna Bondar', birthDate: '1995-09-09' })).toEqual([]);
    // The border guard handed the case over when Caritas accepted: it is no longer theirs to find.
    expect(await search(guard, { name: 'Iryna Bondar', birthDate: '1995-09-09' })).toEqual([]);
    expect(await search(coordinator, { name: 'Iryna Bondar', birthDate: '1995-09-09' })).toEqual([
      sharedCase.caseId,
    ]);
  });

  it("the coordinator's search covers every case and is audited as national, without the name", async () => {
    const before = new Date();
    expect(await search(coordinator, { name: 'Petraitytė Ona', birthDate: '1985-01-01' })).toEqual([
      klaipedaCase.caseId,
    ]);
    expect(await search(coordinator, { reference: caritasCase.reference })).toEqual([caritasCase.caseId]);
    const audited = (
      await app.services.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'case.search'))
    )
      .filter((a) => a.at >= before && a.role === 'national_coordinator')
      .sort((a, b) => a.seq - b.seq);
    expect(audited.map((a) => a.detail)).toEqual([
      { by: 'name', scope: 'national', found: 1 },
      { by: 'reference', scope: 'national', found: 1 },
    ]);
    // Neither the audit trail nor the logs keep what was typed.
    const everything = JSON.stringify(await app.services.database.db.select().from(auditEvents));
    expect(everything).not.toMatch(/Petraityt|petraityt|Melnyk|melnyk/);
    expect(app.logs.join('\n')).not.toMatch(/Petraityt|petraityt|Melnyk|melnyk|1985-01-01/);
  });

  it('refuses a search without words with the reason, and a role without cases', async () => {
    const empty = await caritas.request('POST', '/api/cases/search', { name: ' ,. ' });
    expect(empty.status).toBe(400);
    expect(empty.body).toContain('name_required');
    expect((await caritas.request('POST', '/api/cases/search', {})).status).toBe(400);
    expect((await caritas.request('POST', '/api/cases/search', { reference: 'x', name: 'y' })).status).toBe(
      400,
    );
    const statistician = await loginAs(app, 'statistician@atrama.test');
    expect((await statistician.request('POST', '/api/cases/search', { reference: 'ATR-1' })).status).toBe(
      403,
    );
  });

  it('any search input answers 200 or 400, and a worker finds only cases of their own organisation', async () => {
    const own = new Set(
      ((await caritas.request('GET', '/api/cases')).json() as Found).items.map((i) => i.id),
    );
    const body = fc.oneof(
      fc.record({ reference: fc.oneof(fc.string({ maxLength: 60 }), fc.constant(klaipedaCase.reference)) }),
      fc.record(
        {
          name: fc.oneof(
            fc.string({ maxLength: 220 }),
            fc.constantFrom('Ona Petraitytė', 'ONA PETRAITYTE', 'Petraitytė Ona', 'Oksana Melnyk'),
          ),
          birthDate: fc.oneof(
            fc.constantFrom('1985-01-01', '1990-05-06', '1985-13-01'),
            fc.string({ maxLength: 12 }),
          ),
        },
        { requiredKeys: ['name'] },
      ),
      fc.jsonValue({ maxDepth: 2 }),
    );
    await fc.assert(
      fc.asyncProperty(body, async (input) => {
        const response = await caritas.request('POST', '/api/cases/search', input);
        expect([200, 400]).toContain(response.status);
        if (response.status === 200) {
          for (const item of (response.json() as Found).items) expect(own.has(item.id)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
