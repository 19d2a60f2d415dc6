import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serverAndBrowser, staffSteps, VIEWPORTS } from './support.ts';

// A first responder's intake in the built app: the minimum record in few interactions on a phone
// whose first screen is the work, not the header; a full record whose review shows every answer
// with a way back to its step; Back and Forward between steps; a reopened draft; a discarded one.
describe('the intake in Chromium', () => {
  const running = serverAndBrowser();
  const { newPage, logIn, check, checkBoth } = staffSteps(running);

  /** The bottom edge of an element, in pixels from the top of the page. */
  async function bottomOf(page: Page, selector: string): Promise<number> {
    const box = await page.locator(selector).first().boundingBox();
    if (!box) throw new Error(`${selector} is not shown`);
    return box.y + box.height;
  }

  /** Screenshots and checks at both sizes of a journey walked on a phone, which goes on on the phone. */
  async function both(page: Page, name: string) {
    await page.setViewportSize(VIEWPORTS.desktop);
    await checkBoth(page, name);
    await page.setViewportSize(VIEWPORTS.phone);
  }

  async function saved(page: Page) {
    await expect
      .poll(() => page.getByTestId('intake-save-status').getAttribute('data-state'), { timeout: 10_000 })
      .toBe('saved');
  }

  async function atStep(page: Page, step: string) {
    await expect
      .poll(() => page.getByTestId(`intake-step-${step}`).getAttribute('aria-current'))
      .toBe('step');
  }

  it("leaves the phone's first screen to the work: the login's e-mail and the intake's first field are within it", async () => {
    const page = await newPage('phone');
    await page.goto(`${running.server.base}/staff/`);
    expect(await bottomOf(page, '#login-email')).toBeLessThanOrEqual(VIEWPORTS.phone.height);
    await logIn(page, 'border.guard@atrama.test');
    // One bar: the name, alerts, language and a menu.
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(80);
    await page.evaluate(() => window.scrollTo(0, 0));
    await check(page, 'intake-a-home-lt-phone');
    await page.getByTestId('menu-toggle').click();
    await page.getByRole('navigation', { name: 'Pagrindinė navigacija' }).waitFor();
    expect(await page.getByTestId('acting-as').isVisible()).toBe(true);
    await check(page, 'intake-a-menu-lt-phone');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('navigation', { name: 'Pagrindinė navigacija' }).isVisible()).toBe(false);

    await page.getByTestId('shortcut-intake').getByRole('link').click();
    await page.getByTestId('intake-new').click();
    await page.getByTestId('intake-kind-trafficking').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await bottomOf(page, '[data-testid="intake-kind-trafficking"]')).toBeLessThanOrEqual(
      VIEWPORTS.phone.height,
    );
    await check(page, 'intake-a-first-step-lt-phone');
    // On a desktop the header is as it was: the navigation in view without a menu.
    await page.setViewportSize(VIEWPORTS.desktop);
    await page.getByRole('navigation', { name: 'Pagrindinė navigacija' }).waitFor();
    expect(await page.getByTestId('menu-toggle').count()).toBe(0);
    await check(page, 'intake-a-first-step-lt-desktop');
  });

  it('records the minimum (anonymous, one form of exploitation, consent, referral) in at most 25 interactions', async () => {
    const page = await newPage('phone');
    await logIn(page, 'border.guard@atrama.test');
    let interactions = 0;
    const act = async (action: Promise<unknown>) => {
      await action;
      interactions += 1;
    };
    await act(page.getByTestId('shortcut-intake').getByRole('link').click());
    await act(page.getByTestId('intake-new').click());
    await act(page.getByTestId('intake-kind-trafficking').check());
    await act(page.getByTestId('intake-form-ForcedLabour').check());
    await act(page.locator('#intake-municipality').selectOption('LT-57'));
    await act(page.getByTestId('intake-next').click());
    await atStep(page, 'signs');
    await act(page.getByTestId('intake-next').click());
    await atStep(page, 'person');
    await act(page.getByTestId('intake-sex-female').check());
    await act(page.getByTestId('intake-step-consent').click());
    await atStep(page, 'consent');
    await act(page.getByTestId('intake-consent-referral_to_national_contact_point-spoken').check());
    await act(page.getByTestId('intake-next').click());
    await atStep(page, 'review');
    await act(page.getByTestId('intake-send').click());
    const reference = (await page.getByTestId('intake-reference').textContent())!.trim();
    expect(reference).toMatch(/^ATR-/);
    console.log(`The minimum intake took ${interactions} interactions (from the home screen to sent).`);
    expect(interactions).toBeLessThanOrEqual(25);
    await both(page, 'intake-b-sent');
  });

  it('reviews every answer with a way back to its step; Back and Forward move between steps; a reopened draft says it was saved; a draft can be discarded', async () => {
    const page = await newPage('phone');
    await logIn(page, 'municipality.officer@atrama.test');
    await page.goto(`${running.server.base}/staff/intake`);
    await page.getByTestId('intake-new').click();
    await page.getByTestId('intake-kind-trafficking').check();
    await page.getByTestId('intake-form-SexualExploitation').check();
    await page.locator('#intake-municipality').selectOption('LT-57');
    await page.locator('#intake-placeNote').fill('Bus station');
    await page.getByTestId('intake-next').click();
    await atStep(page, 'signs');
    await page.getByTestId('intake-indicator-WithholdsDocuments').check();
    await page.getByTestId('intake-next').click();
    await atStep(page, 'person');

    // Back and Forward move between the steps, each with its own address.
    expect(page.url()).toContain('step=person');
    await page.goBack();
    await atStep(page, 'signs');
    await page.goForward();
    await atStep(page, 'person');

    await page.getByTestId('intake-sex-female').check();
    await page.locator('#intake-citizenship').fill('Uzbekistanas');
    // Typed in English in the Lithuanian interface, as the walk-through did: nothing is thrown away.
    await page.locator('#intake-languages').fill('Uzbek, Russian');
    await page.locator('#intake-languages').press('Enter');
    await expect.poll(() => page.getByTestId('intake-languages-chosen').locator('li').count()).toBe(2);
    await page.locator('#intake-languages').fill('Klingon');
    await page.locator('#intake-languages').press('Enter');
    await page.locator('#intake-languages-error').waitFor();
    expect(await page.locator('#intake-languages-error').textContent()).toContain('Klingon');
    await page.locator('#intake-languages').fill('');
    await page.getByTestId('intake-interpreter').check();
    await both(page, 'intake-c-person-languages');

    await page.getByTestId('intake-next').click();
    await atStep(page, 'needs');
    await page.getByTestId('intake-need-shelter').check();
    await page.getByTestId('intake-next').click();
    await atStep(page, 'consent');
    await page.getByTestId('intake-consent-referral_to_national_contact_point-signed').check();
    await page.getByTestId('intake-consent-share_identity-refused').check();
    await page.getByTestId('intake-consent-referral_to_support_service-spoken').check();
    // Only organisations that give support are offered: no ministry.
    const offered = await page.locator('#intake-supportServiceId option').allTextContents();
    expect(offered).toContain('Vilniaus arkivyskupijos Caritas');
    expect(offered.filter((name) => /ministerija/i.test(name))).toEqual([]);
    await page.locator('#intake-supportServiceId').selectOption({ label: 'Vilniaus arkivyskupijos Caritas' });
    await both(page, 'intake-c-consent');
    await page.getByTestId('intake-next').click();
    await atStep(page, 'review');
    await saved(page);

    const review = page.getByTestId('intake-review');
    const row = (field: string) => review.locator(`[data-field="${field}"] dd`);
    expect(await row('indicators').textContent()).not.toMatch(/Pažymėta|Ticked/);
    expect(await row('citizenship').textContent()).toContain('Uzbekistanas');
    expect(await row('languages').textContent()).toMatch(/uzbekų.*rusų/);
    expect(await row('interpreterNeeded').textContent()).toContain('Taip');
    expect(await row('place').textContent()).toContain('Bus station');
    expect(await row('supportServiceId').textContent()).toContain('Vilniaus arkivyskupijos Caritas');
    expect(await row('consent-share_identity').textContent()).toContain('atsisakė');
    expect(await row('consent-contact_by_phone').textContent()).toContain('Neklausta');
    expect(await review.locator('dd button').count()).toBe(await review.locator('dd').count());
    await both(page, 'intake-c-review');

    // "Change" goes back to the answer's step.
    await review.getByTestId('intake-change-languages').click();
    await atStep(page, 'person');
    await page.goBack();
    await atStep(page, 'review');

    // Sent, the case page shows the languages by name.
    await page.getByTestId('intake-send').click();
    await page.getByTestId('intake-reference').waitFor();
    await page.getByTestId('intake-submitted').getByRole('link').first().click();
    await page.getByTestId('case-reference').waitFor();
    await expect.poll(() => page.locator('.case-facts').textContent()).toMatch(/uzbekų, rusų/);
    await both(page, 'intake-c-case-facts');

    // Another record, left unsent, opened again from the list: it says when it was saved.
    await page.goto(`${running.server.base}/staff/intake`);
    await page.getByTestId('intake-new').click();
    await page.getByTestId('intake-kind-other_crime').check();
    await saved(page);
    await page.goto(`${running.server.base}/staff/intake`);
    await page.getByTestId('intake-drafts').getByRole('link').first().click();
    await page.getByTestId('intake-crime-violent_crime').waitFor();
    expect(await page.getByTestId('intake-save-status').getAttribute('data-state')).toBe('saved');
    expect(await page.getByTestId('intake-save-status').textContent()).toMatch(/Išsaugota/);

    // Discarded: gone from the list.
    await page.getByTestId('intake-discard').click();
    await check(page, 'intake-c-discard-lt-phone');
    await page.getByTestId('intake-discard-confirm').click();
    await page.getByTestId('intake-new').waitFor();
    await expect.poll(() => page.locator('.loading').count()).toBe(0);
    expect(await page.getByTestId('intake-drafts').count()).toBe(0);
    // Back to the discarded record's steps (past the list opened before it) does not start it again.
    await page.goBack();
    await page.getByTestId('intake-new').waitFor();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/staff/intake');
    await page.getByTestId('intake-new').waitFor();
    expect(await page.getByTestId('intake-kind-trafficking').count()).toBe(0);
    await page.setViewportSize(VIEWPORTS.desktop);
  });
});
