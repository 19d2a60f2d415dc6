import { describe, expect, it } from 'vitest';
import { currentTotp } from '../../src/access/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/demo/staff.ts';
import { seriousViolations, serverAndBrowser, VIEWPORTS } from './support.ts';

describe('staff app accessibility (axe-core, WCAG rules)', () => {
  const running = serverAndBrowser();

  it.each([
    ['lt', 'phone'],
    ['en', 'desktop'],
  ] as const)('has no serious or critical violation on any screen (%s, %s)', async (language, viewport) => {
    const context = await running.browser.newContext({ viewport: VIEWPORTS[viewport], bypassCSP: true });
    const page = await context.newPage();
    const failures: string[] = [];
    const check = async (screen: string) => {
      for (const violation of await seriousViolations(page)) failures.push(`${screen}: ${violation}`);
    };
    await page.goto(`${running.server.base}/staff/`);
    await page.getByTestId(`lang-${language}`).click();
    await page.locator('#login-email').waitFor();
    await check('login');

    await page.locator('#login-email').fill('auditor@atrama.test');
    await page.locator('#login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.locator('#totp-code').waitFor();
    await check('second factor');
    // Each viewport logs in once; the two codes fall in different time steps or the second uses the next one.
    const offset = viewport === 'phone' ? 0 : 30_000;
    await page
      .locator('#totp-code')
      .fill(currentTotp(DEMO_TOTP_SECRET, 'auditor@atrama.test', Date.now() + offset));
    await page.getByTestId('totp-submit').click();
    await page.getByTestId('inbox-empty').waitFor();
    await check('home');
    for (const [path, ready] of [
      ['/staff/account', 'session-list'],
      ['/staff/audit', 'audit-table'],
    ] as const) {
      await page.goto(`${running.server.base}${path}`);
      await page.getByTestId(ready).waitFor();
      await check(path);
    }
    await context.close();
    expect(failures).toEqual([]);
  });

  it('finds a fault when one is there (the checker itself works)', async () => {
    const context = await running.browser.newContext({ viewport: VIEWPORTS.desktop, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${running.server.base}/staff/`);
    await page.locator('#login-email').waitFor();
    await page.evaluate(() => document.querySelector('label[for="login-email"]')?.remove());
    expect((await seriousViolations(page)).join('\n')).toMatch(/label/);
    await context.close();
  });

  it('can be used with the keyboard alone to log in', async () => {
    const context = await running.browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(`${running.server.base}/staff/`);
    await page.locator('#login-email').waitFor();
    await page.locator('#login-email').focus();
    await page.keyboard.type('klaipeda.worker@atrama.test');
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByTestId('inbox-empty').waitFor();
    const outline = await page.evaluate(() => {
      const link = document.querySelector('nav a') as HTMLElement;
      link.focus();
      return getComputedStyle(link).outlineStyle;
    });
    expect(outline).not.toBe('none');
    await context.close();
  });
});
