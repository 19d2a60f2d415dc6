import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { todayInVilnius } from '../../src/cases/model.ts';
import { pdfText } from '../support/pdf-text.ts';
import { type ApiCall, apiAs, apiFor, serverAndBrowser, staffSteps, VIEWPORTS } from './support.ts';

// The police and the Ministry of Justice in the built app. A border guard's case reaches the police with
// the person's consent; an investigator, on a phone, accepts it, records the pre-trial investigation and
// asks the Witness and Victim Protection Service for protection, and the identification card then names
// the officer. A compensation claim goes from Caritas to the Ministry of Justice and comes back decided.
describe('the police and the Ministry of Justice, in Chromium', () => {
  const running = serverAndBrowser();
  const { newPage, logIn, check, checkBoth } = staffSteps(running);
  const CARITAS = 'caritas-centre-against-human-trafficking-and-exploitation';

  async function both(page: Page, name: string) {
    const size = page.viewportSize();
    await page.setViewportSize(VIEWPORTS.desktop);
    await checkBoth(page, name);
    if (size) await page.setViewportSize(size);
  }

  async function organisationId(call: ApiCall, slug: string) {
    const list = (await (await call('GET', '/api/organisations')).json()) as {
      items: { id: string; slug: string }[];
    };
    return list.items.find((o) => o.slug === slug)!.id;
  }

  /** A person the border guard met, with the consents named; sent to the national point of contact. */
  async function borderGuardCase(guard: ApiCall, consents: string[]) {
    const draft = randomUUID();
    await guard('PUT', `/api/intake-drafts/${draft}`, {
      data: {
        kind: 'trafficking',
        metAt: new Date(Date.now() - 3_600_000).toISOString(),
        municipality: 'Vilnius',
        firstContactKind: 'border_guard',
        exploitationForms: ['ForcedLabour'],
        sex: 'female',
        age: 27,
        citizenship: 'LT',
        languages: ['lt'],
        identity: { givenName: 'Ieva', familyName: 'Petrauskaitė', birthDate: '1999-05-06' },
        consents: [
          'referral_to_national_contact_point',
          'referral_to_support_service',
          'share_identity',
          ...consents,
        ].map((scope) => ({ scope, method: 'spoken' })),
      },
    });
    const sent = await guard('POST', `/api/intake-drafts/${draft}/submit`, {});
    expect(sent.status).toBe(201);
    return (await sent.json()) as { caseId: string; reference: string };
  }

  /** The organisation accepts the referral of the case waiting for it. */
  async function accept(call: ApiCall, caseId: string) {
    const inbox = (await (await call('GET', '/api/referrals/inbox')).json()) as {
      items: { id: string; version: number; caseId: string }[];
    };
    const referral = inbox.items.find((r) => r.caseId === caseId)!;
    const answer = await call('POST', `/api/referrals/${referral.id}/respond`, {
      response: 'accept',
      version: referral.version,
    });
    expect(answer.status).toBe(200);
  }

  it("a border guard's case reaches the police, who record the investigation and a protection request on a phone; the card then names the officer", async () => {
    const base = running.server.base;
    const guard = await apiAs(base, 'border.guard@atrama.test');
    const { caseId, reference } = await borderGuardCase(guard, ['contact_with_law_enforcement']);
    const sent = await guard('POST', `/api/cases/${caseId}/referrals`, {
      toOrganisationId: await organisationId(guard, 'lithuanian-police'),
      purpose: 'investigation',
      note: 'Sutiko kalbėti su policija; darbdavys laiko jos pasą.',
    });
    expect(sent.status).toBe(201);

    const officer = await newPage('phone');
    await logIn(officer, 'investigator@atrama.test');
    await officer.goto(`${base}/staff/police`);
    const waiting = officer.getByTestId(`inbox-${reference}`);
    await waiting.waitFor();
    await check(officer, 'legal-a-police-inbox-lt-phone');
    await both(officer, 'legal-a-police-inbox-lt');
    await waiting.getByTestId('referral-accept').locator('button[type="submit"]').click();
    await officer.getByTestId('police-facts').waitFor();
    expect(officer.url()).toContain(`/police/${caseId}`);
    // The police see the facts of the crime, never a name.
    expect(await officer.locator('main').textContent()).not.toContain('Petrauskaitė');

    await officer.getByTestId('police-investigation-open').click();
    await officer.locator('#police-case-number').fill('01-2-00777-26');
    await officer.locator('#police-officer').fill('Tomas Petraitis');
    await officer.locator('#police-officer-contact').fill('+370 5 271 7000');
    await check(officer, 'legal-b-investigation-form-lt-phone');
    await officer.getByTestId('police-investigation-form').locator('button[type="submit"]').click();
    await officer.getByTestId('police-investigation-view').waitFor();
    expect(await officer.getByTestId('police-investigation-view').textContent()).toContain('Tomas Petraitis');

    await officer.getByTestId('protection-request-open').click();
    await officer.locator('#protection-note').fill('Prašyta telefonu.');
    await officer.getByTestId('protection-request-form').locator('button[type="submit"]').click();
    const asked = officer.getByTestId('police-protection').locator('li');
    await expect.poll(() => asked.count()).toBe(1);
    await asked.getByRole('button').first().click();
    await asked.locator('form button[type="submit"]').click();
    await expect.poll(() => officer.getByTestId('police-protection').textContent()).toContain('Suteikta');
    await check(officer, 'legal-c-police-case-lt-phone');
    await officer.getByTestId('lang-en').click();
    await both(officer, 'legal-c-police-case-en');

    // Caritas takes the case, the coordinator identifies the person, and the card names the officer.
    const caritas = await apiFor(base, 'case.worker@atrama.test', CARITAS);
    const toCaritas = await guard('POST', `/api/cases/${caseId}/referrals`, {
      toOrganisationId: await organisationId(guard, CARITAS),
      purpose: 'assistance',
    });
    expect(toCaritas.status).toBe(201);
    await accept(caritas, caseId);
    const coordinator = await apiAs(base, 'coordinator@atrama.test', true);
    await accept(coordinator, caseId);
    const { version } = (await (await coordinator('GET', `/api/cases/${caseId}`)).json()) as {
      version: number;
    };
    const decided = await coordinator('POST', `/api/cases/${caseId}/decisions/identification`, {
      outcome: 'identified',
      reasons: 'Pasas atimtas, skolos vergija.',
      decidedOn: todayInVilnius(),
      version,
    });
    expect(decided.status).toBe(200);
    const issued = await caritas('POST', `/api/cases/${caseId}/cards`, {});
    expect(issued.status).toBe(201);
    const card = ((await issued.json()) as { cards: { id: string }[] }).cards[0]!;
    const pdf = await caritas('GET', `/api/cases/${caseId}/cards/${card.id}/pdf?lang=lt`);
    const text = pdfText(Buffer.from(await pdf.arrayBuffer())).replace(/\s+/g, ' ');
    expect(text).toContain('Tomas Petraitis');
    expect(text).not.toContain('teisėsaugai nežinomas');

    // The case team sees who recorded the investigation on the case page.
    const worker = await newPage('desktop');
    await logIn(worker, 'case.worker@atrama.test', /Centras prieš prekybą/);
    await worker.goto(`${base}/staff/cases/${caseId}`);
    await worker.getByTestId('assistance-tab-legal').click();
    await expect.poll(() => worker.getByTestId('investigation').textContent()).toContain('Tomas Petraitis');
  });

  it('a compensation claim goes from Caritas to the Ministry of Justice and comes back decided', async () => {
    const base = running.server.base;
    const guard = await apiAs(base, 'border.guard@atrama.test');
    const { caseId, reference } = await borderGuardCase(guard, ['compensation_claim']);
    const caritas = await apiFor(base, 'case.worker@atrama.test', CARITAS);
    expect(
      (
        await guard('POST', `/api/cases/${caseId}/referrals`, {
          toOrganisationId: await organisationId(guard, CARITAS),
          purpose: 'assistance',
        })
      ).status,
    ).toBe(201);
    await accept(caritas, caseId);

    const worker = await newPage('desktop');
    await logIn(worker, 'case.worker@atrama.test', /Centras prieš prekybą/);
    await worker.goto(`${base}/staff/cases/${caseId}`);
    await worker.getByTestId('assistance-tab-legal').click();
    await worker.getByTestId('compensation-open').click();
    await worker.locator('#compensation-crime-on').fill('2026-01-15');
    await worker.getByTestId('compensation-form').locator('button[type="submit"]').click();
    await worker.getByTestId('compensation-eligibility').waitFor();
    await worker.getByTestId('compensation-send').locator('button[type="submit"]').click();
    await worker.getByTestId('compensation-ministry').waitFor();
    await checkBoth(worker, 'legal-d-claim-sent-lt');

    const ministry = await newPage('desktop');
    await logIn(ministry, 'compensation@atrama.test');
    await ministry.goto(`${base}/staff/claims`);
    await ministry.getByTestId(`claim-${reference}`).waitFor();
    await checkBoth(ministry, 'legal-e-claims-inbox-lt');
    await ministry.getByTestId(`claim-${reference}`).getByRole('link').click();
    await ministry.getByTestId('claim-receive-open').click();
    await ministry.getByTestId('claim-receive-form').locator('button[type="submit"]').click();
    await ministry.getByTestId('claim-decide-open').click();
    // A grant without an amount is stopped before it is sent.
    await ministry.getByTestId('claim-decide-form').locator('button[type="submit"]').click();
    await ministry.locator('#claim-amount[aria-invalid="true"]').waitFor();
    await ministry.locator('#claim-amount').fill('1500');
    await checkBoth(ministry, 'legal-f-claim-decide-lt');
    await ministry.getByTestId('claim-decide-form').locator('button[type="submit"]').click();
    await ministry.getByTestId('claim-handling-view-decision').waitFor();
    await ministry.getByTestId('lang-en').click();
    await checkBoth(ministry, 'legal-g-claim-decided-en');

    await worker.reload();
    await worker.getByTestId('assistance-tab-legal').click();
    const decision = worker.getByTestId('compensation-ministry-decision');
    await decision.waitFor();
    expect(await decision.textContent()).toContain('Patenkintas');
    expect(await decision.textContent()).toMatch(/1[\s\u00a0.,]?500/);
    await checkBoth(worker, 'legal-h-claim-decided-team-lt');
  });
});
