import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships, organisations, users } from '../../src/access/tables.ts';
import { alerts } from '../../src/alerts/tables.ts';
import type { ClaimView, PoliceCaseView } from '../../src/assistance/legal-model.ts';
import type { AssistanceView } from '../../src/assistance/model.ts';
import { auditEvents } from '../../src/audit/tables.ts';
import { todayInVilnius } from '../../src/cases/model.ts';
import { cases } from '../../src/cases/tables.ts';
import { backends, type Client, loginAs, startTestApp, type TestApp } from '../support/harness.ts';
import { pdfText } from '../support/pdf-text.ts';

// The police and the Ministry of Justice through the HTTP API: a case reaches the police by a referral
// when the person consents; the police see only the facts the consent allows, record the investigation
// and protection; the card then names the officer. A claim goes from the case team to the Ministry of
// Justice and back decided, and every step out of order or with the wrong fields is refused.

const today = () => todayInVilnius();
const NOTE = 'She fears the recruiter who still holds her passport.';
const OFFICER = 'Tomas Petraitis';
const CARITAS = 'caritas-centre-against-human-trafficking-and-exploitation';

type Z<T> = T extends { _zod: { output: infer O } } ? O : never;
type Police = Z<typeof PoliceCaseView>;
type Claim = Z<typeof ClaimView>;

