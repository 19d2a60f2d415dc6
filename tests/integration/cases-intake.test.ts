import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '../../src/access/tables.ts';
import { auditEvents } from '../../src/audit/tables.ts';
import { backends, type Client, loginAs, startTestApp, type TestApp } from '../support/harness.ts';

// The intake's record as the server keeps it: languages by their ISO 639-1 codes, consents given,
// refused or not asked, a support service that gives support, and a draft its author may discard.

const minimal = (over: Record<string, unknown> = {}) => ({
  kind: 'trafficking',
  metAt: new Date(Date.now() - 3_600_000).toISOString(),
  municipality: 'Vilnius',
  firstContactKind: 'border_guard',
  exploitationForms: ['ForcedLabour'],
  sex: 'male',
  consents: [{ scope: 'referral_to_national_contact_point', method: 'spoken' }],
  ...over,
});

type Problem = { errors?: { field: string; message: string }[] };

describe.each(backends())('intake on %s', (backend) => {
  let app: TestApp;
  let guard: Client;
  let officer: Client;
  let orgId: (slug: string) => Promise<string>;

  const save = (client: Client, id: string, data: Record<string, unknown>, version?: number) =>
    client.request('PUT', `/api/intake-drafts/${id}`, {
      data,
      ...(version === undefined ? {} : { version }),
    });

  beforeAll(async () => {
    app = await startTestApp(backend);
    [guard, officer] = await Promise.all([
      loginAs(app, 'border.guard@atrama.test'),
      loginAs(app, 'municipality.officer@atrama.test'),
    ]);
    orgId = async (slug) =>
      (await app.services.database.db.select().from(organisations).where(eq(organisations.slug, slug)))[0]!
        .id;
  });
  afterAll(() => app?.close());

  it('keeps several languages by their codes and refuses a code that names no language, saying so', async () => {
    const id = randomUUID();
    const refused = await save(guard, id, minimal({ languages: ['uz', 'xx'] }));
    expect(refused.status).toBe(400);
    expect((refused.json() as Problem).errors).toContainEqual({
      field: 'body.data.languages.1',
      message: expect.stringMatching(/^unknown_language: .*ISO 639-1/),
    });
    expect((await save(guard, id, minimal({ languages: ['UZ', 'ru'] }))).status).toBe(200);
    const submitted = await guard.request('POST', `/api/intake-drafts/${id}/submit`);
    expect(submitted.status, submitted.body).toBe(201);
    const { caseId } = submitted.json() as { caseId: string };
    const view = (await guard.request('GET', `/api/cases/${caseId}`)).json() as {
      facts: { languages: string[] };
    };
    expect(view.facts.languages).toEqual(['uz', 'ru']);
  });

  it('keeps a refused consent apart from one not asked', async () => {
    const id = randomUUID();
    const both = await save(guard, id, minimal({ consentsRefused: ['referral_to_national_contact_point'] }));
    expect(both.status).toBe(200);
    const mixed = await guard.request('POST', `/api/intake-drafts/${id}/submit`);
    expect(mixed.status).toBe(400);
    expect((mixed.json() as Problem).errors?.[0]?.message).toMatch(/^consent_given_and_refused/);

    const draft = (await guard.request('GET', `/api/intake-drafts/${id}`)).json() as { version: number };
    const saved = await save(
      guard,
      id,
      minimal({ consentsRefused: ['share_identity', 'contact_by_phone'] }),
      draft.version,
    );
    expect(saved.status, saved.body).toBe(200);
    const submitted = await guard.request('POST', `/api/intake-drafts/${id}/submit`);
    expect(submitted.status, submitted.body).toBe(201);
    const { caseId } = submitted.json() as { caseId: string };
    const view = (await guard.request('GET', `/api/cases/${caseId}`)).json() as {
      facts: { consentsRefused: string[] };
      consents: { scope: string }[];
    };
    // Refused: identity and phone; given: the national point of contact; not asked: a support service.
    expect(view.facts.consentsRefused).toEqual(['share_identity', 'contact_by_phone']);
    expect(view.consents.map((c) => c.scope)).toEqual(['referral_to_national_contact_point']);
  });

  it('refers only to an organisation that gives support, not to a ministry', async () => {
    const ministry = await orgId('ministry-of-justice');
    const id = randomUUID();
    const data = minimal({
      kind: 'other_crime',
      otherCrime: 'violent_crime',
      exploitationForms: [],
      firstContactKind: 'municipality',
      consents: [{ scope: 'referral_to_support_service', method: 'signed' }],
      supportServiceId: ministry,
    });
    expect((await save(officer, id, data)).status).toBe(200);
    const refused = await officer.request('POST', `/api/intake-drafts/${id}/submit`);
    expect(refused.status).toBe(400);
    expect((refused.json() as Problem).errors).toContainEqual({
      field: 'data.supportServiceId',
      message: expect.stringMatching(/^not_support_service/),
    });
    const draft = (await officer.request('GET', `/api/intake-drafts/${id}`)).json() as { version: number };
    const caritas = await orgId('caritas-vilnius-archdiocese');
    expect((await save(officer, id, { ...data, supportServiceId: caritas }, draft.version)).status).toBe(200);
    const submitted = await officer.request('POST', `/api/intake-drafts/${id}/submit`);
    expect(submitted.status, submitted.body).toBe(201);
  });

  it("lets the author discard an unsent draft, audited; nobody else's, and not a sent one", async () => {
    const id = randomUUID();
    expect((await save(guard, id, { kind: 'trafficking' })).status).toBe(200);
    // Someone else's draft reads as not found, and stays.
    expect((await officer.request('DELETE', `/api/intake-drafts/${id}`)).status).toBe(404);
    expect((await guard.request('GET', `/api/intake-drafts/${id}`)).status).toBe(200);
    const discarded = await guard.request('DELETE', `/api/intake-drafts/${id}`);
    expect(discarded.status, discarded.body).toBe(204);
    expect((await guard.request('GET', `/api/intake-drafts/${id}`)).status).toBe(404);
    const listed = (await guard.request('GET', '/api/intake-drafts')).json() as { items: { id: string }[] };
    expect(listed.items.map((d) => d.id)).not.toContain(id);
    expect((await guard.request('DELETE', `/api/intake-drafts/${id}`)).status).toBe(404);
    const audit = await app.services.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.recordId, id));
    expect(audit.map((e) => [e.action, e.recordType, e.outcome])).toContainEqual([
      'case.intake.discard',
      'intake_draft',
      'success',
    ]);

    const sent = randomUUID();
    expect((await save(guard, sent, minimal())).status).toBe(200);
    expect((await guard.request('POST', `/api/intake-drafts/${sent}/submit`)).status).toBe(201);
    expect((await guard.request('DELETE', `/api/intake-drafts/${sent}`)).status).toBe(409);
  });
});
