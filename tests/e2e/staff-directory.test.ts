import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/staff.ts';
import { seriousViolations, serverAndBrowser, shoot, VIEWPORTS } from './support.ts';

// The directory as staff use it: find where to refer someone, reach them in one tap or copy their
// number, and, for the service's own organisation, keep the entry right.
describe('staff directory in Chromium', () => {
  const running = serverAndBrowser();

  /** A page that fails the test on any script error, and collects Content-Security-Policy reports. */
  async function newPage(context: BrowserContext): Promise<{ page: Page; cspErrors: string[] }> {
    const page = await context.newPage();
    const cspErrors: string[] = [];
    page.on('pageerror', (error) => {
      throw error;
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
        cspErrors.push(message.text());
      }
    });
    return { page, cspErrors };
  }

  async function logIn(page: Page, email: string) {
    await page.goto(`${running.server.base}/staff/`);
    await page.locator('#login-email').fill(email);
    await page.locator('#login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('inbox-empty').waitFor();
  }

  /** Runs a search and waits for its answer to be shown. */
  async function search(page: Page, words: string) {
    await page.locator('#directory-search').fill(words);
    const answered = page.waitForResponse(
      (response) =>
        response.url().includes('/api/directory/services?') &&
        (new URL(response.url()).searchParams.get('q') ?? '') === words,
    );
    await page.getByTestId('directory-search-submit').click();
    expect((await answered).status()).toBe(200);
    await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
  }

  it('an organisation manager on a phone finds Caritas, copies its number, corrects its hours and confirms it', async () => {
    const context = await running.browser.newContext({
      viewport: VIEWPORTS.phone,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const { page, cspErrors } = await newPage(context);
    await logIn(page, 'manager@atrama.test');

    // From the home page's shortcut; the main navigation links to it too.
    const shortcut = page.getByTestId('shortcut-directory');
    expect(await shortcut.textContent()).toContain('Kur nukreipti');
    await shoot(page, 'manager-home-lt-phone');
    await shortcut.getByRole('link').click();
    await page.locator('#directory-search').waitFor();
    expect(page.url()).toBe(`${running.server.base}/staff/directory`);
    expect(await page.locator('.main-nav a[aria-current="page"]').getAttribute('href')).toBe(
      '/staff/directory',
    );
    await page.locator('.directory-card').first().waitFor();
    await page.getByTestId('referral-map').waitFor();
    await shoot(page, 'manager-directory-lt-phone');

    // A misspelt search still finds Caritas.
    await search(page, 'karitas');
    const cards = page.locator('.directory-card');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    await page.locator('.directory-card', { hasText: /Carit/ }).first().waitFor();
    await shoot(page, 'manager-directory-search-lt-phone');

    // The manager's own organisation's service can be edited.
    const edit = page.locator('[data-testid^="directory-edit-"]').first();
    const id = (await edit.getAttribute('data-testid'))!.replace('directory-edit-', '');
    const card = page.getByTestId(`service-${id}`);
    expect(await card.textContent()).toMatch(/Carit/);

    // Copy a phone number with the keyboard, then read the clipboard back.
    const copy = card.locator('[data-testid^="copy-+"], [data-testid^="copy-8"]').first();
    const number = (await copy.getAttribute('data-testid'))!.replace('copy-', '');
    await copy.focus();
    await page.keyboard.press('Enter');
    await card.getByText('Nukopijuota').first().waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(number);
    expect(await card.locator(`a[href^="tel:"]`).first().getAttribute('href')).toMatch(/^tel:\+?\d+$/);

    // Edit: a mistake is told beside its field, in Lithuanian, before anything is sent.
    await edit.click();
    const languages = page.locator(`#directory-${id}-languages`);
    await languages.fill('lietuvių');
    await page.getByTestId('directory-save').click();
    await page.locator(`#directory-${id}-languages-error`).waitFor();
    expect(await languages.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`directory-${id}-languages`);
    await shoot(page, 'manager-directory-edit-error-lt-phone');

    await languages.fill('lt, en');
    await page.locator(`#directory-${id}-url`).fill('https://www.anti-trafficking.lt/pagalba');
    await page.locator(`#directory-${id}-hours-weekly`).check();
    for (const day of ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']) {
      await page.locator(`#directory-${id}-day-${day}`).setChecked(day !== 'SA' && day !== 'SU');
    }
    await page.locator(`#directory-${id}-opens`).fill('09:00');
    await page.locator(`#directory-${id}-closes`).fill('17:00');
    await shoot(page, 'manager-directory-edit-lt-phone');
    const saved = page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' && response.url().includes(`/api/directory/services/`),
    );
    await page.getByTestId('directory-save').click();
    expect((await saved).status()).toBe(200);
    await expect.poll(() => page.getByTestId(`hours-${id}`).textContent()).toBe('Pr–Pn 09:00–17:00');
    expect(await page.getByTestId(`website-${id}`).textContent()).toContain('anti-trafficking.lt/pagalba');
    expect(await card.textContent()).toContain('lietuvių, anglų');
    expect(await card.locator('.status-region').textContent()).toContain('Pakeitimai išsaugoti');
    // The keyboard is back on the Edit button.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      `directory-edit-${id}`,
    );

    // The change is kept: a fresh search shows it.
    await search(page, 'karitas');
    await expect.poll(() => page.getByTestId(`hours-${id}`).textContent()).toBe('Pr–Pn 09:00–17:00');

    await page.getByTestId(`directory-checked-${id}`).click();
    await expect.poll(() => card.textContent()).toContain('Pažymėta, kad duomenys patikrinti');
    // The app writes days as they are in Vilnius, whatever the machine's zone.
    const today = new Intl.DateTimeFormat('lt-LT', { dateStyle: 'long', timeZone: 'Europe/Vilnius' }).format(
      new Date(),
    );
    expect(await page.getByTestId(`checked-${id}`).textContent()).toBe(today);
    expect(await page.getByTestId(`stale-${id}`).count()).toBe(0);
    await shoot(page, 'manager-directory-saved-lt-phone');

    // In English the same entry reads in English, and the referral map follows.
    await page.getByTestId('lang-en').click();
    await page.getByRole('heading', { name: 'Who takes referrals' }).waitFor();
    await expect.poll(() => page.getByTestId(`hours-${id}`).textContent()).toBe('Mon–Fri 09:00–17:00');
    expect(await page.getByTestId('referral-map').locator('caption').textContent()).toContain(
      'Organisations that take referrals',
    );
    await shoot(page, 'manager-directory-en-phone');
    await page.setViewportSize(VIEWPORTS.desktop);
    await shoot(page, 'manager-directory-en-desktop');

    expect(cspErrors).toEqual([]);
    await context.close();
  });

  it('a border guard sees where to refer, filtered by need, with nothing to edit', async () => {
    const context = await running.browser.newContext({ viewport: VIEWPORTS.desktop, bypassCSP: true });
    const { page } = await newPage(context);
    await logIn(page, 'border.guard@atrama.test');
    await page.locator('.main-nav a[href="/staff/directory"]').click();
    await page.locator('.directory-card').first().waitFor();
    await page.getByTestId('referral-map').locator('tbody tr').first().waitFor();
    expect(await page.locator('[data-testid^="directory-edit-"]').count()).toBe(0);
    expect(await page.locator('[data-testid^="directory-checked-"]').count()).toBe(0);
    expect(await page.getByTestId('referral-map').locator('th[scope="row"]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/Carit/)]),
    );
    await shoot(page, 'border-guard-directory-lt-desktop');
    expect(await seriousViolations(page)).toEqual([]);

    // Choosing a need narrows both the services and the organisations that take referrals for it.
    const rowsBefore = await page.getByTestId('referral-map').locator('tbody tr').count();
    await page.locator('#directory-need').selectOption('shelter');
    const needName = await page.locator('#directory-need option:checked').textContent();
    await search(page, '');
    await expect
      .poll(() => page.getByTestId('referral-map').locator('caption').textContent())
      .toContain(needName!);
    expect(await page.getByTestId('referral-map').locator('tbody tr').count()).toBeLessThan(rowsBefore);
    const tags = await page
      .locator('.directory-card')
      .evaluateAll((nodes) =>
        nodes.map((node) => [...node.querySelectorAll('.tag')].map((tag) => tag.textContent)),
      );
    expect(tags.length).toBeGreaterThan(0);
    for (const needs of tags) expect(needs).toContain(needName);

    await page.setViewportSize(VIEWPORTS.phone);
    await shoot(page, 'border-guard-directory-shelter-lt-phone');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
