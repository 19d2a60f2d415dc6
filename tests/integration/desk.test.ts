import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '../../src/access/tables.ts';
import { auditEvents } from '../../src/audit/tables.ts';
import { backends, type Client, loginAs, startTestApp, type TestApp } from '../support/harness.ts';

// The coordinator's desk lists each deadline near or passed, a referral's answer once per organisation
// whose answer is awaited and named, and forgets it as soon as that organisation answers.

type Desk = {
  deadlines: { kind: string; caseId: string; subjectId: string | null; answerer: { id: string } | null }[];
};

describe.each(backends())('the desk’s deadlines on %s', (backend) => {
  let app: TestApp;
  let guard: Client;
  let coordinator: Client;
  let caritas: Client;

  beforeAll(async () => {
    app = await startTestApp(backend);
    [guard, coordinator, caritas] = await Promise.all([
      loginAs(app, 'border.guard@atrama.test'),
      loginAs(app, 'coordinator@atrama.test'),
      loginAs(app, 'case.worker@atrama.test', 'caritas-centre-against-human-trafficking-and-exploitation'),
    ]);
  });
  afterAll(() => app?.close());

  it('names whose answer each referral waits for, one entry each, gone once answered', async () => {
    const orgId = async (slug: string) =>
      (await app.services.database.db.select().from(organisations).where(eq(organisations.slug, slug)))[0]!
        .id;
    const draft = randomUUID();
    await guard.request('PUT', `/api/intake-drafts/${draft}`, {
      data: {
        kind: 'trafficking',
        metAt: new Date(Date.now() - 3_600_000).toISOString(),
        municipality: 'Vilnius',
        firstContactKind: 'border_guard',
        exploitationForms: ['ForcedLabour'],
        indicators: ['WithholdsDocuments'],
        sex: 'male',
        age: 40,
        languages: ['uz'],
        interpreterNeeded: true,
        urgentNeeds: ['shelter'],
        consents: [
          { scope: 'referral_to_national_contact_point', method: 'spoken' },
          { scope: 'referral_to_support_service', method: 'spoken' },
        ],
      },
    });
    const { caseId } = (await guard.request('POST', `/api/intake-drafts/${draft}/submit`)).json() as {
      caseId: string;
    };
    const caritasId = await orgId('caritas-centre-against-human-trafficking-and-exploitation');
    const sent = await coordinator.request('POST', `/api/cases/${caseId}/referrals`, {
      toOrganisationId: caritasId,
      purpose: 'assistance',
      note: 'Speaks Uzbek; needs a bed tonight.',
    });
    expect(sent.status, sent.body).toBe(201);
    const referral = sent.json() as { id: string; version: number };

    const answers = async () =>
      ((await coordinator.request('GET', '/api/desk')).json() as Desk).deadlines
        .filter((d) => d.caseId === caseId && d.kind === 'referral_response')
        .map((d) => d.answerer?.id)
        .sort();
    expect(await answers()).toEqual([caritasId, await orgId('ministry-of-the-interior')].sort());

    // Before it answers, the receiving organisation sees what it needs to decide, and the note to it.
    const inbox = (await caritas.request('GET', '/api/referrals/inbox')).json() as {
      items: { id: string; note: string | null; case: { needs: Record<string, unknown> } }[];
    };
    const waiting = inbox.items.find((r) => r.id === referral.id)!;
    expect(waiting.note).toBe('Speaks Uzbek; needs a bed tonight.');
    expect(waiting.case.needs).toEqual({
      municipality: 'LT-57',
      urgentNeeds: ['shelter'],
      interpreterNeeded: true,
      languages: ['uz'],
      exploitationForms: ['ForcedLabour'],
      otherCrime: null,
    });
    expect(JSON.stringify(waiting)).not.toMatch(/givenName|familyName|birthDate/);
    // Reading the note is audited, as every read of what is written about a person is.
    const read = await app.services.database.db
      .select({ id: auditEvents.recordId })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'referral.note.read'), eq(auditEvents.recordId, referral.id)));
    expect(read.length).toBeGreaterThan(0);

    const accepted = await caritas.request('POST', `/api/referrals/${referral.id}/respond`, {
      response: 'accept',
      version: referral.version,
    });
    expect(accepted.status, accepted.body).toBe(200);
    expect(await answers()).toEqual([await orgId('ministry-of-the-interior')]);
  });
});
