import { describe, expect, it } from 'vitest';
import { currentTotp } from '../../src/access/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/demo/staff.ts';
import {
  apiAs,
  recordNamedPerson,
  seriousViolations,
  serverAndBrowser,
  shoot,
  VIEWPORTS,
} from './support.ts';

// The auditor's monthly access review in the built app: a border guard records a named person, the
// national coordinator (off the case team) reads the case and opens the hidden identity for a reason,
// and the auditor sees both, flagged, in the review and in the audit trail.
describe('access review in Chromium', () => {
  const running = serverAndBrowser();

  /** A border guard records a named person; the coordinator reads the case and opens the identity. */
  async function recordAndOpen(): Promise<string> {
    const base = running.server.base;
    const guard = await apiAs(base, 'border.guard@atrama.test');
    const submitted = await recordNamedPerson(guard);
    expect((await guard('GET', `/api/cases/${submitted.caseId}`)).status).toBe(200);
    const coordinator = await apiAs(base, 'coordinator@atrama.test', true);
    expect((await coordinator('GET', `/api/cases/${submitted.caseId}`)).status).toBe(200);
    const opened = await coordinator('POST', `/api/cases/${submitted.caseId}/identity/open`, {
      reason: 'Checking a possible duplicate with the embassy',
    });
    expect(opened.status).toBe(200);
    return submitted.reference;
  }

  it('shows the auditor who opened which cases, flagged, with no serious accessibility fault', async () => {
    const reference = await recordAndOpen();
    const failures: string[] = [];
    for (const [language, viewport] of [
      ['en', 'desktop'],
      ['lt', 'phone'],
    ] as const) {
      const context = await running.browser.newContext({ viewport: VIEWPORTS[viewport], bypassCSP: true });
      const page = await context.newPage();
      page.on('pageerror', (error) => {
        throw error;
      });
      await page.goto(`${running.server.base}/staff/`);
      await page.getByTestId(`lang-${language}`).click();
      await page.locator('#login-email').fill('auditor@atrama.test');
      await page.locator('#login-password').fill(DEMO_PASSWORD);
      await page.getByTestId('login-submit').click();
      // The second login uses the next time step's code: the server refuses a code twice.
      const offset = language === 'en' ? 0 : 30_000;
      await page
        .locator('#totp-code')
        .fill(currentTotp(DEMO_TOTP_SECRET, 'auditor@atrama.test', Date.now() + offset));
      await page.getByTestId('totp-submit').click();
      await page.getByTestId('shortcut-access-review').getByRole('link').click();

      await page.getByTestId('access-review-table').first().waitFor();
      const text = await page.locator('main').textContent();
      expect(text).toContain(reference);
      expect(text).toContain('Checking a possible duplicate with the embassy');
      for (const violation of await seriousViolations(page)) failures.push(`${language}: ${violation}`);
      await shoot(page, `auditor-access-review-${language}-${viewport}`);

      // The same opening in the audit trail, flagged, with the flagged-only filter on.
      await page.goto(`${running.server.base}/staff/audit`);
      await page.getByTestId('audit-table').waitFor();
      await page.locator('#audit-flagged').check();
      await page.getByTestId('audit-filter-submit').click();
      // Every row shown carries a flag once the filtered page has replaced the first one.
      const rows = page.getByTestId('audit-table').locator('tbody tr');
      await expect
        .poll(async () => (await rows.count()) - (await page.getByTestId('audit-flag').count()))
        .toBe(0);
      expect(await page.getByTestId('audit-flag').count()).toBeGreaterThan(0);
      for (const violation of await seriousViolations(page)) failures.push(`${language} audit: ${violation}`);
      await shoot(page, `auditor-audit-flagged-${language}-${viewport}`);
      await context.close();
    }
    expect(failures).toEqual([]);
  });
});
