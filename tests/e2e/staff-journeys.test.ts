import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentTotp } from '../../src/access/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/demo/staff.ts';
import { serverAndBrowser, shoot, VIEWPORTS } from './support.ts';

// Stories a real person lives through in the staff app, in the built app served by src/app/main.ts.
describe('staff app journeys in Chromium', () => {
  const running = serverAndBrowser();

  async function newPage(viewport: keyof typeof VIEWPORTS): Promise<Page> {
    const context = await running.browser.newContext({ viewport: VIEWPORTS[viewport] });
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    return page;
  }

  async function logIn(page: Page, email: string) {
    await page.goto(`${running.server.base}/staff/`);
    await page.locator('#login-email').fill(email);
    await page.locator('#login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
  }

  it('a case worker logs in on a phone, chooses where to act, switches to English and ends another session', async () => {
    // A second session of the same worker, as if left open on an office computer.
    const other = await fetch(`${running.server.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: running.server.base },
      body: JSON.stringify({ email: 'case.worker@atrama.test', password: DEMO_PASSWORD }),
    });
    const otherCookie = other.headers.get('set-cookie')!.split(';')[0]!;

    const page = await newPage('phone');
    await logIn(page, 'case.worker@atrama.test');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('lt');
    await page.getByText('Pasirinkite organizaciją ir vaidmenį').waitFor();
    await shoot(page, 'case-worker-choose-membership-lt-phone');
    await page.locator('[data-testid^="membership-"]').first().click();
    await page.getByTestId('inbox-empty').waitFor();
    await shoot(page, 'case-worker-home-lt-phone');

    await page.getByTestId('lang-en').click();
    await page.getByText('Nothing needs your attention.').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await shoot(page, 'case-worker-home-en-phone');

    await page.goto(`${running.server.base}/staff/account`);
    await page.getByTestId('session-list').waitFor();
    const endButtons = page.locator('[data-testid^="session-end-"]');
    await expect.poll(() => endButtons.count()).toBe(1);
    await shoot(page, 'case-worker-account-en-phone');
    await endButtons.first().click();
    await expect.poll(() => endButtons.count()).toBe(0);
    const afterEnd = await fetch(`${running.server.base}/api/auth/session`, {
      headers: { cookie: otherCookie },
    });
    expect(afterEnd.status).toBe(401);

    // On a phone, log out is in the header's menu.
    await page.getByTestId('menu-toggle').click();
    await page.getByTestId('logout').first().click();
    await page.locator('#login-email').waitFor();
  });

  it('a police officer who mistypes the password five times is told the account is locked, and until when', async () => {
    const page = await newPage('phone');
    await page.goto(`${running.server.base}/staff/`);
    await page.locator('#login-email').fill('police.officer@atrama.test');
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.locator('#login-password').fill(`wrong password ${attempt}`);
      await page.getByTestId('login-submit').click();
      await page.getByRole('alert').first().waitFor();
    }
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/užrakinta|locked/i);
    await shoot(page, 'police-officer-locked-lt-phone');
  });

  it('a national coordinator passes two-step verification on a desktop', async () => {
    const page = await newPage('desktop');
    await logIn(page, 'coordinator@atrama.test');
    await page.locator('#totp-code').waitFor();
    await shoot(page, 'coordinator-totp-lt-desktop');
    await page.locator('#totp-code').fill(currentTotp(DEMO_TOTP_SECRET, 'coordinator@atrama.test'));
    await page.getByTestId('totp-submit').click();
    await page.getByTestId('inbox-empty').waitFor();
    await expect
      .poll(() => page.getByTestId('acting-as').textContent())
      .toContain('vidaus reikalų ministerija');
    await shoot(page, 'coordinator-home-lt-desktop');
    await page.getByTestId('lang-en').click();
    await page.getByText('Nothing needs your attention.').waitFor();
    await shoot(page, 'coordinator-home-en-desktop');
  });

  it('an administrator sets up two-step verification at first login, manages users and organisations, and replaces the second factor', async () => {
    const page = await newPage('desktop');
    await logIn(page, 'admin@atrama.test');
    const secretText = await page.getByTestId('totp-secret').textContent();
    const secret = secretText!.replace(/\s+/g, '');
    await shoot(page, 'admin-enrolment-lt-desktop');
    await page.locator('#enrol-code').fill(currentTotp(secret, 'admin@atrama.test'));
    await page.getByTestId('enrol-submit').click();
    await page.getByTestId('recovery-codes').waitFor();
    expect(await page.getByTestId('recovery-codes').locator('li').count()).toBe(10);
    const recoveryCode = (await page
      .getByTestId('recovery-codes')
      .locator('li')
      .first()
      .textContent())!.trim();
    await shoot(page, 'admin-recovery-codes-lt-desktop');
    await page.getByTestId('recovery-saved').click();
    await page.getByTestId('inbox-empty').waitFor();
    await page.goto(`${running.server.base}/staff/users`);
    await page.getByText('border.guard@atrama.test').waitFor();
    await shoot(page, 'admin-users-lt-desktop');

    // Adding a role: the server answers with the person as they now are, and the card shows it.
    const guard = page.locator('article.user-card', { hasText: 'border.guard@atrama.test' });
    const held = await guard.locator('.membership-list li').count();
    await guard.locator('select[id^="add-membership-role-"]').selectOption('auditor');
    await guard.locator('[data-testid^="membership-add-"]').click();
    const added = page.getByRole('status').filter({ hasText: 'Narystė pridėta:' });
    await added.waitFor();
    expect(await added.textContent()).toContain('Auditorius');
    expect(await guard.locator('.membership-list li').count()).toBe(held + 1);
    await page.goto(`${running.server.base}/staff/organisations`);
    await page.getByText('Lietuvos policija').first().waitFor();
    await shoot(page, 'admin-organisations-lt-desktop');

    // Requiring two-step login of an organisation's staff takes a reason, kept in the audit trail.
    const slug = 'klaipeda-social-and-psychological-support-centre';
    await page.getByTestId(`organisation-edit-${slug}`).click();
    const form = page.locator('form.organisation-form');
    expect(await form.locator('input[id$="-function-national_contact_point"]').isDisabled()).toBe(true);
    const twoFactor = form.locator('input[id$="-two-factor"]');
    await twoFactor.setChecked(!(await twoFactor.isChecked()));
    const reason = form.locator('input[id$="-reason"]');
    await reason.waitFor();
    await form.locator('button[type="submit"]').click();
    await form.getByText('Užpildykite šį lauką.').first().waitFor();
    await reason.fill('Holds identities of trafficking victims.');
    await shoot(page, 'admin-organisation-reason-lt-desktop');
    await form.locator('button[type="submit"]').click();
    await page.getByRole('status').getByText('Klaipėdos').waitFor();

    // Replacing the second factor asks who it is first: the password and a recovery code will do.
    await page.goto(`${running.server.base}/staff/account`);
    await page.getByTestId('totp-enrol-start').click();
    await page.getByTestId('totp-replace-proof').waitFor();
    await page.locator('#replace-password').fill('not the password at all');
    await page.locator('#replace-code').fill(recoveryCode);
    await page.getByTestId('totp-replace-continue').click();
    await page.locator('#replace-password[aria-invalid="true"]').waitFor();
    await shoot(page, 'admin-replace-second-factor-lt-desktop');
    await page.locator('#replace-password').fill(DEMO_PASSWORD);
    await page.locator('#replace-code').fill(recoveryCode);
    await page.getByTestId('totp-replace-continue').click();
    await page.getByTestId('totp-secret').waitFor();
  });

  it('an auditor reads the audit trail and verifies the chain, in English on a phone', async () => {
    const page = await newPage('phone');
    await logIn(page, 'auditor@atrama.test');
    await page.locator('#totp-code').fill(currentTotp(DEMO_TOTP_SECRET, 'auditor@atrama.test'));
    await page.getByTestId('totp-submit').click();
    await page.getByTestId('inbox-empty').waitFor();
    await page.getByTestId('lang-en').click();
    await page.goto(`${running.server.base}/staff/audit`);
    await page.getByTestId('audit-table').waitFor();
    await page.getByTestId('audit-verify').click();
    await expect.poll(() => page.getByTestId('audit-verify-result').textContent()).toMatch(/\d+/);
    await shoot(page, 'auditor-audit-en-phone');
    await page.setViewportSize(VIEWPORTS.desktop);
    await shoot(page, 'auditor-audit-en-desktop');
  });
});
