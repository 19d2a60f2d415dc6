import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssistanceView } from '../../src/assistance/model.ts';
import { backends, type Client, loginAs, startTestApp, type TestApp } from '../support/harness.ts';

// Seed 000's first return pathway through the HTTP API: a consular officer of the Ministry of Foreign
// Affairs records a Lithuanian citizen identified abroad, refers them to IOM for the return, starts
// the return without any support service in Lithuania on the team, and records it.

type CaseView = {
  state: string;
  version: number;
  allowedTransitions: string[];
  facts: { destinationCountry?: string | null; citizenship: string | null };
  referrals: { id: string; version: number; to: { id: string } }[];
  team: { organisation: { id: string } }[];
};

describe.each(backends())('consular return on %s', (backend) => {
  let app: TestApp;
  let consul: Client;
  let iom: Client;
  let caritas: Client;
  let manager: Client;
  let klaipeda: Client;
  let orgId: (slug: string) => string;

  beforeAll(async () => {
    app = await startTestApp(backend);
    [consul, iom, caritas, manager, klaipeda] = await Promise.all([
      loginAs(app, 'consul@atrama.test'),
      loginAs(app, 'return.officer@atrama.test'),
      loginAs(app, 'case.worker@atrama.test'),
      loginAs(app, 'manager@atrama.test'),
      loginAs(app, 'klaipeda.worker@atrama.test'),
    ]);
    const list = (await consul.request('GET', '/api/organisations')).json() as {
      items: { id: string; slug: string }[];
    };
    orgId = (slug: string) => list.items.find((o) => o.slug === slug)!.id;
  });
  afterAll(() => app?.close());

  async function intake(client: Client, data: Record<string, unknown>) {
    const id = randomUUID();
    const saved = await client.request('PUT', `/api/intake-drafts/${id}`, { data });
    expect(saved.status, saved.body).toBe(200);
    return client.request('POST', `/api/intake-drafts/${id}/submit`);
  }
  const citizenAbroad = (overrides: Record<string, unknown> = {}) => ({
    kind: 'trafficking',
    metAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
    municipality: 'Šiauliai',
    firstContactKind: 'consular_mission',
    exploitationForms: ['ForcedLabour'],
    sex: 'male',
    age: 34,
    citizenship: 'LT',
    destinationCountry: 'NO',
    languages: ['lt'],
    identity: { givenName: 'Tadas', familyName: 'Kalvaitis', birthDate: '1992-03-04' },
    consents: [
      { scope: 'referral_to_support_service', method: 'spoken' },
      { scope: 'share_identity', method: 'spoken' },
      { scope: 'contact_with_law_enforcement', method: 'spoken' },
    ],
    ...overrides,
  });
  const read = async (client: Client, id: string) => {
    const response = await client.request('GET', `/api/cases/${id}`);
    expect(response.status, response.body).toBe(200);
    return response.json() as CaseView;
  };

  it('a consul records a citizen abroad and organises the return with IOM, no support service first', async () => {
    const submitted = await intake(consul, citizenAbroad());
    expect(submitted.status, submitted.body).toBe(201);
    const { caseId } = submitted.json() as { caseId: string };

    let view = await read(consul, caseId);
    expect(view.facts.destinationCountry).toBe('NO');
    expect(view.state).toBe('presumed');
    // The return is there to start straight away: the consular mission is on the team.
    expect(view.allowedTransitions).toContain('start_return');
    expect(view.allowedTransitions).not.toContain('start_assistance');

    const referral = await consul.request('POST', `/api/cases/${caseId}/referrals`, {
      toOrganisationId: orgId('iom-vilnius-office'),
      purpose: 'return',
      note: 'Flight from Oslo being arranged; meet him at Vilnius airport.',
    });
    expect(referral.status, referral.body).toBe(201);
    const sent = referral.json() as { id: string; version: number };
    const accepted = await iom.request('POST', `/api/referrals/${sent.id}/respond`, {
      response: 'accept',
      version: sent.version,
    });
    expect(accepted.status, accepted.body).toBe(200);
    // Where needed, the police: the same referral mechanism, with the person's consent to contact them.
    const toPolice = await consul.request('POST', `/api/cases/${caseId}/referrals`, {
      toOrganisationId: orgId('lithuanian-police'),
      purpose: 'investigation',
    });
    expect(toPolice.status, toPolice.body).toBe(201);

    view = await read(consul, caseId);
    const started = await consul.request('POST', `/api/cases/${caseId}/transitions`, {
      transition: 'start_return',
      version: view.version,
    });
    expect(started.status, started.body).toBe(200);
    expect((started.json() as CaseView).state).toBe('return');

    const saved = await consul.request('PUT', `/api/cases/${caseId}/assistance/return`, {
      destinationCountry: 'LT',
      travelOn: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10),
      receivingOrganisation: 'IOM Vilnius',
      status: 'planning',
      checklist: [{ kind: 'travel_documents', status: 'in_progress' }],
      version: 0,
    });
    expect(saved.status, saved.body).toBe(200);
    const byConsul = saved.json() as AssistanceView;
    expect(byConsul.return?.destinationCountry).toBe('LT');
    expect(byConsul.canRecord).toBe(false);
    expect(byConsul.canRecordReturn).toBe(true);

    // IOM, on the team for the return, sees it and carries on with it.
    const atIom = (await iom.request('GET', `/api/cases/${caseId}/assistance`)).json() as AssistanceView;
    expect(atIom.return?.organisation.id).toBe(orgId('ministry-of-foreign-affairs'));
    const updated = await iom.request('PUT', `/api/cases/${caseId}/assistance/return`, {
      destinationCountry: 'LT',
      receivingOrganisation: 'IOM Vilnius',
      status: 'travel_booked',
      checklist: [{ kind: 'travel_documents', status: 'done' }],
      version: atIom.return!.version,
    });
    expect(updated.status, updated.body).toBe(200);

    // The consul records the return alone of assistance: the rest is the helping team's.
    const rights = await consul.request('POST', `/api/cases/${caseId}/assistance/rights`, {
      givenOn: new Date().toISOString().slice(0, 10),
      language: 'lt',
      form: 'spoken',
    });
    expect(rights.status).toBe(403);
    // An organisation off the team finds nothing.
    expect((await klaipeda.request('GET', `/api/cases/${caseId}`)).status).toBe(404);
    expect((await klaipeda.request('GET', `/api/cases/${caseId}/assistance`)).status).toBe(404);
  });

  it('the destination country is a country; a code that names none is refused with the reason', async () => {
    const refused = await consul.request('PUT', `/api/intake-drafts/${randomUUID()}`, {
      data: citizenAbroad({ destinationCountry: 'XX' }),
    });
    expect(refused.status).toBe(400);
    expect(refused.json()).toMatchObject({
      errors: [
        { field: 'body.data.destinationCountry', message: expect.stringContaining('unknown_country') },
      ],
    });
    // A consular mission meets the person abroad: a record without the country is not sent.
    const { destinationCountry: _, ...withoutCountry } = citizenAbroad();
    const unsent = await intake(consul, withoutCountry);
    expect(unsent.status).toBe(400);
    expect(unsent.body).toContain('destination_required');
  });

  it('without a consular mission on the team, or for someone found in Lithuania, a return waits for assistance', async () => {
    // Caritas records a Lithuanian citizen back from Norway: its own pathway, assistance first.
    const atCaritas = await intake(caritas, citizenAbroad({ firstContactKind: 'ngo' }));
    expect(atCaritas.status, atCaritas.body).toBe(201);
    const caritasCase = (atCaritas.json() as { caseId: string }).caseId;
    const caritasView = await read(caritas, caritasCase);
    expect(caritasView.allowedTransitions).not.toContain('start_return');
    const refused = await caritas.request('POST', `/api/cases/${caritasCase}/transitions`, {
      transition: 'start_return',
      version: caritasView.version,
    });
    expect(refused.status).toBe(409);

    // The consul's own record of someone met in Lithuania is no return from abroad.
    const home = await intake(consul, citizenAbroad({ destinationCountry: 'LT' }));
    const homeCase = (home.json() as { caseId: string }).caseId;
    const homeView = await read(consul, homeCase);
    expect(homeView.allowedTransitions).not.toContain('start_return');
    const notHere = await consul.request('POST', `/api/cases/${homeCase}/transitions`, {
      transition: 'start_return',
      version: homeView.version,
    });
    expect(notHere.status).toBe(409);
  });

  it("a manager who grants the consular role in their own organisation does not open the consul's pathway", async () => {
    // The pathway follows the organisation's consular function, which only an administrator sets.
    const users = (await manager.request('GET', '/api/users?q=case.worker')).json() as {
      items: { id: string; email: string }[];
    };
    const worker = users.items.find((u) => u.email === 'case.worker@atrama.test')!;
    const granted = await manager.request('POST', `/api/users/${worker.id}/memberships`, {
      organisationId: orgId('caritas-centre-against-human-trafficking-and-exploitation'),
      role: 'consular_officer',
    });
    expect(granted.status, granted.body).toBe(201);
    const asConsul = await loginAs(
      app,
      'case.worker@atrama.test',
      'caritas-centre-against-human-trafficking-and-exploitation',
    );
    const session = (await asConsul.request('GET', '/api/auth/session')).json() as {
      memberships: { id: string; role: string; organisation: { slug: string } }[];
    };
    const membership = session.memberships.find(
      (m) =>
        m.role === 'consular_officer' &&
        m.organisation.slug === 'caritas-centre-against-human-trafficking-and-exploitation',
    )!;
    expect(
      (await asConsul.request('POST', '/api/auth/membership', { membershipId: membership.id })).status,
    ).toBe(200);
    const submitted = await intake(asConsul, citizenAbroad());
    expect(submitted.status, submitted.body).toBe(201);
    const id = (submitted.json() as { caseId: string }).caseId;
    const view = await read(asConsul, id);
    expect(view.allowedTransitions).not.toContain('start_return');
  });
});
