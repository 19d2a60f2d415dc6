import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHOTS, seriousViolations, serverAndBrowser, shoot, VIEWPORTS } from './support.ts';

// People in the seeds looking for help on a phone, in the built app, as anyone would see it.
describe('public help finder in Chromium', () => {
  const running = serverAndBrowser();
  const contexts: BrowserContext[] = [];

  async function phone(options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}): Promise<Page> {
    const context = await running.browser.newContext({ viewport: VIEWPORTS.phone, ...options });
    // This machine has no internet: the neutral site the quick exit opens is answered here.
    await context.route(/^https:\/\/www\.google\.com\//, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
    );
    contexts.push(context);
    return context.newPage();
  }

  async function ask(
    page: Page,
    lang: string,
    answers: { need?: string; who?: string; where?: string; city?: string },
  ) {
    await page.goto(`${running.server.base}/${lang}/`);
    if (answers.need) await page.locator(`input[name="need"][value="${answers.need}"]`).check();
    if (answers.who) await page.locator(`input[name="who"][value="${answers.who}"]`).check();
    if (answers.where) await page.locator(`input[name="where"][value="${answers.where}"]`).check();
    if (answers.city) await page.locator('#city').selectOption(answers.city);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/help\?/);
    return page.locator('.results .card');
  }

  const cardText = async (page: Page) => (await page.locator('.results .card').allTextContents()).join('\n');

  it('a man in Kaunas forced to work without pay finds the Men’s Crisis Centre and the Labour Inspectorate', async () => {
    const page = await phone();
    const cards = await ask(page, 'en', {
      need: 'labour_exploitation',
      who: 'man',
      where: 'city',
      city: 'Kaunas',
    });
    expect(await cards.count()).toBeGreaterThan(1);
    const text = await cardText(page);
    expect(text).toMatch(/Men.s Crisis Centre/);
    expect(text).toMatch(/Labour Inspectorate/);
    const men = page.locator('.card', { hasText: /Men.s Crisis Centre/ }).first();
    expect(await men.locator('a[href^="tel:+370"]').first().getAttribute('href')).toBe('tel:+37066226770');
    const inspectorate = page.locator('.card', { hasText: /Labour Inspectorate/ }).first();
    expect(await inspectorate.locator('a[href^="tel:"]').first().getAttribute('href')).toBe(
      'tel:+37052139750',
    );
    // Not for him: the line only for women.
    expect(await page.locator('.results a[href="tel:+37080066366"]').count()).toBe(0);
    await shoot(page, 'finder-kaunas-labour-en-phone');
  });

  it('a woman in Klaipėda at night finds the free 24/7 line for women first', async () => {
    const page = await phone();
    await ask(page, 'lt', { need: 'emotional_support', who: 'woman', where: 'city', city: 'Klaipėda' });
    const first = page.locator('.results .card').first();
    await expect.poll(async () => (await first.locator('.badge.always').count()) > 0).toBe(true);
    const tels = await page
      .locator('.results a[href^="tel:"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(tels).toContain('tel:+37080066366');
    await shoot(page, 'finder-klaipeda-woman-lt-phone');
  });

  it('a Lithuanian abroad finds the 24/7 consular hotline first, and the anti-trafficking lines callable from there', async () => {
    const page = await phone();
    await ask(page, 'ru', { where: 'abroad' });
    const tels = await page
      .locator('.results a[href^="tel:"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(tels[0]).toBe('tel:+37052362444');
    expect(tels).toContain('tel:+37067961617'); // Caritas, 24/7
    expect(tels).toContain('tel:+37061691119'); // the national association, 24/7
    // Not reachable from abroad: 112 answers in the country one is in, 8 800 lines only in Lithuania.
    expect(tels).not.toContain('tel:112');
    expect(tels).not.toContain('tel:+37080066366');
    await shoot(page, 'finder-abroad-ru-phone');
    await page.setViewportSize(VIEWPORTS.desktop);
    await shoot(page, 'finder-abroad-ru-desktop');
  });

  it.each([
    ['lt', { need: 'trafficking' }],
    ['en', { need: 'labour_exploitation', who: 'man', where: 'city', city: 'Kaunas' }],
    ['ru', { where: 'abroad' }],
    ['uk', { need: 'emotional_support', who: 'woman' }],
  ] as const)(
    "on a phone in %s the first result's call button is on the first screen",
    async (lang, answers) => {
      const page = await phone();
      await ask(page, lang, answers);
      const call = page.locator('.results .card').first().locator('a.call').first();
      const box = await call.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(VIEWPORTS.phone.height);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, `finder-first-screen-${lang}-phone.png`) });
    },
  );

  it('keeps the pages behind a menu on a phone, and shows them at once on a desktop', async () => {
    const page = await phone();
    await page.goto(`${running.server.base}/en/`);
    const rights = page.locator('nav.site a[href="/en/rights"]');
    const menu = page.locator('details.menu > summary');
    expect(await rights.isVisible()).toBe(false);
    expect(await page.locator('.langs a').count()).toBe(4);
    expect(await page.locator('[data-exit]').isVisible()).toBe(true);
    // The menu opens from the keyboard and says so to a screen reader.
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await rights.isVisible()).toBe(true);
    expect(await page.locator('details.menu').getAttribute('open')).not.toBeNull();
    await shoot(page, 'finder-menu-open-en-phone');
    await page.setViewportSize(VIEWPORTS.desktop);
    await page.goto(`${running.server.base}/en/`);
    expect(await menu.isVisible()).toBe(false);
    expect(await rights.isVisible()).toBe(true);
    await shoot(page, 'finder-home-en-desktop');
  });

  it('shows the pages on a wide screen without JavaScript too, and the menu on a phone', async () => {
    const page = await phone({ javaScriptEnabled: false });
    await page.goto(`${running.server.base}/lt/`);
    const rights = page.locator('nav.site a[href="/lt/rights"]');
    expect(await rights.isVisible()).toBe(false);
    await page.locator('details.menu > summary').click();
    expect(await rights.isVisible()).toBe(true);
    await page.setViewportSize(VIEWPORTS.desktop);
    await page.goto(`${running.server.base}/lt/`);
    expect(await rights.isVisible()).toBe(true);
  });

  it('works with JavaScript turned off', async () => {
    const page = await phone({ javaScriptEnabled: false });
    const cards = await ask(page, 'uk', { need: 'trafficking' });
    expect(await cards.count()).toBeGreaterThan(2);
    await shoot(page, 'finder-trafficking-uk-phone-nojs');
    await page.goto(`${running.server.base}/uk/rights`);
    await shoot(page, 'finder-rights-uk-phone-nojs');
  });

  it('leaves for a neutral site, with no finder page left to go back to', async () => {
    const page = await phone();
    await page.goto('about:blank');
    await ask(page, 'lt', { need: 'domestic_violence', who: 'woman' });
    await page.locator('.results .card').first().waitFor();
    await page.locator('[data-exit]').click();
    await page.waitForURL(/google\.com/);
    await page.goBack();
    expect(page.url()).not.toContain(running.server.base);
  });

  it('keeps a whole visit in one history entry, which leaving replaces', async () => {
    const page = await phone();
    await page.goto('about:blank');
    await page.goto(`${running.server.base}/lt/`);
    const entries = () => page.evaluate(() => window.history.length);
    const visitStart = await entries();
    const moves: string[] = [];
    const move = async (action: () => Promise<unknown>, to: RegExp) => {
      await action();
      await page.waitForURL(to);
      moves.push(page.url());
      expect(await entries(), `after ${page.url()}`).toBe(visitStart);
    };
    // The menu, another language, the questions, a change of answers, the full list.
    await page.locator('details.menu > summary').click();
    await move(() => page.locator('nav.site a[href="/lt/rights"]').click(), /\/lt\/rights$/);
    await move(() => page.locator('.langs a[hreflang="uk"]').click(), /\/uk\/rights$/);
    await move(() => page.locator('a.brand').click(), /\/uk\/$/);
    await page.locator('input[name="need"][value="shelter"]').check();
    await move(() => page.locator('form button[type="submit"]').click(), /\/uk\/help\?need=shelter/);
    await move(() => page.locator('.results-head a').click(), /\/uk\/change\?/);
    await page.locator('input[name="who"][value="woman"]').check();
    await move(
      () => page.locator('form button[type="submit"]').click(),
      /\/uk\/help\?need=shelter&who=woman/,
    );
    await page.locator('details.menu > summary').click();
    await move(() => page.locator('nav.site a[href="/uk/all"]').click(), /\/uk\/all$/);
    expect(moves).toHaveLength(7);
    await page.locator('[data-exit]').click();
    await page.waitForURL(/google\.com/);
    expect(await entries()).toBe(visitStart);
    // Back goes to what was before the visit; nothing of the finder is left in between.
    await page.goBack();
    expect(page.url()).toBe('about:blank');
    await page.goForward();
    expect(page.url()).toMatch(/google\.com/);
  });

  it('leaves on Escape pressed three times', async () => {
    const page = await phone();
    await page.goto(`${running.server.base}/en/rights`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(/google\.com/);
  });

  it('keeps working offline after the first visit, without storing a search', async () => {
    const context = await running.browser.newContext({ viewport: VIEWPORTS.phone });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${running.server.base}/en/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload(); // now controlled by the service worker
    await page.goto(`${running.server.base}/en/help?need=trafficking`);
    await context.setOffline(true);
    await page.goto(`${running.server.base}/en/all`);
    await page.locator('.results .card').first().waitFor();
    expect(await page.locator('.offline').isVisible()).toBe(true);
    // A search offline falls back to the saved full list; the search itself was never cached.
    await page.goto(`${running.server.base}/en/help?need=shelter`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      await page.evaluate(() => document.title.split(' · ')[0]),
    );
    const cached = await page.evaluate(async () => {
      const cache = await caches.open('atrama-finder-v1');
      return (await cache.keys()).map((r) => r.url);
    });
    expect(cached.some((url) => url.includes('?'))).toBe(false);
    await shoot(page, 'finder-offline-en-phone');
    await context.setOffline(false);
  });

  it('answers a malformed address with a friendly page, and sets no cookie anywhere', async () => {
    const page = await phone();
    const response = await page.goto(`${running.server.base}/en/help?need=flying&who=robot`);
    expect(response?.status()).toBe(400);
    await page.getByRole('heading', { level: 1 }).waitFor();
    for (const context of contexts) expect(await context.cookies()).toEqual([]);
  });

  it('has no serious or critical accessibility violation on any finder page', async () => {
    const page = await phone({ bypassCSP: true });
    const failures: string[] = [];
    for (const path of [
      '/lt/',
      '/en/help?need=trafficking',
      '/ru/rights',
      '/uk/after-asking',
      '/en/abroad',
      '/lt/foreigners',
      '/en/all',
    ]) {
      for (const size of ['phone', 'desktop'] as const) {
        await page.setViewportSize(VIEWPORTS[size]);
        await page.goto(`${running.server.base}${path}`);
        for (const violation of await seriousViolations(page))
          failures.push(`${path} (${size}): ${violation}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it.each(['lt', 'en', 'ru', 'uk'])('looks right in %s on a phone and a desktop', async (lang) => {
    const page = await phone();
    await page.goto(`${running.server.base}/${lang}/`);
    await shoot(page, `finder-home-${lang}-phone`);
    await page.setViewportSize({ width: 320, height: 700 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize(VIEWPORTS.desktop);
    await page.goto(`${running.server.base}/${lang}/help?need=trafficking`);
    await shoot(page, `finder-results-${lang}-desktop`);
  });
});
