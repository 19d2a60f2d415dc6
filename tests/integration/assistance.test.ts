import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '../../src/access/tables.ts';
import { RETURN_HELP_KINDS } from '../../src/assistance/catalogue.ts';
import type { AssistanceView } from '../../src/assistance/model.ts';
import { shiftDay } from '../../src/assistance/rules.ts';
import { assessments, planAgreements, servicesGiven } from '../../src/assistance/tables.ts';
import { auditEvents } from '../../src/audit/tables.ts';
import { todayInVilnius } from '../../src/cases/model.ts';
import { cases } from '../../src/cases/tables.ts';
import { people } from '../../src/people/tables.ts';
import { backends, type Client, clientFor, loginAs, startTestApp, type TestApp } from '../support/harness.ts';
import { pdfText } from '../support/pdf-text.ts';

// Assistance through the HTTP API on a real database (seeds 000–004): a support service informs,
// assesses, plans with the person and records services; IOM on the same team; legal steps and
// compensation; the identification card with its public check; a case of another crime moving on.

// Calendar days in Vilnius, as the server counts them (near midnight UTC they differ).
const today = () => todayInVilnius();
const daysFromToday = (n: number) => shiftDay(todayInVilnius(), n);

describe.each(backends())('assistance on %s', (backend) => {
  let app: TestApp;
  let caritas: Client;
  let iom: Client;
  let klaipeda: Client;
  let coordinator: Client;
  let guard: Client;
  let org: (slug: string) => Promise<string>;

  async function intake(client: Client, data: Record<string, unknown>) {
    const id = randomUUID();
    expect((await client.request('PUT', `/api/intake-drafts/${id}`, { data })).status).toBe(200);
    const submitted = await client.request('POST', `/api/intake-drafts/${id}/submit`);
    expect(submitted.status, submitted.body).toBe(201);
    return (submitted.json() as { caseId: string }).caseId;
  }
  const caseVersion = async (client: Client, id: string) =>
    ((await client.request('GET', `/api/cases/${id}`)).json() as { version: number }).version;
  async function call(
    client: Client,
    method: 'POST' | 'PUT' | 'PATCH',
    url: string,
    body: unknown,
    status = 200,
  ) {
    const response = await client.request(method, url, body);
    expect(response.status, response.body).toBe(status);
    return response.json() as AssistanceView;
  }
  const assistance = async (client: Client, id: string) => {
    const response = await client.request('GET', `/api/cases/${id}/assistance`);
    expect(response.status, response.body).toBe(200);
    return response.json() as AssistanceView;
  };

  /** A third-country national Caritas met itself, with a name, referred to the national point of contact. */
  async function caritasCase() {
    return intake(caritas, {
      kind: 'trafficking',
      metAt: new Date(Date.now() - 20 * 86_400_000).toISOString(),
      municipality: 'Vilnius',
      firstContactKind: 'ngo',
      exploitationForms: ['ForcedLabour'],
      indicators: ['WithholdsDocuments'],
      sex: 'female',
      age: 29,
      citizenship: 'UZ',
      languages: ['uz', 'ru'],
      interpreterNeeded: true,
      identity: {
        givenName: 'Dilnoza',
        familyName: 'Rahimova',
        birthDate: '1997-02-11',
        contacts: [{ kind: 'phone', value: '+370 600 11111' }],
      },
      consents: [
        { scope: 'referral_to_national_contact_point', method: 'spoken' },
        { scope: 'referral_to_support_service', method: 'spoken' },
        { scope: 'share_identity', method: 'signed' },
      ],
    });
  }

  /** IOM Vilnius joins the team through an accepted return referral. */
  async function withIom(caseId: string) {
    const sent = await caritas.request('POST', `/api/cases/${caseId}/referrals`, {
      toOrganisationId: await org('iom-vilnius-office'),
      purpose: 'return',
    });
    expect(sent.status, sent.body).toBe(201);
    const referral = sent.json() as { id: string; version: number };
    const accepted = await iom.request('POST', `/api/referrals/${referral.id}/respond`, {
      response: 'accept',
      version: referral.version,
    });
    expect(accepted.status, accepted.body).toBe(200);
  }

  beforeAll(async () => {
    app = await startTestApp(backend);
    [caritas, iom, klaipeda, coordinator, guard] = await Promise.all([
      loginAs(app, 'case.worker@atrama.test', 'caritas-centre-against-human-trafficking-and-exploitation'),
      loginAs(app, 'return.officer@atrama.test'),
      loginAs(app, 'klaipeda.worker@atrama.test'),
      loginAs(app, 'coordinator@atrama.test'),
      loginAs(app, 'border.guard@atrama.test'),
    ]);
    org = async (slug) =>
      (await app.services.database.db.select().from(organisations).where(eq(organisations.slug, slug)))[0]!
        .id;
  });
  afterAll(() => app?.close());

  it('a support service informs, assesses, plans with the person and records services; the team sees the plan', async () => {
    const caseId = await caritasCase();
    await withIom(caseId);
    const caritasId = await org('caritas-centre-against-human-trafficking-and-exploitation');
    const iomId = await org('iom-vilnius-office');
    const base = `/api/cases/${caseId}/assistance`;

    let view = await call(caritas, 'POST', `${base}/rights`, {
      givenOn: today(),
      language: 'ru',
      form: 'spoken_and_leaflet',
    });
    expect(view.rights).toMatchObject([
      { language: 'ru', form: 'spoken_and_leaflet', userName: expect.any(String) },
    ]);

    const needs = [
      { domain: 'safety', urgency: 'immediate', note: 'The employer knows where she sleeps.' },
      { domain: 'accommodation', urgency: 'high' },
      { domain: 'health', urgency: 'medium', note: 'Back pain from lifting; no doctor for a year.' },
      { domain: 'interpreter', urgency: 'high' },
    ];
    view = await call(caritas, 'POST', `${base}/assessments`, {
      assessedOn: today(),
      needs,
      risk: { level: 'high', reasons: 'Threats by the employer, who holds her passport.' },
    });
    view = await call(caritas, 'POST', `${base}/assessments`, {
      assessedOn: today(),
      needs: [...needs.slice(0, 3), { domain: 'interpreter', urgency: 'low' }],
      risk: { level: 'high', reasons: 'Threats continue by phone.' },
      changeReason: 'She found an interpreter among the shelter staff.',
    });
    // Re-assessment keeps the history; the newest is current.
    expect(view.assessments.map((a) => [a.current, a.risk.level])).toEqual([
      [false, 'high'],
      [true, 'high'],
    ]);
    expect(view.assessments[1]!.changeReason).toBe('She found an interpreter among the shelter staff.');
    expect(view.assessments[0]!.needs[0]).toEqual({
      domain: 'safety',
      urgency: 'immediate',
      note: 'The employer knows where she sleeps.',
    });
    // The notes are sealed at rest: the stored row holds neither the note nor the reasons.
    const [stored] = await app.services.database.db
      .select()
      .from(assessments)
      .where(eq(assessments.caseId, caseId));
    expect(JSON.stringify(stored!.needs)).not.toContain('employer');
    expect(stored!.sealed!.toString('latin1')).not.toContain('employer');

    // IOM plans interpretation first; Caritas planning it too is warned before it is saved.
    view = await call(iom, 'POST', `${base}/plan-items`, {
      need: 'interpreter',
      measure: 'interpreter',
      organisationId: iomId,
      dueOn: daysFromToday(14),
    });
    const overlaps = await caritas.request(
      'GET',
      `${base}/overlaps?measure=interpreter&organisationId=${caritasId}&dueOn=${daysFromToday(10)}`,
    );
    expect(overlaps.json()).toMatchObject({ items: [{ organisation: { id: iomId }, source: 'plan' }] });
    const warned = await caritas.request('POST', `${base}/plan-items`, {
      need: 'interpreter',
      measure: 'interpreter',
      organisationId: caritasId,
      dueOn: daysFromToday(10),
    });
    expect(warned.status).toBe(409);
    expect(warned.json()).toMatchObject({ refusal: 'overlap' });
    // A plan item for an organisation off the team is refused with the reason.
    const offTeam = await caritas.request('POST', `${base}/plan-items`, {
      need: 'health',
      measure: 'health_care',
      organisationId: await org('klaipeda-social-and-psychological-support-centre'),
      dueOn: daysFromToday(7),
    });
    expect(offTeam.status).toBe(409);
    expect(offTeam.json()).toMatchObject({ refusal: 'not_on_team' });
    for (const [need, measure] of [
      ['accommodation', 'temporary_accommodation'],
      ['health', 'health_care'],
      ['safety', 'psychological_consultation'],
    ]) {
      view = await call(caritas, 'POST', `${base}/plan-items`, {
        need,
        measure,
        organisationId: caritasId,
        dueOn: daysFromToday(21),
      });
    }
    view = await call(caritas, 'POST', `${base}/plan-items`, {
      need: 'interpreter',
      measure: 'interpreter',
      organisationId: caritasId,
      dueOn: daysFromToday(10),
      acknowledgeOverlap: true,
    });
    expect(view.plan.items).toHaveLength(5);

    view = await call(caritas, 'POST', `${base}/plan-agreements`, {
      agreedOn: today(),
      victimWords: 'I agree, but I want to keep working while I wait.',
    });
    expect(view.plan.reviewOn).toBe(daysFromToday(90));
    const [agreement] = await app.services.database.db
      .select()
      .from(planAgreements)
      .where(eq(planAgreements.caseId, caseId));
    expect(agreement!.sealedWords!.toString('latin1')).not.toContain('keep working');
    const deadlines = (
      (await caritas.request('GET', `/api/cases/${caseId}`)).json() as { deadlines: { kind: string }[] }
    ).deadlines;
    expect(deadlines.map((d) => d.kind)).toContain('plan_review');

    const service = (type: string, extra = {}) => ({ type, givenOn: today(), mode: 'in_person', ...extra });
    view = await call(caritas, 'POST', `${base}/services`, {
      services: [
        service('crisis_intervention', { minutes: 60 }),
        service('temporary_accommodation'),
        service('food', { amountEur: 35.5 }),
        service('interpreter', { minutes: 45, mode: 'remote' }),
        service('accompaniment', { minutes: 120, planItemId: view.plan.items[1]!.id }),
      ],
    });
    expect(view.services).toHaveLength(5);
    expect(view.services.find((s) => s.type === 'food')?.amountEur).toBe(35.5);

    // Bad dates are named by field, and nothing of the batch is saved.
    const future = await caritas.request('POST', `${base}/services`, {
      services: [service('food'), service('food', { givenOn: daysFromToday(1) })],
    });
    expect(future.status).toBe(400);
    expect(future.json()).toMatchObject({ errors: [{ field: 'body.services.1.givenOn' }] });
    const before = await caritas.request('POST', `${base}/services`, {
      services: [service('food', { givenOn: daysFromToday(-60) })],
    });
    expect(before.status).toBe(400);
    expect(before.json()).toMatchObject({ errors: [{ field: 'body.services.0.givenOn' }] });
    expect((await assistance(caritas, caseId)).services).toHaveLength(5);

    // The team's other organisation sees the plan, with the words; others do not see the case.
    const seenByIom = await assistance(iom, caseId);
    expect(seenByIom.plan.items).toHaveLength(5);
    expect(seenByIom.plan.agreements[0]!.victimWords).toContain('keep working');
    expect((await klaipeda.request('GET', `${base}`)).status).toBe(404);
    expect((await guard.request('GET', `${base}`)).status).toBe(403);
    // The national coordinator sees what was done, not what was written about the person.
    const national = await assistance(coordinator, caseId);
    expect(national.plan.items).toHaveLength(5);
    expect(national.plan.agreements[0]!.victimWords).toBeNull();
    expect(national.assessments[0]!.needs[0]!.note).toBeNull();
    expect(national.canRecord).toBe(false);

    const done = view.plan.items[0]!;
    view = await call(caritas, 'PATCH', `${base}/plan-items/${done.id}`, {
      status: 'done',
      version: done.version,
    });
    const stale = await caritas.request('PATCH', `${base}/plan-items/${done.id}`, {
      status: 'cancelled',
      version: done.version,
    });
    expect(stale.status).toBe(409);

    const plan = await caritas.request('GET', `${base}/plan.pdf?lang=ru`);
    expect(plan.status).toBe(200);
    expect(plan.headers['content-type']).toContain('application/pdf');
    expect(pdfText(plan.raw)).toContain('I agree, but I want to keep working');

    const audited = await app.services.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.recordId, caseId));
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'assistance.rights',
        'assistance.assessment',
        'assistance.plan_item.add',
        'assistance.plan.agree',
        'assistance.services',
        'assistance.read',
        'assistance.plan.print',
      ]),
    );
    expect(JSON.stringify(audited.map((a) => a.detail))).not.toContain('keep working');
  });

  it('IOM works the return of a third-country national with the eleven kinds of help', async () => {
    const caseId = await caritasCase();
    await withIom(caseId);
    const base = `/api/cases/${caseId}/assistance`;
    const before = await assistance(iom, caseId);
    expect(before.returnPathway).toEqual({
      pathway: 'third_country',
      partners: ['specialised_ngo', 'iom_vilnius', 'consulate_of_citizenship', 'police'],
    });
    const body = {
      destinationCountry: 'uz',
      travelOn: daysFromToday(12),
      receivingOrganisation: 'IOM Tashkent',
      status: 'travel_booked',
      checklist: RETURN_HELP_KINDS.map((kind, n) => ({
        kind,
        status: n < 9 ? 'done' : 'to_do',
        costEur: n === 4 ? 412.4 : undefined,
      })),
      reintegrationNote: 'Sewing machine bought from a supplier in Samarkand.',
      version: 0,
    };
    const view = await call(iom, 'PUT', `${base}/return`, body);
    expect(view.return).toMatchObject({
      destinationCountry: 'UZ',
      status: 'travel_booked',
      totalCostEur: 412.4,
      version: 1,
    });
    expect(view.return!.checklist).toHaveLength(11);
    // Saving over a newer version is refused.
    expect((await iom.request('PUT', `${base}/return`, body)).status).toBe(409);
    const duplicate = await iom.request('PUT', `${base}/return`, {
      ...body,
      version: 1,
      checklist: [body.checklist[0], body.checklist[0]],
    });
    expect(duplicate.status).toBe(400);
  });

  it('legal: investigation, protection, legal aid and a compensation claim checked for eligibility', async () => {
    const caseId = await caritasCase();
    const base = `/api/cases/${caseId}/assistance`;
    let view = await call(caritas, 'PUT', `${base}/investigation`, {
      institution: 'police',
      caseNumber: '01-2-00457-26',
      startedOn: today(),
      officerName: 'Tomas Petraitis',
      officerContact: '+370 5 271 7000',
    });
    expect(view.legal.investigation).toMatchObject({ institution: 'police', caseNumber: '01-2-00457-26' });
    view = await call(caritas, 'POST', `${base}/legal-steps`, {
      kind: 'protection',
      measure: 'restricted_personal_data',
      status: 'requested',
      on: today(),
    });
    const step = view.legal.steps[0]!;
    view = await call(caritas, 'PATCH', `${base}/legal-steps/${step.id}`, {
      status: 'granted',
      version: step.version,
    });
    expect(view.legal.steps[0]!.status).toBe('granted');
    const noMeasure = await caritas.request('POST', `${base}/legal-steps`, {
      kind: 'protection',
      status: 'requested',
      on: today(),
    });
    expect(noMeasure.status).toBe(400);

    // A crime before 2005-07-01 is saved, marked not eligible with the reason.
    view = await call(caritas, 'PUT', `${base}/compensation`, {
      crime: 'crime_against_freedom',
      crimeOn: '2004-05-01',
      status: 'preparing',
      version: 0,
    });
    expect(view.legal.compensation!.eligibility).toEqual({
      eligible: false,
      reasons: ['crime_before_2005_07_01', 'not_eu_citizen_or_resident'],
    });
    view = await call(caritas, 'PUT', `${base}/compensation`, {
      crime: 'crime_against_freedom',
      crimeOn: '2025-09-01',
      status: 'filed',
      filedOn: today(),
      lawfullyResidentInEu: true,
      version: 1,
    });
    expect(view.legal.compensation!.eligibility).toEqual({ eligible: true, reasons: [] });
  });

  it('issues the identification card only after formal identification; the QR page shows no personal data; revoked reads revoked', async () => {
    const caseId = await caritasCase();
    const refused = await caritas.request('POST', `/api/cases/${caseId}/cards`);
    expect(refused.status).toBe(409);
    expect(refused.json()).toMatchObject({ refusal: 'card_not_identified' });
    expect((await assistance(caritas, caseId)).cardRefusals).toEqual(['card_not_identified']);

    const identified = await coordinator.request('POST', `/api/cases/${caseId}/decisions/identification`, {
      outcome: 'identified',
      reasons: 'Passport withheld, debts imposed, threats.',
      decidedOn: today(),
      version: await caseVersion(coordinator, caseId),
    });
    expect(identified.status, identified.body).toBe(200);
    await call(caritas, 'POST', `/api/cases/${caseId}/assistance/assessments`, {
      assessedOn: today(),
      needs: [{ domain: 'health', urgency: 'medium', note: 'Needs a dentist.' }],
      risk: { level: 'high', reasons: 'Threats by phone.' },
    });
    await call(caritas, 'PUT', `/api/cases/${caseId}/assistance/investigation`, {
      institution: 'police',
      caseNumber: '01-2-00999-26',
      officerName: 'Rasa Jonaitė',
    });

    const issued = await call(caritas, 'POST', `/api/cases/${caseId}/cards`, {}, 201);
    const card = issued.cards[0]!;
    expect(card).toMatchObject({ status: 'valid', number: expect.stringMatching(/^LT-THB-\d{4}-\d{6}$/) });

    for (const lang of ['lt', 'en'] as const) {
      const printed = await caritas.request('GET', `/api/cases/${caseId}/cards/${card.id}/pdf?lang=${lang}`);
      expect(printed.status, printed.body).toBe(200);
      const text = pdfText(printed.raw).replace(/\s+/g, ' ');
      for (const expected of [
        'Dilnoza',
        'Rahimova',
        card.number,
        '+370 600 11111',
        '01-2-00999-26',
        'Rasa Jonaitė',
        'Needs a dentist.',
      ]) {
        expect(text, `${lang}: ${expected}`).toContain(expected);
      }
      expect(text).toContain(
        lang === 'lt'
          ? 'Prekybos žmonėmis aukos identifikavimo kortelė'
          : 'Human Trafficking Victim Identification Card',
      );
    }
    const token = await tokenOf(card.id);
    expect(card.verifyPath).toBe(`/verify/card/${token}`);

    const anonymous = clientFor(app);
    const valid = await anonymous.request('GET', `/verify/card/${token}?lang=en`);
    expect(valid.status).toBe(200);
    expect(valid.body).toContain(card.number);
    for (const secret of ['Dilnoza', 'Rahimova', '1997', '+370 600 11111', 'UZ', '01-2-00999-26']) {
      expect(valid.body).not.toContain(secret);
    }
    expect(valid.headers['content-security-policy']).toMatch(/style-src 'self' 'sha256-[^']+'/);
    expect(valid.headers['content-security-policy']).toContain("script-src 'self'");
    const unknown = await anonymous.request('GET', '/verify/card/not-a-card-but-well-formed?lang=en');
    expect(unknown.status).toBe(200);
    expect(unknown.body).not.toContain(card.number);
    expect((await anonymous.request('GET', '/verify/card/<script>')).status).toBe(400);

    const revoked = await call(caritas, 'POST', `/api/cases/${caseId}/cards/${card.id}/revoke`, {
      reason: 'Issued with a misspelt family name.',
    });
    expect(revoked.cards[0]!.status).toBe('revoked');
    const after = await anonymous.request('GET', `/verify/card/${token}?lang=en`);
    expect(after.body.toLowerCase()).toContain('revoked');
    expect((await caritas.request('GET', `/api/cases/${caseId}/cards/${card.id}/pdf?lang=lt`)).status).toBe(
      409,
    );
    expect(
      (await caritas.request('POST', `/api/cases/${caseId}/cards/${card.id}/revoke`, { reason: 'again' }))
        .status,
    ).toBe(404);

    const actions = (
      await app.services.database.db.select().from(auditEvents).where(eq(auditEvents.recordId, caseId))
    ).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['card.issue', 'card.print', 'card.revoke']));
  });

  /** A Caritas case the coordinator has formally identified: a card may be issued for it. */
  async function identifiedCase() {
    const caseId = await caritasCase();
    const identified = await coordinator.request('POST', `/api/cases/${caseId}/decisions/identification`, {
      outcome: 'identified',
      reasons: 'Passport withheld, debts imposed, threats.',
      decidedOn: today(),
      version: await caseVersion(coordinator, caseId),
    });
    expect(identified.status, identified.body).toBe(200);
    return caseId;
  }

  it('keeps one valid card per case: a new card revokes the valid one, only with a reason', async () => {
    const caseId = await identifiedCase();
    const first = (await call(caritas, 'POST', `/api/cases/${caseId}/cards`, {}, 201)).cards[0]!;

    const refused = await caritas.request('POST', `/api/cases/${caseId}/cards`, {});
    expect(refused.status, refused.body).toBe(409);
    expect(refused.json()).toMatchObject({ refusal: 'card_valid_exists' });
    expect((await caritas.request('POST', `/api/cases/${caseId}/cards`)).status).toBe(409);
    expect((await assistance(caritas, caseId)).cards).toHaveLength(1);

    const reason = 'The family name was misspelt on the card.';
    const replaced = await call(caritas, 'POST', `/api/cases/${caseId}/cards`, { reason }, 201);
    expect(replaced.cards).toHaveLength(2);
    const second = replaced.cards.find((c) => c.id !== first.id)!;
    expect(second.status).toBe('valid');
    expect(replaced.cards.find((c) => c.id === first.id)).toMatchObject({ status: 'revoked' });
    expect(replaced.cards.filter((c) => c.status === 'valid')).toHaveLength(1);

    const anonymous = clientFor(app);
    for (const [lang, word] of [
      ['en', 'Revoked'],
      ['lt', 'Panaikinta'],
    ] as const) {
      const page = await anonymous.request('GET', `${first.verifyPath}?lang=${lang}`);
      expect(page.status).toBe(200);
      expect(page.body).toContain(word);
    }
    const valid = await anonymous.request('GET', `${second.verifyPath}?lang=en`);
    expect(valid.body).toContain('Genuine and valid');
    // The page names who issued the card and whom to tell about a false one, from the directory's data.
    expect(valid.body).toContain('Issued by');
    expect(valid.body).toContain('prekybazmonemis@vrm.lt');
    expect(valid.body).toContain('112');
    expect(valid.body).not.toContain(reason);

    // The reason is kept sealed under the person's key, on the card and on the case's timeline.
    const { identificationCards } = await import('../../src/assistance/tables.ts');
    const { caseEvents } = await import('../../src/cases/tables.ts');
    const db = app.services.database.db;
    const [row] = await db.select().from(identificationCards).where(eq(identificationCards.id, first.id));
    expect(row!.sealedReason).not.toBeNull();
    expect(row!.sealedReason!.toString('latin1')).not.toContain('misspelt');
    const events = await db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId));
    const revokedEvent = events.find((e) => e.type === 'card_revoked');
    expect(revokedEvent?.detail).toMatchObject({ cardId: first.id });
    expect(revokedEvent?.sealedReason).not.toBeNull();
    expect(JSON.stringify(events.map((e) => e.detail))).not.toContain('misspelt');
    const actions = (await db.select().from(auditEvents).where(eq(auditEvents.recordId, caseId))).map(
      (a) => a.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['card.issue', 'card.revoke']));
  });

  it('leaves exactly one valid card when two issues race', async () => {
    const caseId = await identifiedCase();
    const statuses = (
      await Promise.all([
        caritas.request('POST', `/api/cases/${caseId}/cards`, {}),
        coordinator.request('POST', `/api/cases/${caseId}/cards`, {}),
      ])
    ).map((r) => r.status);
    expect(statuses.sort()).toEqual([201, 409]);
    expect((await assistance(caritas, caseId)).cards.filter((c) => c.status === 'valid')).toHaveLength(1);

    // Both replacing the valid card at once: one wins, still one valid card.
    const raced = await Promise.all(
      [caritas, coordinator].map((client) =>
        client.request('POST', `/api/cases/${caseId}/cards`, { reason: 'Lost; replaced.' }),
      ),
    );
    for (const r of raced) expect([201, 409], r.body).toContain(r.status);
    expect(raced.some((r) => r.status === 201)).toBe(true);
    const after = (await assistance(caritas, caseId)).cards;
    expect(after.filter((c) => c.status === 'valid')).toHaveLength(1);
  });

  async function tokenOf(cardId: string) {
    const { identificationCards } = await import('../../src/assistance/tables.ts');
    const [row] = await app.services.database.db
      .select()
      .from(identificationCards)
      .where(eq(identificationCards.id, cardId));
    return row!.token;
  }

  it('a case of another crime moves on as the support service records each step (seed 002)', async () => {
    const caseId = await intake(klaipeda, {
      kind: 'other_crime',
      otherCrime: 'domestic_violence',
      metAt: new Date(Date.now() - 86_400_000).toISOString(),
      municipality: 'Klaipėda',
      firstContactKind: 'self_referral',
      sex: 'female',
      age: 41,
      citizenship: 'LT',
      consents: [{ scope: 'referral_to_support_service', method: 'spoken' }],
    });
    const klaipedaId = await org('klaipeda-social-and-psychological-support-centre');
    const base = `/api/cases/${caseId}/assistance`;
    const state = async () =>
      ((await klaipeda.request('GET', `/api/cases/${caseId}`)).json() as { state: string }).state;
    expect(await state()).toBe('contact');
    await call(klaipeda, 'POST', `${base}/rights`, { givenOn: today(), language: 'lt', form: 'spoken' });
    expect(await state()).toBe('rights_informed');
    await call(klaipeda, 'POST', `${base}/assessments`, {
      assessedOn: today(),
      needs: [{ domain: 'psychological', urgency: 'high' }],
      risk: { level: 'medium', reasons: 'He has left the city.' },
    });
    expect(await state()).toBe('needs_assessed');
    await call(klaipeda, 'POST', `${base}/plan-items`, {
      need: 'psychological',
      measure: 'psychological_consultation',
      organisationId: klaipedaId,
      dueOn: daysFromToday(30),
    });
    await call(klaipeda, 'POST', `${base}/plan-agreements`, {
      agreedOn: today(),
      victimWords: 'Yes.',
      reviewOn: daysFromToday(30),
    });
    expect(await state()).toBe('plan_agreed');
    await call(klaipeda, 'POST', `${base}/services`, {
      services: [{ type: 'psychological_consultation', givenOn: today(), minutes: 50, mode: 'remote' }],
    });
    expect(await state()).toBe('services');
    // Another crime has no identification card.
    expect((await assistance(klaipeda, caseId)).cardRefusals).toContain('card_not_trafficking');
  });

  it('hands long-term help to the municipality and keeps a follow-up day after closure', async () => {
    const caseId = await caritasCase();
    const base = `/api/cases/${caseId}/assistance`;
    const notMunicipality = await caritas.request('POST', `${base}/long-term`, {
      municipalityOrganisationId: await org('iom-vilnius-office'),
      contactName: 'Someone',
    });
    expect(notMunicipality.status).toBe(400);
    const view = await call(caritas, 'POST', `${base}/long-term`, {
      municipalityOrganisationId: await org('vilnius-city-municipality'),
      contactName: 'Jurgita Kazlauskienė',
      contactPhone: '+370 5 211 2000',
    });
    expect(view.longTerm).toMatchObject({
      contactName: 'Jurgita Kazlauskienė',
      municipality: { id: await org('vilnius-city-municipality') },
    });
    const referrals = (
      (await caritas.request('GET', `/api/cases/${caseId}`)).json() as {
        referrals: { id: string; purpose: string }[];
      }
    ).referrals;
    expect(referrals.find((r) => r.id === view.longTerm!.referralId)?.purpose).toBe('long_term_assistance');
    const again = await caritas.request('POST', `${base}/long-term`, {
      municipalityOrganisationId: await org('vilnius-city-municipality'),
      contactName: 'Again',
    });
    expect(again.status).toBe(409);

    const closed = await caritas.request('POST', `/api/cases/${caseId}/transitions`, {
      transition: 'close',
      reason: 'Settled with her sister in Kaunas.',
      version: await caseVersion(caritas, caseId),
    });
    expect(closed.status, closed.body).toBe(200);
    const followed = await call(caritas, 'PUT', `${base}/follow-up`, { followUpOn: daysFromToday(60) });
    expect(followed.followUpOn).toBe(daysFromToday(60));
    const deadlines = (
      (await caritas.request('GET', `/api/cases/${caseId}`)).json() as { deadlines: { kind: string }[] }
    ).deadlines;
    expect(deadlines.map((d) => d.kind)).toEqual(['follow_up']);
  });

  it("the person's export holds their assistance; erasure leaves the counts and no word about them", async () => {
    const caseId = await caritasCase();
    const base = `/api/cases/${caseId}/assistance`;
    await call(caritas, 'POST', `${base}/assessments`, {
      assessedOn: today(),
      needs: [{ domain: 'health', urgency: 'high', note: 'Asthma; inhaler lost.' }],
      risk: { level: 'medium', reasons: 'Recruiter lives in the same town.' },
    });
    await call(caritas, 'POST', `${base}/services`, {
      services: [{ type: 'health_care', givenOn: today(), mode: 'in_person' }],
    });
    const dpo = await loginAs(app, 'dpo@atrama.test');
    const subject = (await dpo.request('GET', `/api/people/lookup?case=${caseId}`)).json() as {
      person: { id: string };
    };
    const personId = subject.person.id;
    type Exported = { cases: { assistance: AssistanceView }[] };
    const exportedBefore = await dpo.request('GET', `/api/people/${personId}/export`);
    expect(exportedBefore.status, exportedBefore.body).toBe(200);
    const before = exportedBefore.json() as Exported;
    expect(before.cases[0]!.assistance.assessments[0]!.needs[0]!.note).toBe('Asthma; inhaler lost.');
    expect(before.cases[0]!.assistance.services.map((x) => x.type)).toEqual(['health_care']);

    expect((await dpo.request('POST', `/api/people/${personId}/erase`, {})).status).toBe(204);
    const after = (await dpo.request('GET', `/api/people/${personId}/export`)).json() as Exported;
    expect(after.cases[0]!.assistance.services.map((x) => x.type)).toEqual(['health_care']);
    expect(after.cases[0]!.assistance.assessments[0]!.risk).toEqual({ level: 'medium', reasons: null });
    expect(JSON.stringify(after)).not.toMatch(/Asthma|Recruiter/);
    // Nothing new is written about an erased person; a card needs the identity that is gone.
    const refused = await caritas.request('POST', `/api/cases/${caseId}/cards`);
    expect(refused.status).toBe(409);
  });

  it("counts a service under its organisation's funding allocation for that year, and refuses another's", async () => {
    const funder = await loginAs(app, 'funding.manager@atrama.test');
    const year = Number(today().slice(0, 4));
    const allocate = async (organisationId: string) => {
      const response = await funder.request('POST', '/api/funding', {
        year,
        organisationId,
        programme: 'psychological_consultations',
        name: { lt: 'Psichologinės konsultacijos', en: 'Psychological consultations' },
        amountEur: 1200,
      });
      expect(response.status, response.body).toBe(201);
      const view = response.json() as { items: { id: string; organisation: { id: string } }[] };
      return view.items.find((i) => i.organisation.id === organisationId)!.id;
    };
    const own = await allocate(await org('caritas-centre-against-human-trafficking-and-exploitation'));
    const others = await allocate(await org('klaipeda-social-and-psychological-support-centre'));
    const caseId = await caritasCase();
    const service = (allocationId: string) => ({
      services: [
        {
          type: 'psychological_consultation',
          givenOn: today(),
          minutes: 60,
          mode: 'in_person',
          allocationId,
        },
      ],
    });
    const refused = await caritas.request(
      'POST',
      `/api/cases/${caseId}/assistance/services`,
      service(others),
    );
    expect(refused.status).toBe(400);
    expect(refused.json()).toMatchObject({ errors: [{ field: 'body.services.0.allocationId' }] });
    await call(caritas, 'POST', `/api/cases/${caseId}/assistance/services`, service(own));
    const funding = (await funder.request('GET', `/api/funding?year=${year}`)).json() as {
      items: { id: string; services: number; people: number; costPerService: number | null }[];
    };
    expect(funding.items.find((i) => i.id === own)).toMatchObject({
      services: 1,
      people: 1,
      costPerService: 1200,
    });
    expect(funding.items.find((i) => i.id === others)).toMatchObject({ services: 0, costPerService: null });
    // Only the funding ministry records allocations.
    const manager = await loginAs(app, 'manager@atrama.test');
    const notFunder = await manager.request('POST', '/api/funding', {
      year,
      organisationId: await org('caritas-centre-against-human-trafficking-and-exploitation'),
      programme: 'food',
      name: { lt: 'Maistas', en: 'Food' },
      amountEur: 10,
    });
    expect(notFunder.json()).toMatchObject({ status: 409, refusal: 'not_funding_authority' });
  });

  it('corrects or removes a service only by its organisation, with a reason, at the version seen; the history keeps both', async () => {
    const caseId = await caritasCase();
    await withIom(caseId);
    const base = `/api/cases/${caseId}/assistance`;
    const recorded = await call(caritas, 'POST', `${base}/services`, {
      services: [
        { type: 'food', givenOn: today(), amountEur: 12, mode: 'in_person' },
        { type: 'food', givenOn: today(), amountEur: 12, mode: 'in_person' },
        { type: 'interpreter', givenOn: today(), minutes: 30, mode: 'remote' },
      ],
    });
    const [first, second] = recorded.services.filter((x) => x.type === 'food');
    const interpreter = recorded.services.find((x) => x.type === 'interpreter')!;
    const db = app.services.database.db;
    const stored = async () =>
      (await db.select().from(servicesGiven).where(eq(servicesGiven.caseId, caseId))).length;
    expect(await stored()).toBe(3);

    const correction = {
      type: 'interpreter',
      givenOn: daysFromToday(-1),
      minutes: 45,
      mode: 'in_person',
      version: interpreter.version,
      reason: 'The interpreter came the day before, in person',
    };
    const url = (id: string) => `${base}/services/${id}`;
    // Another organisation of the team, an organisation off it, a reason left out, a stale version,
    // a date before the case began: each refused, and nothing changes.
    expect((await iom.request('PUT', url(interpreter.id), correction)).json()).toMatchObject({
      status: 409,
      refusal: 'not_recorder',
    });
    expect((await klaipeda.request('PUT', url(interpreter.id), correction)).status).toBe(404);
    expect((await caritas.request('PUT', url(interpreter.id), { ...correction, reason: ' ' })).status).toBe(
      400,
    );
    expect((await caritas.request('PUT', url(interpreter.id), { ...correction, version: 7 })).status).toBe(
      409,
    );
    const early = await caritas.request('PUT', url(interpreter.id), { ...correction, givenOn: '2020-01-01' });
    expect(early.json()).toMatchObject({ status: 400, errors: [{ field: 'body.givenOn' }] });
    expect((await caritas.request('PUT', url(randomUUID()), correction)).status).toBe(404);

    const corrected = await call(caritas, 'PUT', url(interpreter.id), correction);
    expect(corrected.services.find((x) => x.id === interpreter.id)).toMatchObject({
      givenOn: daysFromToday(-1),
      minutes: 45,
      mode: 'in_person',
      version: interpreter.version + 1,
    });
    expect(corrected.serviceCorrections).toEqual([
      expect.objectContaining({
        serviceId: interpreter.id,
        kind: 'corrected',
        before: expect.objectContaining({ givenOn: today(), minutes: 30, mode: 'remote' }),
        after: expect.objectContaining({ givenOn: daysFromToday(-1), minutes: 45, mode: 'in_person' }),
        reason: correction.reason,
      }),
    ]);

    // The same service entered twice: two people removing it at once, one wins.
    const removal = { version: second!.version, reason: 'Entered twice for the same meal' };
    const raced = await Promise.all([
      caritas.request('POST', `${url(second!.id)}/removal`, removal),
      caritas.request('POST', `${url(second!.id)}/removal`, removal),
    ]);
    expect(raced.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await stored()).toBe(2);
    const after = await assistance(caritas, caseId);
    expect(after.services.map((x) => x.id).sort()).toEqual([first!.id, interpreter.id].sort());
    expect(after.serviceCorrections.map((x) => [x.kind, x.serviceId, x.reason])).toEqual([
      ['corrected', interpreter.id, correction.reason],
      ['removed', second!.id, removal.reason],
    ]);
    // The team's other organisation sees what changed and why; the words are sealed in the database,
    // kept out of the timeline's details and the audit, and both changes are audited.
    expect((await assistance(iom, caseId)).serviceCorrections).toHaveLength(2);
    const { serviceCorrections } = await import('../../src/assistance/tables.ts');
    const { caseEvents } = await import('../../src/cases/tables.ts');
    const rows = await db.select().from(serviceCorrections).where(eq(serviceCorrections.caseId, caseId));
    expect(rows.every((r) => r.sealedReason && !r.sealedReason.toString('latin1').includes('twice'))).toBe(
      true,
    );
    const events = await db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId));
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['service_corrected', 'service_removed']),
    );
    expect(JSON.stringify(events.map((e) => e.detail))).not.toContain('twice');
    const audits = await db.select().from(auditEvents).where(eq(auditEvents.recordId, caseId));
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(['assistance.service.correct', 'assistance.service.remove']),
    );
    expect(JSON.stringify(audits.map((a) => a.detail))).not.toContain('twice');
    const timeline = (await caritas.request('GET', `/api/cases/${caseId}`)).json() as {
      timeline: { type: string; reason: string | null }[];
    };
    expect(timeline.timeline.find((e) => e.type === 'service_removed')?.reason).toBe(removal.reason);

    // The case's first service day follows: moved earlier by the correction, gone with the last service,
    // so a case whose help was all removed no longer counts as having accepted help.
    const firstDay = async () =>
      (await db.select({ on: cases.firstServiceOn }).from(cases).where(eq(cases.id, caseId)))[0]!.on;
    expect(await firstDay()).toBe(daysFromToday(-1));
    await call(caritas, 'POST', `${url(interpreter.id)}/removal`, { version: 2, reason: 'Wrong case' });
    expect(await firstDay()).toBe(today());
    await call(caritas, 'POST', `${url(first!.id)}/removal`, { version: 1, reason: 'Wrong case' });
    expect(await firstDay()).toBeNull();
  });

  it('logs Migration Information Centre consultations, anonymous unless a call-back is asked, per organisation', async () => {
    const anonymous = await iom.request('POST', '/api/consultations', {
      on: today(),
      topics: ['social_security', 'health_insurance'],
      channel: 'phone',
      audience: 'returning',
      country: 'ie',
    });
    expect(anonymous.status, anonymous.body).toBe(201);
    expect(anonymous.json()).toMatchObject({ anonymous: true, contact: null, country: 'IE' });
    const named = await iom.request('POST', '/api/consultations', {
      on: today(),
      topics: ['education'],
      channel: 'email',
      audience: 'considering_migration',
      country: 'NO',
      contact: 'petras@example.test',
    });
    expect(named.json()).toMatchObject({ anonymous: false, contact: 'petras@example.test' });
    const list = (await iom.request('GET', `/api/consultations?from=${today()}`)).json() as {
      items: unknown[];
      byTopic: { topic: string; count: number }[];
    };
    expect(list.items.length).toBeGreaterThanOrEqual(2);
    expect(list.byTopic.find((t) => t.topic === 'education')?.count).toBeGreaterThanOrEqual(1);
    const other = (await caritas.request('GET', '/api/consultations')).json() as { items: unknown[] };
    expect(other.items).toHaveLength(0);
    expect(
      (await iom.request('POST', '/api/consultations', { on: daysFromToday(2), topics: [], channel: 'x' }))
        .status,
    ).toBe(400);
  });
  it('publishes this year for anyone with no count from 1 to 4, totals included', async () => {
    const year = today().slice(0, 4);
    const response = await clientFor(app).request('GET', `/api/public/statistics?year=${year}`);
    expect(response.status).toBe(200);
    const published = response.json() as { table: { peopleServed: number | null } };
    // The people helped above are counted from this file's cases alone: hidden while fewer than five
    // (an average of services per person is not a count).
    const served = published.table.peopleServed;
    expect(served === null || served === 0 || served >= 5, `people served: ${served}`).toBe(true);
    const numbers = JSON.stringify(published)
      .replace(/"(year|threshold|servicesPerPerson)":\d+/g, '')
      .match(/:\d+/g);
    expect((numbers ?? []).map((n) => Number(n.slice(1))).filter((n) => n > 0 && n < 5)).toEqual([]);
  });
  it('keeps the statistics copies exact when services are recorded at the same moment', async () => {
    const caseId = await caritasCase();
    const base = `/api/cases/${caseId}/assistance`;
    const days = [-3, -1, -5, -2, -4, 0];
    const answers = await Promise.all(
      days.map((n) =>
        caritas.request('POST', `${base}/services`, {
          services: [{ type: 'food', givenOn: daysFromToday(n), mode: 'in_person' }],
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(days.map(() => 200));
    const { db } = app.services.database;
    const [row] = await db.select().from(cases).where(eq(cases.id, caseId));
    expect(row!.firstServiceOn).toBe(daysFromToday(-5));
    expect(row!.registeredOn).not.toBeNull();
    const copies = await db.select().from(servicesGiven).where(eq(servicesGiven.caseId, caseId));
    expect(copies).toHaveLength(days.length);
    expect(
      copies.every(
        (s) => s.personId === row!.personId && s.sex === 'female' && s.crimeType === 'trafficking',
      ),
    ).toBe(true);
    // A fact of the person changes: every copy follows it in the same transaction.
    await db.update(people).set({ disability: true }).where(eq(people.id, row!.personId));
    const after = await db.select().from(servicesGiven).where(eq(servicesGiven.caseId, caseId));
    expect(after.every((s) => s.disability === true)).toBe(true);
  });
});
