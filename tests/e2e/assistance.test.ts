import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiFor as actingFor, apiAs, serverAndBrowser, staffSteps } from './support.ts';

// Assistance in the built app (seeds 000, 002, 003): a Caritas case worker informs a victim of her
// rights, assesses her needs and risk, agrees a plan with her and records a day's services, fast; IOM
// Vilnius on the same team sees the plan and is warned before planning help Caritas already plans.
// IOM's return officer fills in the return checklist for a third-country national.
describe('assistance in Chromium', () => {
  const running = serverAndBrowser();
  const { newPage, logIn, check, checkBoth } = staffSteps(running);
  const CARITAS = 'caritas-centre-against-human-trafficking-and-exploitation';
  const IOM = 'iom-vilnius-office';

  /** A calendar day in Vilnius, `n` days from today. */
  const day = (n = 0) =>
    new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Vilnius' }).format(Date.now() + n * 86_400_000);

  const apiFor = (email: string, slug?: string) => actingFor(running.server.base, email, slug);

  /**
   * Background through the API: Caritas meets a third-country national and records her; she agrees to
   * referrals; Caritas refers her to IOM Vilnius for return, and IOM accepts, so both are on the team.
   */
  async function caseWithCaritasAndIom(person: Record<string, unknown>): Promise<string> {
    const caritas = await apiFor('case.worker@atrama.test', CARITAS);
    const iom = await apiFor('return.officer@atrama.test');
    const draft = randomUUID();
    const data = {
      kind: 'trafficking',
      metAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      municipality: 'Vilniaus miesto savivaldybė',
      firstContactKind: 'ngo',
      exploitationForms: ['ForcedLabour'],
      ...person,
      consents: [
        { scope: 'referral_to_national_contact_point', method: 'spoken' },
        { scope: 'referral_to_support_service', method: 'spoken' },
      ],
    };
    expect((await caritas('PUT', `/api/intake-drafts/${draft}`, { data })).status).toBe(200);
    const submitted = await caritas('POST', `/api/intake-drafts/${draft}/submit`, {});
    expect(submitted.status).toBe(201);
    const { caseId } = (await submitted.json()) as { caseId: string };
    const organisations = (await (await caritas('GET', '/api/organisations')).json()) as {
      items: { id: string; slug: string }[];
    };
    const sent = await caritas('POST', `/api/cases/${caseId}/referrals`, {
      toOrganisationId: organisations.items.find((o) => o.slug === IOM)!.id,
      purpose: 'return',
    });
    expect(sent.status).toBe(201);
    const referral = (await sent.json()) as { id: string; version: number };
    const accepted = await iom('POST', `/api/referrals/${referral.id}/respond`, {
      response: 'accept',
      version: referral.version,
    });
    expect(accepted.status).toBe(200);
    return caseId;
  }

  /** The national coordinator takes the initial referral and identifies the person as a victim. */
  async function identify(caseId: string) {
    const coordinator = await apiAs(running.server.base, 'coordinator@atrama.test', true);
    const read = async () =>
      (await (await coordinator('GET', `/api/cases/${caseId}`)).json()) as {
        version: number;
        referrals: { id: string; version: number; status: string }[];
      };
    const referral = (await read()).referrals.find((r) => r.status === 'sent')!;
    const answer = { response: 'accept', version: referral.version };
    expect((await coordinator('POST', `/api/referrals/${referral.id}/respond`, answer)).status).toBe(200);
    const decided = await coordinator('POST', `/api/cases/${caseId}/decisions/identification`, {
      outcome: 'identified',
      reasons: 'Passport withheld, debt bondage, no pay for three months.',
      decidedOn: day(),
      version: (await read()).version,
    });
    expect(decided.status).toBe(200);
  }

  async function openTab(page: Page, tab: string) {
    await page.getByTestId(`assistance-tab-${tab}`).click();
    await expect
      .poll(() => page.getByTestId(`assistance-tab-${tab}`).getAttribute('aria-selected'))
      .toBe('true');
  }

  it('a case worker informs, assesses, plans with the person and records five services in under two minutes; IOM sees the plan and is warned of overlapping help', async () => {
    const caseId = await caseWithCaritasAndIom({
      sex: 'female',
      age: 31,
      citizenship: 'UA',
      languages: ['uk'],
      identity: { givenName: 'Олена', familyName: 'Коваленко' },
    });
    const worker = await newPage('desktop');
    await logIn(worker, 'case.worker@atrama.test', /Centras prieš prekybą/);
    await worker.goto(`${running.server.base}/staff/cases/${caseId}`);
    await worker.getByTestId('assistance-tab-rights').waitFor();
    await checkBoth(worker, 'assistance-a-start-lt');

    // The tabs answer the arrow keys.
    await worker.getByTestId('assistance-tab-rights').focus();
    await worker.keyboard.press('ArrowRight');
    await expect
      .poll(() => worker.getByTestId('assistance-tab-assessment').getAttribute('aria-selected'))
      .toBe('true');
    expect(await worker.evaluate(() => document.activeElement?.id)).toBe('assistance-tab-assessment');

    const started = Date.now();
    // Seed 002: first the person's rights, in her language, told and on paper.
    await openTab(worker, 'rights');
    expect(await worker.locator('#rights-language').inputValue()).toBe('uk');
    await worker.getByTestId('rights-form').getByRole('button').click();
    await worker.getByTestId('rights-list').waitFor();

    await openTab(worker, 'assessment');
    const form = worker.getByTestId('assessment-form');
    await worker.getByTestId('assessment-need-safety-urgency').selectOption('high');
    await worker.getByTestId('assessment-need-accommodation-urgency').selectOption('immediate');
    await worker.getByTestId('assessment-need-psychological-urgency').selectOption('medium');
    await worker.getByTestId('assessment-need-legal-urgency').selectOption('low');
    await worker.locator('#assessment-need-safety-note').fill('The recruiter knows where she sleeps.');
    await worker.getByTestId('assessment-risk-level').selectOption('high');
    await worker.locator('#assessment-risk-reasons').fill('Threats by phone; the recruiter has her address.');
    await form.getByRole('button', { name: 'Išsaugoti vertinimą' }).click();
    await expect
      .poll(() => worker.getByTestId('assessment-current-risk').textContent())
      .toBe('Didelė rizika');

    await openTab(worker, 'plan');
    const items = [
      ['accommodation', 'temporary_accommodation', day(7)],
      ['psychological', 'psychological_consultation', day(14)],
      ['legal', 'legal_information', day(21)],
    ];
    for (const [n, [need, measure, due]] of items.entries()) {
      await worker.locator('#plan-item-need').selectOption(need!);
      await worker.locator('#plan-item-measure').selectOption(measure!);
      await worker.locator('#plan-item-due').fill(due!);
      await worker.getByTestId('plan-item-form').getByRole('button', { name: 'Įtraukti priemonę' }).click();
      await expect.poll(() => worker.getByTestId('plan-items').locator('li.plan-item').count()).toBe(n + 1);
    }
    await worker
      .locator('#plan-victim-words')
      .fill('Pirmiausia saugi vieta, paskui psichologas. Noriu grįžti namo.');
    await worker.getByTestId('plan-agreement-form').getByRole('button').click();
    await worker.getByTestId('plan-agreement').waitFor();

    await openTab(worker, 'services');
    const services: [string, string, string][] = [
      ['crisis_intervention', 'minutes', '30'],
      ['emotional_support', 'minutes', '45'],
      ['temporary_accommodation', 'amount', '40'],
      ['food', 'amount', '25.50'],
      ['accompaniment', 'minutes', '90'],
    ];
    for (const [n, [type, field, value]] of services.entries()) {
      if (n > 0) await worker.getByTestId('services-add-row').click();
      const row = worker.getByTestId(`services-row-${n + 1}`);
      await row.locator('select[id$="-type"]').selectOption(type);
      await row.locator(`input[id$="-${field}"]`).fill(value);
    }
    await worker.getByTestId('services-row-5').locator('input[id$="-remote"]').check();
    // A look at the plan meanwhile loses nothing typed.
    await openTab(worker, 'plan');
    await openTab(worker, 'services');
    expect(await worker.getByTestId('services-row-5').locator('input[id$="-minutes"]').inputValue()).toBe(
      '90',
    );
    await check(worker, 'assistance-a-services-form-lt-desktop');
    await worker
      .getByTestId('services-form')
      .getByRole('button', { name: 'Išsaugoti paslaugas (5)' })
      .click();
    await expect.poll(() => worker.getByTestId('services-list').locator('li').count()).toBe(5);
    const elapsed = Date.now() - started;
    expect(elapsed, `scripted input took ${elapsed} ms`).toBeLessThan(120_000);

    expect(await worker.getByTestId('services-counts').textContent()).toContain('Maistas: 1');
    expect(await worker.getByTestId('assistance-glance').textContent()).toContain('Suteikta: 5');
    await checkBoth(worker, 'assistance-a-services-lt');

    // Food cost 30 €, not 25,50 €: put right, with the reason asked for; accompaniment entered on the
    // wrong case is removed, with a reason. The list shows them as they should be; the history keeps both.
    const line = (text: string) => worker.getByTestId('services-list').locator('li', { hasText: text });
    await line('Maistas').locator('[data-testid^="service-correct-open-"]').click();
    const correct = worker.locator('form[data-testid^="service-correct-"]');
    await correct.locator('input[id$="-amount"]').fill('30');
    await correct.getByRole('button', { name: 'Išsaugoti pataisymą' }).click();
    await worker.locator('[id^="service-correct-reason-"][aria-invalid="true"]').waitFor();
    await correct.locator('textarea[id^="service-correct-reason-"]').fill('Čekyje 30 €, ne 25,50 €');
    await checkBoth(worker, 'assistance-a-service-correct-lt');
    await correct.getByRole('button', { name: 'Išsaugoti pataisymą' }).click();
    await expect.poll(async () => (await line('Maistas').textContent()) ?? '').toContain('30,00');
    await line('Palydėjimas').locator('[data-testid^="service-remove-open-"]').click();
    const remove = worker.locator('form[data-testid^="service-remove-"]');
    await remove.locator('textarea[id^="service-remove-reason-"]').fill('Įrašyta ne tai bylai');
    await remove.getByRole('button', { name: 'Pašalinti', exact: true }).click();
    await expect.poll(() => worker.getByTestId('services-list').locator('li').count()).toBe(4);
    const corrections = worker.getByTestId('services-corrections');
    await corrections.locator('summary').click();
    expect(await corrections.textContent()).toContain('Priežastis: Įrašyta ne tai bylai');
    expect(await corrections.textContent()).toContain('Pataisyta');
    await checkBoth(worker, 'assistance-a-service-corrections-lt');
    await openTab(worker, 'plan');
    await checkBoth(worker, 'assistance-a-plan-lt');
    await openTab(worker, 'assessment');
    await checkBoth(worker, 'assistance-a-assessment-lt');
    await openTab(worker, 'card');
    await check(worker, 'assistance-a-card-refused-lt-desktop');
    expect(await worker.getByTestId('card-issue').isDisabled()).toBe(true);
    expect(await worker.getByTestId('card-refusals').textContent()).toContain(
      'dar nėra formaliai identifikuotas',
    );

    // Once the national coordinator identifies her, the written proof can be issued.
    await identify(caseId);
    await worker.reload();
    await openTab(worker, 'card');
    // Issuing asks first: what will happen, and nothing else while no card is valid.
    await worker.getByTestId('card-issue').click();
    const confirm = worker.getByTestId('card-issue-form');
    expect(await confirm.textContent()).toContain('galiojanti metus');
    expect(await worker.getByTestId('card-issue-replaces').count()).toBe(0);
    await checkBoth(worker, 'assistance-a-card-confirm-lt');
    await confirm.locator('button[type="submit"]').click();
    await worker.getByTestId('card-list').locator('[data-testid$="-lt"]').waitFor();
    expect(await worker.getByTestId('card-list').textContent()).toContain('Galioja');
    await checkBoth(worker, 'assistance-a-card-issued-lt');

    // A second card while the first is valid: the confirm step says the first is revoked, and asks why.
    await worker.getByTestId('card-issue').click();
    expect(await worker.getByTestId('card-issue-replaces').textContent()).toContain('panaikinama');
    await confirm.locator('button[type="submit"]').click();
    await worker.locator('#card-issue-reason[aria-invalid="true"]').waitFor();
    await worker.locator('#card-issue-reason').fill('Kortelėje klaidingai parašyta pavardė.');
    await checkBoth(worker, 'assistance-a-card-confirm-replace-lt');
    await confirm.locator('button[type="submit"]').click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => worker.getByTestId('card-list').locator(':scope > li').count()).toBe(2);
    const listed = await worker.getByTestId('card-list').textContent();
    expect(listed).toContain('Panaikinta');
    expect(listed!.match(/Galioja/g)).toHaveLength(1);

    // The card, the plan and the rights leaflet print as PDFs in the language chosen.
    const hrefs = [
      await worker.getByTestId('card-list').locator('[data-testid$="-en"]').getAttribute('href'),
    ];
    await openTab(worker, 'plan');
    hrefs.push(await worker.getByTestId('plan-pdf-uk').getAttribute('href'));
    await openTab(worker, 'rights');
    hrefs.push(await worker.getByTestId('rights-leaflet-uk').getAttribute('href'));
    for (const href of hrefs) {
      const answer = await worker.request.get(new URL(href!, worker.url()).href);
      expect(answer.status(), href!).toBe(200);
      expect(answer.headers()['content-type']).toContain('application/pdf');
    }

    // A claim to the Fund for Victims of Crimes: the answer says, in words, why it cannot succeed yet.
    await openTab(worker, 'legal');
    await worker.getByTestId('compensation-open').click();
    await worker.locator('#compensation-crime-on').fill(day(-30));
    await worker.getByTestId('compensation-form').getByRole('button', { name: 'Išsaugoti prašymą' }).click();
    expect(await worker.getByTestId('compensation-eligibility').textContent()).toContain(
      'Trečiosios šalies piliečiui atlyginama tik tada',
    );
    await checkBoth(worker, 'assistance-a-legal-lt');
    await openTab(worker, 'long_term');
    await checkBoth(worker, 'assistance-a-long-term-lt');

    // IOM Vilnius, on the same team, opens the case on a phone and sees the plan agreed with her.
    const iom = await newPage('phone');
    await logIn(iom, 'return.officer@atrama.test');
    await iom.goto(`${running.server.base}/staff/cases/${caseId}`);
    await openTab(iom, 'plan');
    const plan = iom.getByTestId('plan-items');
    await expect.poll(() => plan.locator('li.plan-item').count()).toBe(3);
    expect(await plan.textContent()).toContain('Psichologo konsultacija');
    await check(iom, 'assistance-b-plan-iom-lt-phone');

    // Planning psychological help Caritas already plans for the same weeks: warned before saving.
    await iom.locator('#plan-item-need').selectOption('psychological');
    await iom.locator('#plan-item-measure').selectOption('psychological_consultation');
    await iom.locator('#plan-item-due').fill(day(10));
    const warning = iom.getByTestId('plan-overlap-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('Lietuvos Carito Centras');
    await check(iom, 'assistance-b-overlap-lt-phone');
    await iom.getByTestId('plan-item-form').getByRole('button', { name: 'Įtraukti priemonę' }).click();
    await iom.getByTestId('plan-item-form').getByText('Pažymėkite „Vis tiek planuoti“').waitFor();
    expect(await plan.locator('li.plan-item').count()).toBe(3);
    await iom.getByTestId('plan-overlap-acknowledge').check();
    await iom.getByTestId('plan-item-form').getByRole('button', { name: 'Įtraukti priemonę' }).click();
    await expect.poll(() => plan.locator('li.plan-item').count()).toBe(4);
    await check(iom, 'assistance-b-planned-anyway-lt-phone');
  }, 240_000);

  it('a return officer completes the IOM return checklist for a third-country national, and it is there after a reload', async () => {
    const caseId = await caseWithCaritasAndIom({
      sex: 'male',
      age: 38,
      citizenship: 'UZ',
      languages: ['uz', 'ru'],
      identity: { givenName: 'Aziz', familyName: 'Karimov' },
    });
    const officer = await newPage('desktop');
    await logIn(officer, 'return.officer@atrama.test');
    await officer.getByTestId('lang-en').click();
    await officer.goto(`${running.server.base}/staff/cases/${caseId}`);
    await openTab(officer, 'return');
    expect(await officer.getByTestId('return-pathway').textContent()).toContain('Third-country national');
    expect(await officer.getByTestId('return-partners').textContent()).toContain('IOM Vilnius');
    expect(await officer.locator('#return-destination').inputValue()).toBe('UZ');

    const checklist: [string, string, string][] = [
      ['return_consultations', 'done', ''],
      ['interpretation', 'done', '80'],
      ['legal_consultations', 'done', ''],
      ['travel_documents', 'done', '60'],
      ['travel_arrangements', 'in_progress', '420.50'],
      ['accommodation_and_food_before_departure', 'to_do', '150'],
      ['transit_assistance', 'to_do', ''],
      ['meeting_at_origin', 'to_do', ''],
      ['pocket_allowance', 'to_do', '50'],
      ['vulnerable_person_help', 'not_needed', ''],
      ['reintegration_in_kind', 'to_do', '1500'],
    ];
    for (const [kind, status, cost] of checklist) {
      await officer.getByTestId(`return-help-${kind}-status`).selectOption(status);
      if (cost) await officer.locator(`#return-help-${kind}-cost`).fill(cost);
    }
    await officer.locator('#return-travel-on').fill(day(12));
    await officer.locator('#return-receiving').fill('IOM Tashkent, met at the airport');
    await officer.locator('#return-status').selectOption('travel_booked');
    await officer.locator('#return-reintegration').fill('Sewing machine paid to the supplier in Samarkand.');
    expect(await officer.getByTestId('return-total').textContent()).toContain('2,260.50');
    await checkBoth(officer, 'assistance-c-return-form-en');
    await officer.getByTestId('return-form').getByRole('button', { name: 'Save the return' }).click();
    await officer.getByTestId('return-saved').waitFor();

    await officer.reload();
    await openTab(officer, 'return');
    const saved = officer.getByTestId('return-saved');
    await saved.waitFor();
    expect(await officer.getByTestId('return-status').textContent()).toBe('Travel booked');
    expect(await saved.textContent()).toContain('2,260.50');
    for (const [kind, status, cost] of checklist) {
      expect(await officer.getByTestId(`return-help-${kind}-status`).inputValue(), kind).toBe(status);
      expect(Number(await officer.locator(`#return-help-${kind}-cost`).inputValue()), kind).toBe(
        Number(cost),
      );
    }
    expect(await officer.locator('#return-travel-on').inputValue()).toBe(day(12));
    await checkBoth(officer, 'assistance-c-return-saved-en');

    // Between returns, the Migration Information Centre's phone: a consultation logged in seconds.
    await officer.getByRole('navigation').getByRole('link', { name: 'Consultations' }).click();
    await officer.getByTestId('consultation-topic-employment').check();
    await officer.getByTestId('consultation-topic-health_insurance').check();
    // The country by its name from the list, as the officer hears it.
    await officer.locator('#consultation-country').fill('Ireland');
    await officer
      .getByTestId('consultation-form')
      .getByRole('button', { name: 'Save the consultation' })
      .click();
    const employment = officer.getByTestId('consultations-by-topic').locator('[data-topic="employment"]');
    await expect.poll(() => employment.textContent()).toBe('Work: 1');
    expect(await officer.getByTestId('consultations-list').textContent()).toContain('anonymous');
    expect(await officer.getByTestId('consultations-list').textContent()).toContain('Ireland');
    await checkBoth(officer, 'assistance-d-consultations-en');
  }, 180_000);
});
