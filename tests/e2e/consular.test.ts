import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentTotp } from '../../src/access/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/demo/staff.ts';
import { apiFor, serverAndBrowser, staffSteps, VIEWPORTS } from './support.ts';

// Seed 000's first return pathway in the built app: a consul of the Ministry of Foreign Affairs, on a
// phone abroad, records a Lithuanian citizen found in Norway, refers him to a specialised NGO, starts
// the return before any support service in Lithuania has the case, and records it; then finds the
// case again by name and birth date, where another organisation's worker finds nothing.
describe('a consul brings a citizen home, in Chromium', () => {
  const running = serverAndBrowser();
  const { newPage, logIn, check, checkBoth } = staffSteps(running);

  /** Screenshots and checks at both sizes of a journey walked on a phone, which goes on on the phone. */
  async function both(page: Page, name: string) {
    await page.setViewportSize(VIEWPORTS.desktop);
    await checkBoth(page, name);
    await page.setViewportSize(VIEWPORTS.phone);
  }

  async function atStep(page: Page, step: string) {
    await expect
      .poll(() => page.getByTestId(`intake-step-${step}`).getAttribute('aria-current'))
      .toBe('step');
  }

  it('records a citizen abroad, refers him to an NGO and organises the return; the case is found by name', async () => {
    const consul = await newPage('phone');
    await logIn(consul, 'consul@atrama.test');
    await check(consul, 'consular-a-home-lt-phone');

    await consul.goto(`${running.server.base}/staff/intake`);
    await consul.getByTestId('intake-new').click();
    await consul.getByTestId('intake-kind-trafficking').check();
    await consul.getByTestId('intake-form-ForcedLabour').check();
    // A consul's record starts as a consular mission's: the municipality is the person's home one.
    expect(await consul.locator('#intake-firstContactKind').inputValue()).toBe('consular_mission');
    await consul.locator('#intake-municipality').selectOption({ label: 'Šiaulių miesto savivaldybė' });
    await consul.locator('#intake-destinationCountry').fill('Norvegija');
    await consul.locator('#intake-placeNote').fill('Farm near Stavanger');
    await check(consul, 'consular-b-intake-abroad-lt-phone');
    await consul.getByTestId('intake-next').click();
    await atStep(consul, 'signs');
    await consul.getByTestId('intake-next').click();
    await atStep(consul, 'person');
    await consul.getByTestId('intake-sex-male').check();
    expect(await consul.getByTestId('intake-pathway').textContent()).toContain('Lietuva');
    await consul.getByTestId('intake-add-identity').click();
    await consul.locator('#intake-identity-givenName').fill('Tadas');
    await consul.locator('#intake-identity-familyName').fill('Kalvaitis');
    await consul.locator('#intake-identity-birthDate').fill('1992-03-04');
    await consul.getByTestId('intake-step-consent').click();
    await atStep(consul, 'consent');
    await consul.getByTestId('intake-consent-referral_to_support_service-spoken').check();
    await consul.getByTestId('intake-consent-share_identity-spoken').check();
    await consul.getByTestId('intake-next').click();
    await atStep(consul, 'review');
    expect(
      await consul.getByTestId('intake-review').locator('[data-field="destinationCountry"] dd').textContent(),
    ).toContain('Norvegija');
    await consul.getByTestId('intake-send').click();
    const reference = (await consul.getByTestId('intake-reference').textContent())!.trim();
    await consul.getByTestId('intake-submitted').getByRole('link').first().click();
    await consul.getByTestId('case-reference').waitFor();
    await expect.poll(() => consul.locator('.case-facts').textContent()).toContain('Norvegija');
    const caseId = consul.url().split('/').pop()!;

    // The referral to the specialised NGO goes through the usual form.
    await consul.getByTestId('referral-create-open').click();
    await consul
      .getByTestId('referral-create')
      .locator('.choice', { hasText: 'Centras prieš prekybą' })
      .locator('input')
      .check();
    await consul.locator('#referral-note').fill('Grįžta lėktuvu iš Oslo; pasitikti Vilniaus oro uoste.');
    await both(consul, 'consular-c-refer-lt');
    await consul.getByTestId('referral-create').getByRole('button', { name: 'Siųsti nukreipimą' }).click();
    await consul.getByTestId('case-referrals').getByText('Lietuvos Carito Centras').waitFor();

    // The return starts now: the NGO has not even answered yet.
    await consul.getByTestId('transition-start_return').check();
    await consul.getByTestId('transition-form').getByRole('button', { name: 'Perkelti atvejį' }).click();
    await expect.poll(() => consul.getByTestId('case-state').first().textContent()).toBe('Grįžimas');
    await both(consul, 'consular-d-return-started-lt');

    await consul.getByTestId('assistance-tab-return').click();
    expect(await consul.locator('#return-destination').inputValue()).toBe('LT');
    await consul.locator('#return-receiving').fill('Lietuvos Carito Centras, Vilniaus oro uostas');
    await consul.getByTestId('return-form').locator('button[type="submit"]').click();
    await consul.getByTestId('return-saved').waitFor();
    await both(consul, 'consular-e-return-saved-lt');

    // The NGO accepts and is on the team with the consul, who keeps leading the return.
    const caritas = await apiFor(
      running.server.base,
      'case.worker@atrama.test',
      'caritas-centre-against-human-trafficking-and-exploitation',
    );
    const inbox = (await (await caritas('GET', '/api/referrals/inbox')).json()) as {
      items: { id: string; version: number; caseId: string }[];
    };
    const referral = inbox.items.find((r) => r.caseId === caseId)!;
    const accepted = await caritas('POST', `/api/referrals/${referral.id}/respond`, {
      response: 'accept',
      version: referral.version,
    });
    expect(accepted.status).toBe(200);
    await consul.reload();
    await consul.getByTestId('case-team').waitFor();
    expect(await consul.getByTestId('case-team').textContent()).toContain('Lietuvos Carito Centras');

    // Found again by name and birth date, in English, on the phone.
    await consul.goto(`${running.server.base}/staff/cases`);
    await consul.getByTestId('lang-en').click();
    await consul.getByTestId('case-search-by-name').check();
    await consul.locator('#case-search-name').fill('kalvaitis tadas');
    await consul.locator('#case-search-birthDate').fill('1992-03-04');
    await consul.getByTestId('case-search-submit').click();
    await consul.getByTestId('case-search-results').getByTestId(`case-row-${reference}`).waitFor();
    await both(consul, 'consular-f-search-found-en');

    // Another organisation's worker searching the same finds nothing, nor by reference.
    const other = await newPage('desktop');
    await logIn(other, 'klaipeda.worker@atrama.test');
    await other.goto(`${running.server.base}/staff/cases`);
    await other.getByTestId('case-search-by-name').check();
    await other.locator('#case-search-name').fill('Tadas Kalvaitis');
    await other.locator('#case-search-birthDate').fill('1992-03-04');
    await other.getByTestId('case-search-submit').click();
    await other.getByText('Atvejis nerastas', { exact: false }).waitFor();
    await other.getByTestId('case-search-by-reference').check();
    await other.locator('#case-search-reference').fill(reference);
    await other.getByTestId('case-search-submit').click();
    await other.getByText('Rasta atvejų: 0').waitFor();
    await other.setViewportSize(VIEWPORTS.phone);
    await check(other, 'consular-g-search-none-lt-phone');
  }, 240_000);

  it("the national coordinator's search covers every case and says it is recorded", async () => {
    const consul = await apiFor(running.server.base, 'consul@atrama.test');
    const draft = randomUUID();
    await consul('PUT', `/api/intake-drafts/${draft}`, {
      data: {
        kind: 'trafficking',
        metAt: new Date(Date.now() - 3_600_000).toISOString(),
        municipality: 'Kaunas',
        firstContactKind: 'consular_mission',
        exploitationForms: ['SexualExploitation'],
        sex: 'female',
        citizenship: 'LT',
        destinationCountry: 'GB',
        identity: { givenName: 'Rūta', familyName: 'Žemaitytė', birthDate: '2001-07-15' },
      },
    });
    const { reference } = (await (await consul('POST', `/api/intake-drafts/${draft}/submit`, {})).json()) as {
      reference: string;
    };

    const coordinator = await newPage('desktop');
    await coordinator.goto(`${running.server.base}/staff/`);
    await coordinator.locator('#login-email').fill('coordinator@atrama.test');
    await coordinator.locator('#login-password').fill(DEMO_PASSWORD);
    await coordinator.getByTestId('login-submit').click();
    await coordinator.locator('#totp-code').fill(currentTotp(DEMO_TOTP_SECRET, 'coordinator@atrama.test'));
    await coordinator.getByTestId('totp-submit').click();
    await coordinator.getByTestId('home-acting-as').waitFor();
    await coordinator.goto(`${running.server.base}/staff/cases`);
    expect(await coordinator.getByTestId('case-search').textContent()).toContain('audito žurnalą');
    await coordinator.getByTestId('case-search-by-name').check();
    await coordinator.locator('#case-search-name').fill('ruta zemaityte');
    await coordinator.locator('#case-search-birthDate').fill('2001-07-15');
    await coordinator.getByTestId('case-search-submit').click();
    await coordinator.getByTestId('case-search-results').getByTestId(`case-row-${reference}`).waitFor();
    await checkBoth(coordinator, 'consular-h-national-search-lt');
  }, 120_000);
});