describe.each(backends())('the police and the Ministry of Justice on %s', (backend) => {
  let app: TestApp;
  let caritas: Client;
  let guard: Client;
  let police: Client;
  let otherPolice: Client;
  let ministry: Client;
  let coordinator: Client;
  let caritasInvestigator: Client;
  let org: (slug: string) => Promise<string>;

  async function intake(client: Client, data: Record<string, unknown>) {
    const id = randomUUID();
    expect((await client.request('PUT', `/api/intake-drafts/${id}`, { data })).status).toBe(200);
    const submitted = await client.request('POST', `/api/intake-drafts/${id}/submit`);
    expect(submitted.status, submitted.body).toBe(201);
    return (submitted.json() as { caseId: string }).caseId;
  }

  /** A case opened by `client`, with the consents named. */
  const openCase = (client: Client, consents: string[], firstContactKind = 'ngo') =>
    intake(client, {
      kind: 'trafficking',
      metAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
      municipality: 'Vilnius',
      firstContactKind,
      exploitationForms: ['ForcedLabour'],
      indicators: ['WithholdsDocuments'],
      sex: 'female',
      age: 31,
      citizenship: 'LT',
      languages: ['lt'],
      interpreterNeeded: false,
      identity: { givenName: 'Rasa', familyName: 'Jonaitė', birthDate: '1995-04-02' },
      consents: ['referral_to_national_contact_point', ...consents].map((scope) => ({
        scope,
        method: 'spoken',
      })),
    });

  /** Refer the case to the police for investigation and have them accept it. */
  async function toPolice(from: Client, caseId: string) {
    const sent = await from.request('POST', `/api/cases/${caseId}/referrals`, {
      toOrganisationId: await org('lithuanian-police'),
      purpose: 'investigation',
      note: 'The person agreed to speak to the police.',
    });
    expect(sent.status, sent.body).toBe(201);
    const referral = sent.json() as { id: string; version: number };
    const inbox = await police.request('GET', '/api/referrals/inbox');
    expect(inbox.status, inbox.body).toBe(200);
    expect((inbox.json() as { items: { id: string }[] }).items.map((i) => i.id)).toContain(referral.id);
    const accepted = await police.request('POST', `/api/referrals/${referral.id}/respond`, {
      response: 'accept',
      version: referral.version,
    });
    expect(accepted.status, accepted.body).toBe(200);
  }

  const policeCase = async (client: Client, id: string, status = 200) => {
    const response = await client.request('GET', `/api/police/cases/${id}`);
    expect(response.status, response.body).toBe(status);
    return response.json() as Police;
  };

  /** Identify the person, issue the card as Caritas, and read its English PDF. */
  async function cardText(caseId: string) {
    const version = ((await coordinator.request('GET', `/api/cases/${caseId}`)).json() as { version: number })
      .version;
    const identified = await coordinator.request('POST', `/api/cases/${caseId}/decisions/identification`, {
      outcome: 'identified',
      reasons: 'Indicators of forced labour confirmed.',
      decidedOn: today(),
      version,
    });
    expect(identified.status, identified.body).toBe(200);
    const issued = await caritas.request('POST', `/api/cases/${caseId}/cards`, {});
    expect(issued.status, issued.body).toBe(201);
    const card = (issued.json() as AssistanceView).cards[0]!;
    const printed = await caritas.request('GET', `/api/cases/${caseId}/cards/${card.id}/pdf?lang=en`);
    expect(printed.status, printed.body).toBe(200);
    return pdfText(printed.raw).replace(/\s+/g, ' ');
  }

  beforeAll(async () => {
    app = await startTestApp(backend);
    const db = app.services.database.db;
    org = async (slug) => (await db.select().from(organisations).where(eq(organisations.slug, slug)))[0]!.id;
    // Another law-enforcement organisation's investigator: the demo investigator also works for the
    // State Border Guard Service here.
    const [investigator] = await db.select().from(users).where(eq(users.email, 'investigator@atrama.test'));
    await db
      .insert(memberships)
      .values([
        {
          userId: investigator!.id,
          organisationId: await org('state-border-guard-service'),
          role: 'investigator',
        },
        // A manager of a support service may grant the role; it does not make the service the police.
        { userId: investigator!.id, organisationId: await org(CARITAS), role: 'investigator' },
      ])
      .onConflictDoNothing();
    [caritas, guard, police, otherPolice, ministry, coordinator, caritasInvestigator] = await Promise.all([
      loginAs(app, 'case.worker@atrama.test', CARITAS),
      loginAs(app, 'border.guard@atrama.test'),
      loginAs(app, 'investigator@atrama.test', 'lithuanian-police'),
      loginAs(app, 'investigator@atrama.test', 'state-border-guard-service'),
      loginAs(app, 'compensation@atrama.test'),
      loginAs(app, 'coordinator@atrama.test'),
      loginAs(app, 'investigator@atrama.test', CARITAS),
    ]);
  });
  afterAll(() => app?.close());

  it('refuses a referral to the police without consent, and the police never see such a case', async () => {
    const caseId = await openCase(caritas, ['referral_to_support_service', 'share_identity']);
    const sent = await caritas.request('POST', `/api/cases/${caseId}/referrals`, {
      toOrganisationId: await org('lithuanian-police'),
      purpose: 'investigation',
    });
    expect(sent.status, sent.body).toBe(409);
    expect(sent.json()).toMatchObject({ refusal: 'consent.contact_with_law_enforcement' });
    await policeCase(police, caseId, 404);
    const listed = (await police.request('GET', '/api/police/cases')).json() as {
      items: { caseId: string }[];
    };
    expect(listed.items.map((i) => i.caseId)).not.toContain(caseId);
    // Nor do the police read the case page or its assistance through the team's routes.
    expect((await police.request('GET', `/api/cases/${caseId}`)).status).toBe(403);
    expect((await police.request('GET', `/api/cases/${caseId}/assistance`)).status).toBe(403);
  });

  it('the police lose sight of a case when the consent goes and no proceedings run; erasure leaves no word of the investigation or the claim', async () => {
    const caseId = await openCase(caritas, [
      'contact_with_law_enforcement',
      'referral_to_support_service',
      'compensation_claim',
    ]);
    await toPolice(caritas, caseId);
    await policeCase(police, caseId);
    const page = (await caritas.request('GET', `/api/cases/${caseId}`)).json() as {
      consents: { id: string; scope: string }[];
    };
    const consent = page.consents.find((c) => c.scope === 'contact_with_law_enforcement')!;
    expect(
      (await caritas.request('POST', `/api/cases/${caseId}/consents/${consent.id}/withdraw`, {})).status,
    ).toBe(200);
    await policeCase(police, caseId, 404);
    const listed = (await police.request('GET', '/api/police/cases')).json() as {
      items: { caseId: string }[];
    };
    expect(listed.items.map((i) => i.caseId)).not.toContain(caseId);

    // The team records the investigation it learnt of: criminal proceedings run, the police see it again.
    const linked = await caritas.request('PUT', `/api/cases/${caseId}/assistance/investigation`, {
      institution: 'police',
      caseNumber: '01-2-00999-26',
      officerName: OFFICER,
    });
    expect(linked.status, linked.body).toBe(200);
    expect((await policeCase(police, caseId)).investigation).toMatchObject({ officerName: OFFICER });

    const base = `/api/cases/${caseId}/assistance`;
    expect(
      (
        await caritas.request('PUT', `${base}/compensation`, {
          crime: 'crime_against_freedom',
          crimeOn: '2025-09-01',
          status: 'preparing',
          version: 0,
        })
      ).status,
    ).toBe(200);
    expect((await caritas.request('POST', `${base}/compensation/send`, { version: 1 })).status).toBe(200);
    let claim = (await ministry.request('GET', `/api/claims/${caseId}`)).json() as Claim;
    for (const body of [
      { step: 'receive', receivedOn: today() },
      { step: 'request_documents', requestedOn: today(), documents: 'Her X-ray of the broken wrist.' },
    ]) {
      const answer = await ministry.request('POST', `/api/claims/${caseId}/steps`, {
        ...body,
        version: claim.version,
      });
      expect(answer.status, answer.body).toBe(200);
      claim = answer.json() as Claim;
    }
    expect(claim.handling.documents).toBe('Her X-ray of the broken wrist.');

    const dpo = await loginAs(app, 'dpo@atrama.test');
    const [row] = await app.services.database.db
      .select({ personId: cases.personId })
      .from(cases)
      .where(eq(cases.id, caseId));
    expect((await dpo.request('POST', `/api/people/${row!.personId}/erase`, {})).status).toBe(204);
    const seen = await policeCase(police, caseId);
    expect(seen.investigation).toMatchObject({ institution: 'police', caseNumber: null, officerName: null });
    const after = (await ministry.request('GET', `/api/claims/${caseId}`)).json() as Claim;
    expect(after.handling).toMatchObject({ stage: 'documents_requested', documents: null });
    expect(JSON.stringify(after)).not.toContain('X-ray');
  });

  it("a border guard's case reaches the police, who see only the allowed facts, record the investigation and protection; the card names the officer", async () => {
    const caseId = await openCase(
      guard,
      ['contact_with_law_enforcement', 'referral_to_support_service', 'share_identity'],
      'ngo',
    );
    await toPolice(guard, caseId);
    // The support team writes a note and an assessment the police must not see.
    const caritasId = await org(CARITAS);
    const toCaritas = await guard.request('POST', `/api/cases/${caseId}/referrals`, {
      toOrganisationId: caritasId,
      purpose: 'assistance',
    });
    expect(toCaritas.status, toCaritas.body).toBe(201);
    const r = toCaritas.json() as { id: string; version: number };
    expect(
      (
        await caritas.request('POST', `/api/referrals/${r.id}/respond`, {
          response: 'accept',
          version: r.version,
        })
      ).status,
    ).toBe(200);
    const assessed = await caritas.request('POST', `/api/cases/${caseId}/assistance/assessments`, {
      assessedOn: today(),
      needs: [{ domain: 'safety', urgency: 'immediate', note: NOTE }],
      risk: { level: 'high', reasons: NOTE },
    });
    expect(assessed.status, assessed.body).toBe(200);

    let seen = await policeCase(police, caseId);
    expect(seen).toMatchObject({ caseId, ground: 'consent', investigation: null, protection: [] });
    expect(JSON.stringify(seen)).not.toContain(NOTE);
    expect(JSON.stringify(seen)).not.toContain('Rasa');
    const listed = (await police.request('GET', '/api/police/cases')).json() as {
      items: { caseId: string }[];
    };
    expect(listed.items.map((i) => i.caseId)).toContain(caseId);

    // Someone given the investigator role in an organisation that is not law enforcement: not found.
    await policeCase(caritasInvestigator, caseId, 404);
    const theirs = (await caritasInvestigator.request('GET', '/api/police/cases')).json() as {
      items: unknown[];
    };
    expect(theirs.items).toEqual([]);

    // Another law-enforcement organisation, not on the team: not found.
    await policeCase(otherPolice, caseId, 404);
    expect(
      (
        await otherPolice.request('PUT', `/api/police/cases/${caseId}/investigation`, {
          institution: 'police',
          caseNumber: '01-1-00001-26',
          version: 0,
        })
      ).status,
    ).toBe(404);

    // The investigation: opened, then closed with an outcome; a stale version and bad dates refused.
    const body = {
      institution: 'police',
      caseNumber: '01-2-00457-26',
      startedOn: today(),
      officerName: OFFICER,
      officerContact: '+370 5 271 7000',
      version: 0,
    };
    const recorded = await police.request('PUT', `/api/police/cases/${caseId}/investigation`, body);
    expect(recorded.status, recorded.body).toBe(200);
    seen = recorded.json() as Police;
    expect(seen.investigation).toMatchObject({
      caseNumber: '01-2-00457-26',
      officerName: OFFICER,
      version: 1,
    });
    const stale = await police.request('PUT', `/api/police/cases/${caseId}/investigation`, body);
    expect(stale.status).toBe(409);
    const outcomeOpen = await police.request('PUT', `/api/police/cases/${caseId}/investigation`, {
      ...body,
      outcome: 'sent_to_court',
      version: 1,
    });
    expect(outcomeOpen.status).toBe(400);
    const future = await police.request('PUT', `/api/police/cases/${caseId}/investigation`, {
      ...body,
      closedOn: '2999-01-01',
      outcome: 'terminated',
      version: 1,
    });
    expect(future.status).toBe(400);

    // Protection asked of the Witness and Victim Protection Service, and its answer.
    const asked = await police.request('POST', `/api/police/cases/${caseId}/protection`, {
      measure: 'physical_protection',
      on: today(),
      note: 'Asked by telephone.',
    });
    expect(asked.status, asked.body).toBe(200);
    const step = (asked.json() as Police).protection[0]!;
    expect(step).toMatchObject({ status: 'requested', note: 'Asked by telephone.' });
    const answered = await police.request('PATCH', `/api/police/cases/${caseId}/protection/${step.id}`, {
      status: 'granted',
      answeredOn: today(),
      version: step.version,
    });
    expect(answered.status, answered.body).toBe(200);
    expect((answered.json() as Police).protection[0]).toMatchObject({
      status: 'granted',
      answeredOn: today(),
    });
    const requestedAgain = await police.request(
      'PATCH',
      `/api/police/cases/${caseId}/protection/${step.id}`,
      {
        status: 'requested',
        answeredOn: today(),
        version: step.version + 1,
      },
    );
    expect(requestedAgain.status).toBe(400);

    // The team sees the investigation and the protection on the legal section.
    const teamView = (
      await caritas.request('GET', `/api/cases/${caseId}/assistance`)
    ).json() as AssistanceView;
    expect(teamView.legal.investigation).toMatchObject({
      officerName: OFFICER,
      recordedBy: { id: await org('lithuanian-police') },
    });
    expect(teamView.legal.steps[0]).toMatchObject({ kind: 'protection', status: 'granted' });
    // The reading and the changes are audited.
    const audited = await app.services.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, caseId)));
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'investigation.read',
        'investigation.record',
        'investigation.protection.request',
      ]),
    );

    // The consent withdrawn: the recorded investigation is a ground of its own (criminal proceedings).
    const page = (await caritas.request('GET', `/api/cases/${caseId}`)).json() as {
      consents: { id: string; scope: string }[];
    };
    const consent = page.consents.find((c) => c.scope === 'contact_with_law_enforcement')!;
    const withdrawn = await caritas.request(
      'POST',
      `/api/cases/${caseId}/consents/${consent.id}/withdraw`,
      {},
    );
    expect(withdrawn.status, withdrawn.body).toBe(200);
    expect((await policeCase(police, caseId)).ground).toBe('proceedings');

    // The identification card names the officer once the coordinator identified the person.
    const text = await cardText(caseId);
    expect(text).toContain(OFFICER);
    expect(text).toContain('+370 5 271 7000');
  });

  it('the card of a case the State Border Guard Service opened says law enforcement knows it, whatever first contact was chosen', async () => {
    const caseId = await openCase(guard, ['referral_to_support_service', 'share_identity'], 'ngo');
    const sent = await guard.request('POST', `/api/cases/${caseId}/referrals`, {
      toOrganisationId: await org(CARITAS),
      purpose: 'assistance',
    });
    const r = sent.json() as { id: string; version: number };
    expect(
      (
        await caritas.request('POST', `/api/referrals/${r.id}/respond`, {
          response: 'accept',
          version: r.version,
        })
      ).status,
    ).toBe(200);
    const text = await cardText(caseId);
    expect(text).toContain(
      'The case is known to law enforcement (State Border Guard Service); no officer is named yet.',
    );
    expect(text).not.toContain('not known to law enforcement');
  });

  it('a compensation claim goes to the Ministry of Justice with consent and comes back decided; bad steps refused', async () => {
    const caseId = await openCase(caritas, ['referral_to_support_service', 'share_identity']);
    const base = `/api/cases/${caseId}/assistance`;
    // An ineligible crime is saved, marked not eligible with the reason.
    const saved = await caritas.request('PUT', `${base}/compensation`, {
      crime: 'property_crime',
      crimeOn: '2025-09-01',
      status: 'preparing',
      amountEur: 5000,
      version: 0,
    });
    expect(saved.status, saved.body).toBe(200);
    let claim = (saved.json() as AssistanceView).legal.compensation!;
    expect(claim.eligibility).toEqual({ eligible: false, reasons: ['not_violent_crime'] });
    const future = await caritas.request('PUT', `${base}/compensation`, {
      crime: 'crime_against_freedom',
      crimeOn: '2999-01-01',
      status: 'preparing',
      version: claim.version,
    });
    expect(future.status).toBe(400);
    claim = (
      (
        await caritas.request('PUT', `${base}/compensation`, {
          crime: 'crime_against_freedom',
          crimeOn: '2025-09-01',
          status: 'preparing',
          amountEur: 5000,
          version: claim.version,
        })
      ).json() as AssistanceView
    ).legal.compensation!;
    expect(claim.eligibility.eligible).toBe(true);

    // Without the person's consent the claim does not leave the case.
    const refused = await caritas.request('POST', `${base}/compensation/send`, { version: claim.version });
    expect(refused.status).toBe(409);
    expect(refused.json()).toMatchObject({ refusal: 'consent.compensation_claim' });
    const version = ((await caritas.request('GET', `/api/cases/${caseId}`)).json() as { version: number })
      .version;
    expect(
      (
        await caritas.request('POST', `/api/cases/${caseId}/consents`, {
          scope: 'compensation_claim',
          method: 'signed',
          version,
        })
      ).status,
    ).toBe(200);
    // Nothing reached the Ministry yet.
    expect((await ministry.request('GET', `/api/claims/${caseId}`)).status).toBe(404);
    const sent = await caritas.request('POST', `${base}/compensation/send`, { version: claim.version });
    expect(sent.status, sent.body).toBe(200);
    expect((sent.json() as AssistanceView).legal.compensation!.ministry).toMatchObject({ stage: 'sent' });
    expect(
      (await caritas.request('POST', `${base}/compensation/send`, { version: claim.version + 1 })).status,
    ).toBe(409);
    // Sent, the claim is the Ministry's: the team cannot change it.
    expect(
      (
        await caritas.request('PUT', `${base}/compensation`, {
          crime: 'crime_against_freedom',
          crimeOn: '2025-09-01',
          status: 'preparing',
          version: claim.version + 1,
        })
      ).status,
    ).toBe(409);

    // The compensation officer's inbox and alert.
    const inbox = (await ministry.request('GET', '/api/claims')).json() as {
      items: { caseId: string; stage: string }[];
    };
    expect(inbox.items.find((i) => i.caseId === caseId)).toMatchObject({ stage: 'sent' });
    const [officer] = await app.services.database.db
      .select()
      .from(users)
      .where(eq(users.email, 'compensation@atrama.test'));
    const told = await app.services.database.db
      .select()
      .from(alerts)
      .where(and(eq(alerts.userId, officer!.id), eq(alerts.kind, 'compensation_claim_received')));
    expect(told.length).toBeGreaterThan(0);

    let current = (await ministry.request('GET', `/api/claims/${caseId}`)).json() as Claim;
    const step = (body: Record<string, unknown>) =>
      ministry.request('POST', `/api/claims/${caseId}/steps`, { version: current.version, ...body });
    // A decision before receipt, and documents before receipt: refused.
    const early = await step({ step: 'decide', decision: 'granted', decidedOn: today(), amountEur: 1000 });
    expect(early.status).toBe(409);
    expect(early.json()).toMatchObject({ refusal: 'claim_not_received' });
    const received = await step({ step: 'receive', receivedOn: today() });
    expect(received.status, received.body).toBe(200);
    current = received.json() as Claim;
    expect((await step({ step: 'receive', receivedOn: today() })).status).toBe(409);
    const asked = await step({
      step: 'request_documents',
      requestedOn: today(),
      documents: 'A medical certificate of the harm.',
    });
    expect(asked.status, asked.body).toBe(200);
    current = asked.json() as Claim;
    expect(current.handling).toMatchObject({
      stage: 'documents_requested',
      documents: 'A medical certificate of the harm.',
    });
    // An amount on a refusal, a refusal without a reason, a grant without an amount, a negative amount.
    for (const bad of [
      { step: 'decide', decision: 'refused', decidedOn: today(), reason: 'Not shown.', amountEur: 10 },
      { step: 'decide', decision: 'refused', decidedOn: today() },
      { step: 'decide', decision: 'granted', decidedOn: today() },
      { step: 'decide', decision: 'granted', decidedOn: today(), amountEur: -5 },
      { step: 'decide', decision: 'maybe', decidedOn: today(), amountEur: 5 },
      { step: 'decide', decision: 'granted', decidedOn: '2999-01-01', amountEur: 5 },
    ]) {
      const answer = await step(bad);
      expect(answer.status, JSON.stringify(bad)).toBe(400);
    }
    // A stale version.
    expect(
      (
        await ministry.request('POST', `/api/claims/${caseId}/steps`, {
          step: 'decide',
          decision: 'granted',
          decidedOn: today(),
          amountEur: 1000,
          version: current.version - 1,
        })
      ).status,
    ).toBe(409);
    const decided = await step({
      step: 'decide',
      decision: 'granted',
      decidedOn: today(),
      amountEur: 2500.5,
    });
    expect(decided.status, decided.body).toBe(200);
    current = decided.json() as Claim;
    expect(current.handling).toMatchObject({
      stage: 'decided',
      decision: 'granted',
      decidedAmountEur: 2500.5,
    });
    expect(
      (await step({ step: 'decide', decision: 'refused', decidedOn: today(), reason: 'x' })).json(),
    ).toMatchObject({
      refusal: 'claim_decided',
    });

    // The case team sees the decision, on its legal section and timeline, and is told.
    const teamView = (await caritas.request('GET', `${base}`)).json() as AssistanceView;
    expect(teamView.legal.compensation).toMatchObject({
      status: 'granted',
      ministry: {
        decision: 'granted',
        decidedAmountEur: 2500.5,
        authority: { id: await org('ministry-of-justice') },
      },
    });
    const events = (await caritas.request('GET', `/api/cases/${caseId}`)).json() as {
      timeline: { type: string }[];
    };
    expect(events.timeline.map((e) => e.type)).toEqual(
      expect.arrayContaining(['compensation_sent', 'compensation_received', 'compensation_decided']),
    );
    const [worker] = await app.services.database.db
      .select()
      .from(users)
      .where(eq(users.email, 'case.worker@atrama.test'));
    const decidedAlerts = await app.services.database.db
      .select()
      .from(alerts)
      .where(and(eq(alerts.userId, worker!.id), eq(alerts.kind, 'compensation_decided')));
    expect(decidedAlerts.length).toBeGreaterThan(0);
  });

  it('refuses a claim to anyone but the Ministry it was sent to, and a refusal keeps its reason sealed', async () => {
    const caseId = await openCase(caritas, ['referral_to_support_service', 'compensation_claim']);
    const base = `/api/cases/${caseId}/assistance`;
    const saved = await caritas.request('PUT', `${base}/compensation`, {
      crime: 'health_impairment',
      crimeOn: '2025-09-01',
      status: 'preparing',
      version: 0,
    });
    expect(saved.status, saved.body).toBe(200);
    expect((await caritas.request('POST', `${base}/compensation/send`, { version: 1 })).status).toBe(200);
    // The team, the police and the coordinator do not reach the Ministry's routes.
    for (const client of [caritas, police, coordinator]) {
      expect((await client.request('GET', `/api/claims/${caseId}`)).status).toBe(403);
      expect((await client.request('GET', '/api/claims')).status).toBe(403);
    }
    // A forged case id reads as not found.
    expect((await ministry.request('GET', `/api/claims/${randomUUID()}`)).status).toBe(404);
    let current = (await ministry.request('GET', `/api/claims/${caseId}`)).json() as Claim;
    current = (
      await ministry.request('POST', `/api/claims/${caseId}/steps`, {
        step: 'receive',
        receivedOn: today(),
        version: current.version,
      })
    ).json() as Claim;
    const refusedClaim = await ministry.request('POST', `/api/claims/${caseId}/steps`, {
      step: 'decide',
      decision: 'refused',
      decidedOn: today(),
      reason: 'The harm to health is not shown by a medical document.',
      version: current.version,
    });
    expect(refusedClaim.status, refusedClaim.body).toBe(200);
    const teamView = (await caritas.request('GET', base)).json() as AssistanceView;
    expect(teamView.legal.compensation).toMatchObject({
      status: 'refused',
      ministry: {
        decision: 'refused',
        decisionReason: 'The harm to health is not shown by a medical document.',
      },
    });
    const stored = await app.services.database.db.execute(
      `select sealed_decision_reason::text as r from compensation_claims where case_id = '${caseId}'`,
    );
    expect(JSON.stringify(stored)).not.toContain('medical document');
  });
});
