import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/staff.ts';
import { serverAndBrowser, staffSteps, VIEWPORTS } from './support.ts';

// The referral mechanism end to end in the built app: a border guard records a presumed victim of
// trafficking on a phone, the national coordinator identifies and refers, a support service takes
// the case; and (seed 002) a municipality refers a victim of a violent crime to a support service.
describe('cases in Chromium', () => {
  const running = serverAndBrowser();

  const { newPage, logIn, check, checkBoth } = staffSteps(running);

  /** Waits until the draft has been saved with everything typed so far. */
  async function saved(page: Page) {
    // A save waits for the typing to pause and then for the server: on a busy machine, over a second.
    await expect
      .poll(() => page.getByTestId('intake-save-status').getAttribute('data-state'), { timeout: 10_000 })
      .toBe('saved');
  }

  async function next(page: Page, step: string) {
    await page.getByTestId('intake-next').click();
    await expect
      .poll(() => page.getByTestId(`intake-step-${step}`).getAttribute('aria-current'))
      .toBe('step');
  }

  it('a border guard records a presumed victim on a phone; the coordinator identifies and refers; Caritas takes the case', async () => {
    // The officer, at night at the border, with the person in front of them.
    const guard = await newPage('phone');
    await logIn(guard, 'border.guard@atrama.test');
    await guard.getByTestId('shortcut-intake').getByRole('link').click();
    await guard.getByTestId('intake-new').click();
    await guard.getByTestId('intake-kind-trafficking').check();
    await guard.getByTestId('intake-form-ForcedLabour').check();
    expect(await guard.locator('#intake-metAt').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(await guard.locator('#intake-firstContactKind').inputValue()).toBe('border_guard');
    await guard.locator('#intake-municipality').selectOption('LT-58');
    await saved(guard);
    await check(guard, 'cases-a-intake-what-lt-phone');

    // Called away for a moment: the record waits among the unsent ones and opens where it was.
    // On a phone the navigation is in the header's menu.
    await guard.getByTestId('menu-toggle').click();
    await guard
      .getByRole('navigation', { name: 'Pagrindinė navigacija' })
      .getByRole('link', { name: 'Registruoti' })
      .click();
    await guard.getByTestId('intake-drafts').waitFor();
    await check(guard, 'cases-a-intake-drafts-lt-phone');
    await guard.getByTestId('intake-drafts').getByRole('link').first().click();
    await expect.poll(() => guard.locator('#intake-municipality').inputValue()).toBe('LT-58');

    await next(guard, 'signs');
    await guard.getByTestId('intake-indicator-WithholdsDocuments').check();
    await guard.getByTestId('intake-indicator-NoContract').check();
    await check(guard, 'cases-a-intake-signs-lt-phone');

    // Sending too early: the server names what is missing, and the steps show where.
    await guard.getByTestId('intake-step-review').click();
    await guard.getByTestId('intake-send').click();
    await guard.getByTestId('intake-objections').or(guard.getByTestId('intake-missing')).first().waitFor();
    await expect.poll(() => guard.getByTestId('intake-step-person').textContent()).toContain('!');
    await check(guard, 'cases-a-intake-refused-lt-phone');
    await guard.getByTestId('intake-step-person').click();
    await guard.locator('#intake-sex-error').waitFor();

    await guard.getByTestId('intake-sex-male').check();
    await guard.locator('#intake-age').fill('34');
    // A passport's three-letter code is not cut to two letters (UKR was read as UK, the United Kingdom).
    await guard.locator('#intake-citizenship').fill('UKR');
    await expect.poll(() => guard.getByTestId('intake-pathway').textContent()).toContain('Ukraina');
    await guard.locator('#intake-citizenship').fill('XX');
    await guard.locator('#intake-citizenship-error').waitFor();
    // The country by its name in the interface language, picked from the list.
    await guard.locator('#intake-citizenship').fill('Uzbekistanas');
    await guard.locator('#intake-languages').fill('uz, ru');
    await guard.getByTestId('intake-interpreter').check();
    await expect
      .poll(() => guard.getByTestId('intake-pathway').textContent())
      .toContain('Trečiosios šalies pilietis');
    expect(await guard.locator('#intake-citizenship-error').count()).toBe(0);
    expect(await guard.getByTestId('intake-anonymous').isVisible()).toBe(true);
    await check(guard, 'cases-a-intake-person-lt-phone');
    await next(guard, 'needs');
    await guard.getByTestId('intake-need-shelter').check();
    await guard.getByTestId('intake-need-interpreter').check();
    await next(guard, 'consent');
    await guard.getByTestId('intake-consent-referral_to_national_contact_point-spoken').check();
    await guard.getByTestId('intake-consent-referral_to_support_service-spoken').check();
    await check(guard, 'cases-a-intake-consent-lt-phone');
    await next(guard, 'review');
    await saved(guard);
    await check(guard, 'cases-a-intake-review-lt-phone');
    await guard.getByTestId('intake-send').click();
    const reference = (await guard.getByTestId('intake-reference').textContent())!.trim();
    expect(reference).not.toBe('');
    expect(await guard.getByTestId('intake-possible-duplicate').count()).toBe(0);
    await check(guard, 'cases-a-intake-sent-lt-phone');

    // The national coordinator, at the desk the next morning.
    const coordinator = await newPage('desktop');
    await logIn(coordinator, 'coordinator@atrama.test');
    await coordinator.getByTestId('home-waiting').waitFor();
    await coordinator.getByTestId('shortcut-desk').getByRole('link').click();
    const incoming = coordinator.getByTestId(`inbox-${reference}`);
    await incoming.waitFor();
    expect(await coordinator.getByTestId(`case-row-${reference}`).count()).toBeGreaterThan(0);
    await checkBoth(coordinator, 'cases-a-desk-waiting-lt');
    await incoming.getByTestId('referral-accept').getByRole('button').click();
    await coordinator.getByTestId('referral-answered').waitFor();
    await checkBoth(coordinator, 'cases-a-desk-lt');

    await coordinator.getByTestId(`case-row-${reference}`).first().getByRole('link').click();
    await coordinator.getByTestId('case-reference').waitFor();
    expect(await coordinator.getByTestId('identity-state').textContent()).toContain('Anonimiškas');
    await coordinator.getByTestId('identification-open').click();
    await coordinator.getByTestId('identification-outcome-identified').check();
    await coordinator
      .locator('#identification-reasons')
      .fill('Employer holds the passport; no contract; unpaid for three months; debt for the journey.');
    await check(coordinator, 'cases-a-case-identification-lt-desktop');
    await coordinator
      .getByTestId('decision-identification')
      .getByRole('button', { name: 'Įrašyti sprendimą' })
      .click();
    await expect
      .poll(() => coordinator.getByTestId('case-state').first().textContent())
      .toBe('Identifikuota');
    expect(await coordinator.getByTestId('identification').textContent()).toContain(
      'unpaid for three months',
    );

    // A third-country national gets a reflection period: its end becomes a deadline on the case.
    await coordinator.getByTestId('reflection-open').click();
    await coordinator
      .getByTestId('decision-reflection')
      .getByRole('button', { name: 'Pradėti apmąstymų laikotarpį' })
      .click();
    await coordinator.locator('[data-kind="reflection_period_end"]').waitFor();
    expect(await coordinator.getByTestId('case-deadlines').textContent()).toContain(
      'Apmąstymų laikotarpio pabaiga',
    );
    // The period's 30 days count today: the deadline names its last day, today + 29, as the law does.
    const lastDay = new Intl.DateTimeFormat('lt-LT', {
      dateStyle: 'long',
      timeZone: 'Europe/Vilnius',
    }).format(Date.now() + 29 * 86_400_000);
    expect(await coordinator.locator('[data-kind="reflection_period_end"]').textContent()).toContain(lastDay);
    await checkBoth(coordinator, 'cases-a-case-reflection-lt');

    await coordinator.getByTestId('referral-create-open').click();
    const caritas = coordinator
      .getByTestId('referral-create')
      .locator('.choice', { hasText: 'Centras prieš prekybą' });
    await caritas.locator('input').check();
    await check(coordinator, 'cases-a-case-refer-lt-desktop');
    await coordinator
      .getByTestId('referral-create')
      .getByRole('button', { name: 'Siųsti nukreipimą' })
      .click();
    await coordinator.getByTestId('case-referrals').getByText('Lietuvos Carito Centras').waitFor();
    await check(coordinator, 'cases-a-case-coordinator-lt-desktop');
    const caseUrl = coordinator.url();
    const caseId = caseUrl.split('/').pop()!;

    // The Caritas Centre's case worker takes the referral on a phone.
    const worker = await newPage('phone');
    await logIn(worker, 'case.worker@atrama.test', /Centras prieš prekybą/);
    await worker.getByTestId('home-waiting').waitFor();
    await worker.goto(`${running.server.base}/staff/cases`);
    const offered = worker.getByTestId(`inbox-${reference}`);
    await offered.waitFor();
    await checkBoth(worker, 'cases-a-inbox-lt');
    await offered.getByTestId('referral-accept').getByRole('button').click();
    await worker.getByTestId('referral-answered').waitFor();
    await worker.getByTestId(`case-row-${reference}`).waitFor();
    await worker.getByTestId('referral-answered').getByRole('link').click();
    await worker.getByTestId('case-reference').waitFor();
    expect(await worker.getByTestId('case-reference').textContent()).toBe(reference);
    expect(await worker.getByTestId('case-team').textContent()).toContain('Lietuvos Carito Centras');
    await check(worker, 'cases-a-case-worker-lt-phone');
    await worker.getByTestId('lang-en').click();
    await expect.poll(() => worker.getByTestId('case-state').first().textContent()).toBe('Identified');
    await check(worker, 'cases-a-case-worker-en-phone');

    // Another organisation, never referred to, learns nothing: not even that the case exists.
    const other = await newPage('phone');
    await logIn(other, 'klaipeda.worker@atrama.test');
    const answer = await other.request.get(`${running.server.base}/api/cases/${caseId}`);
    expect(answer.status()).toBe(404);
    await other.goto(caseUrl);
    await other.getByText('Puslapis nerastas').waitFor();
    expect(await other.getByText(reference).count()).toBe(0);
    await check(other, 'cases-a-case-not-found-lt-phone');
  }, 240_000);

  it('a second record of the same person tells the recording officer nothing; the coordinator links the two with a reason', async () => {
    /** A record sent through the API as the officer's phone would send it. */
    async function record(
      email: string,
      firstContactKind: string,
    ): Promise<{ caseId: string; reference: string }> {
      const login = await fetch(`${running.server.base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: running.server.base },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      });
      const headers = {
        cookie: login.headers.get('set-cookie')!.split(';')[0]!,
        origin: running.server.base,
        'content-type': 'application/json',
      };
      const draft = `${running.server.base}/api/intake-drafts/${crypto.randomUUID()}`;
      const data = {
        kind: 'trafficking',
        exploitationForms: ['ForcedBegging'],
        metAt: new Date().toISOString(),
        municipality: 'Kauno miesto savivaldybė',
        firstContactKind,
        sex: 'female',
        ageBand: '18-24',
        citizenship: 'RO',
        citizenshipPathway: 'eu',
        identity: { givenName: 'Ioana', familyName: 'Popescu', birthDate: '2004-06-11' },
        consents: [{ scope: 'referral_to_national_contact_point', method: 'signed' }],
      };
      expect((await fetch(draft, { method: 'PUT', headers, body: JSON.stringify({ data }) })).status).toBe(
        200,
      );
      const sent = await fetch(`${draft}/submit`, { method: 'POST', headers, body: '{}' });
      expect(sent.status).toBe(201);
      return sent.json();
    }
    const first = await record('border.guard@atrama.test', 'border_guard');
    const second = await record('police.officer@atrama.test', 'police');
    expect(second).not.toHaveProperty('possibleDuplicate');

    // The police officer learns nothing of the other case, not even that it may exist.
    const officer = await newPage('phone');
    await logIn(officer, 'police.officer@atrama.test');
    await officer.goto(`${running.server.base}/staff/cases/${second.caseId}`);
    await officer.getByText(second.reference).first().waitFor();
    expect(await officer.getByTestId('case-possible-duplicate').count()).toBe(0);
    expect(await officer.getByText(first.reference).count()).toBe(0);
    await check(officer, 'cases-c-possible-duplicate-lt-phone');

    // The coordinator must give a reason to link them.
    const coordinator = await newPage('desktop');
    await logIn(coordinator, 'coordinator@atrama.test');
    await coordinator.goto(`${running.server.base}/staff/desk`);
    const pair = coordinator.getByTestId('desk-duplicates').locator('li', { hasText: first.reference });
    await pair.getByRole('button', { name: 'Įrašyti' }).click();
    await pair.getByText('Parašykite sprendimo priežastį.').waitFor();
    await check(coordinator, 'cases-c-desk-duplicate-lt-desktop');
    await pair.locator('input[type="radio"]').first().check();
    await pair
      .locator('textarea')
      .fill('Same name, date of birth and citizenship; met a day apart in Kaunas.');
    await pair.getByRole('button', { name: 'Įrašyti' }).click();
    await coordinator.getByText('Galimų dublikatų nėra.').waitFor();
  }, 120_000);

  it('a municipality refers a victim of a violent crime to a support service, which takes the case and informs them of their rights', async () => {
    const officer = await newPage('desktop');
    await logIn(officer, 'municipality.officer@atrama.test');
    await officer.getByTestId('shortcut-intake').getByRole('link').click();
    await officer.getByTestId('intake-new').click();
    await officer.getByTestId('intake-kind-other_crime').check();
    await officer.getByTestId('intake-crime-violent_crime').check();
    expect(await officer.locator('#intake-firstContactKind').inputValue()).toBe('municipality');
    await officer.locator('#intake-municipality').selectOption('LT-57');
    await check(officer, 'cases-b-intake-what-lt-desktop');
    await next(officer, 'signs');
    await next(officer, 'person');
    await officer.getByTestId('intake-sex-female').check();
    await officer.locator('#intake-ageBand').selectOption('35-44');
    await officer.locator('#intake-citizenship').fill('LT');
    await next(officer, 'needs');
    await officer.getByTestId('intake-need-medical').check();
    await next(officer, 'consent');
    // Trafficking's national point of contact is not asked about for another crime.
    expect(
      await officer.getByTestId('intake-consent-referral_to_national_contact_point-spoken').count(),
    ).toBe(0);
    await officer.getByTestId('intake-consent-referral_to_support_service-signed').check();
    await officer
      .locator('#intake-supportServiceId')
      .selectOption({ label: 'Vilniaus arkivyskupijos Caritas' });
    await check(officer, 'cases-b-intake-consent-lt-desktop');
    await next(officer, 'review');
    await officer.getByTestId('intake-send').click();
    const reference = (await officer.getByTestId('intake-reference').textContent())!.trim();
    await check(officer, 'cases-b-intake-sent-lt-desktop');

    // The support service, acting for its Vilnius organisation, takes the referral.
    const worker = await newPage('desktop');
    await logIn(worker, 'case.worker@atrama.test', /Vilniaus arkivyskupijos Caritas/);
    await worker.getByTestId('shortcut-cases').getByRole('link').click();
    const offered = worker.getByTestId(`inbox-${reference}`);
    await offered.waitFor();
    expect(await offered.textContent()).toContain('Vilniaus miesto savivaldybės administracija');
    await checkBoth(worker, 'cases-b-inbox-lt');
    await offered.getByTestId('referral-accept').getByRole('button').click();
    await worker.getByTestId(`case-row-${reference}`).getByRole('link').click();
    await worker.getByTestId('case-reference').waitFor();
    expect(await worker.getByTestId('case-state').first().textContent()).toBe('Pirmasis kontaktas');

    // Seed 002: first, information on the victim's rights.
    await worker.getByTestId('transition-inform_rights').check();
    await worker.getByTestId('transition-form').getByRole('button', { name: 'Perkelti atvejį' }).click();
    await expect
      .poll(() => worker.getByTestId('case-state').first().textContent())
      .toBe('Informuota apie teises');
    expect(await worker.getByTestId('case-timeline').textContent()).toContain(
      'Pakeista būsena: Informuota apie teises',
    );
    await check(worker, 'cases-b-case-worker-lt-desktop');
    await worker.setViewportSize(VIEWPORTS.phone);
    await check(worker, 'cases-b-case-worker-lt-phone');
  }, 180_000);
});
