import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { currentTotp } from '../../src/access/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/demo/staff.ts';
import { seriousViolations, serverAndBrowser, shoot, VIEWPORTS } from './support.ts';

// The auditor's monthly access review in the built app: a border guard records a named person, the
// national coordinator (off the case team) reads the case and opens the hidden identity for a reason,
// and the auditor sees both, flagged, in the review and in the audit trail.
describe('access review in Chromium', () => {
  const running = serverAndBrowser();

  async function signIn(email: string, totp: boolean) {
    const base = running.server.base;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const call = (method: string, path: string, body?: unknown) =>
      fetch(`${base}${path}`, {
        method,
        headers: { 'content-type': 'application/json', origin: base, cookie },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    if (totp) {
      const second = await call('POST', '/api/auth/totp', { code: currentTotp(DEMO_TOTP_SECRET, email) });
      expect(second.status).toBe(200);
    }
    return call;
  }

  async function recordAndOpen(): Promise<string> {
    const guard = await signIn('border.guard@atrama.test', false);
    const draft = randomUUID();
    await guard('PUT', `/api/intake-drafts/${draft}`, {
      data: {
        kind: 'trafficking',
        metAt: new Date(Date.now() - 3_600_000).toISOString(),
        municipality: 'Vilnius',
        firstContactKind: 'border_guard',
        exploitationForms: ['ForcedLabour'],
        sex: 'female',
        languages: ['uk'],
        identity: { givenName: 'Олена', familyName: 'Коваленко' },
        consents: [{ scope: 'referral_to_national_contact_point', method: 'spoken' }],
      },
    });
    const submitted = (await (await guard('POST', `/api/intake-drafts/${draft}/submit`, {})).json()) as {
      caseId: string;
      reference: string;
    };
    expect((await guard('GET', `/api/cases/${submitted.caseId}`)).status).toBe(200);

    const coordinator = await signIn('coordinator@atrama.test', true);
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
