import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentTotp } from '../../src/access/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/demo/staff.ts';
import { apiFor as actingFor, serverAndBrowser, staffSteps } from './support.ts';

// Alerts and everyone's work in the built app: a referral reaches the Caritas Centre's case worker as
// an alert with an unread count, she opens it, lands on the referral and accepts it; the manager gives
// the case to her, and she finds it in "My work". The other new screens are checked on a phone 360
// pixels wide and on a desktop: alerts, the alert preferences, the caseload, a forgotten password,
// the administrator's mail not sent and the data protection officer's register of requests.
describe('alerts and my work in Chromium', () => {
  const running = serverAndBrowser();
  const { newPage, logIn, check } = staffSteps(running);
  const CARITAS = 'caritas-centre-against-human-trafficking-and-exploitation';
  const apiFor = (email: string, slug?: string) => actingFor(running.server.base, email, slug);

  /** Both sizes, the phone at its narrowest common width. */
  async function checkBoth(page: Page, name: string) {
    const before = page.viewportSize()!;
    await page.setViewportSize({ width: 1280, height: 800 });
    await check(page, `${name}-desktop`);
    await page.setViewportSize({ width: 360, height: 780 });
    await check(page, `${name}-phone`);
    await page.setViewportSize(before);
  }

  /** A border guard records a person who agrees to be referred, and refers her to the Caritas Centre. */
  async function referToCaritas(): Promise<{ caseId: string; referralId: string; reference: string }> {
    const guard = await apiFor('border.guard@atrama.test');
    const draft = randomUUID();
    const data = {
      kind: 'trafficking',
      metAt: new Date(Date.now() - 3_600_000).toISOString(),
      municipality: 'Vilnius',
      firstContactKind: 'border_guard',
      exploitationForms: ['ForcedLabour'],
      sex: 'female',
      languages: ['uk'],
      consents: [
        { scope: 'referral_to_national_contact_point', method: 'spoken' },
        { scope: 'referral_to_support_service', method: 'spoken' },
      ],
    };
    expect((await guard('PUT', `/api/intake-drafts/${draft}`, { data })).status).toBe(200);
    const submitted = await guard('POST', `/api/intake-drafts/${draft}/submit`, {});
    expect(submitted.status).toBe(201);
    const { caseId, reference } = (await submitted.json()) as { caseId: string; reference: string };
    const organisations = (await (await guard('GET', '/api/organisations')).json()) as {
      items: { id: string; slug: string }[];
    };
    const sent = await guard('POST', `/api/cases/${caseId}/referrals`, {
      toOrganisationId: organisations.items.find((o) => o.slug === CARITAS)!.id,
      purpose: 'assistance',
    });
    expect(sent.status).toBe(201);
    const referral = (await sent.json()) as { id: string };
    return { caseId, referralId: referral.id, reference };
  }

  it('a case worker opens the alert of a referral and accepts it; the manager gives her the case and she finds it in My work', async () => {
    const { caseId, referralId, reference } = await referToCaritas();

    // The case worker, on a phone, sees that something is new.
    const worker = await newPage('phone');
    await worker.setViewportSize({ width: 360, height: 780 });
    await logIn(worker, 'case.worker@atrama.test', /Centras prieš prekybą/);
    await expect.poll(() => worker.getByTestId('alerts-unread').textContent()).toBe('1');
    await worker.getByTestId(`work-referral-${reference}`).waitFor();
    await check(worker, 'alerts-a-my-work-worker-lt-phone');

    await worker.locator('a.alerts-link').click();
    const alert = worker.locator('[data-kind="referral_received"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(reference);
    expect(await alert.getAttribute('class')).toContain('alert-item-unread');
    await checkBoth(worker, 'alerts-a-alerts-lt');

    // Opening it marks it read and leads to the referral, to be answered there.
    await alert.getByTestId('alert-open').click();
    await worker.getByTestId(`inbox-${reference}`).waitFor();
    expect(new URL(worker.url()).pathname).toBe(`/staff/referrals/${referralId}`);
    await expect.poll(() => worker.getByTestId('alerts-unread').count()).toBe(0);
    await checkBoth(worker, 'alerts-a-referral-lt');
    await worker.getByTestId(`inbox-${reference}`).getByTestId('referral-accept').getByRole('button').click();
    await worker.getByTestId('case-reference').waitFor();
    expect(new URL(worker.url()).pathname).toBe(`/staff/cases/${caseId}`);
    expect(await worker.getByTestId('case-team').textContent()).toContain(
      'Atsakingas darbuotojas dar nepaskirtas',
    );

    // The referral is answered: its page says so plainly.
    await worker.goto(`${running.server.base}/staff/referrals/${referralId}`);
    await worker.getByTestId('referral-not-waiting').waitFor();

    // The manager sees the case nobody has, and gives it to her.
    const manager = await newPage('desktop');
    await logIn(manager, 'manager@atrama.test');
    await manager.getByTestId('work-unassigned').getByTestId(`case-row-${reference}`).waitFor();
    await checkBoth(manager, 'alerts-a-my-work-manager-lt');
    await manager.goto(`${running.server.base}/staff/caseload`);
    await manager.getByTestId('caseload-unassigned').getByTestId(`case-row-${reference}`).waitFor();
    await checkBoth(manager, 'alerts-a-caseload-before-lt');
    await manager.getByTestId(`case-row-${reference}`).getByRole('link').click();
    await manager.getByTestId('case-reference').waitFor();
    await manager.getByTestId('responsible-assign-open').click();
    await manager.getByTestId('responsible-worker').selectOption({ label: 'Eglė Jankauskienė' });
    await check(manager, 'alerts-a-case-assign-lt-desktop');
    await manager.getByTestId('responsible-assign').getByRole('button', { name: 'Paskirti' }).click();
    await expect
      .poll(() => manager.getByTestId('case-team').textContent())
      .toContain('Atsakingas: Eglė Jankauskienė');
    await checkBoth(manager, 'alerts-a-case-assigned-lt');
    await manager.goto(`${running.server.base}/staff/caseload`);
    await manager.locator('.worker-load', { hasText: 'Eglė Jankauskienė' }).locator('summary').click();
    await manager.getByTestId(`case-row-${reference}`).waitFor();
    await checkBoth(manager, 'alerts-a-caseload-after-lt');

    // She is told, and the case is hers in "My work".
    await worker.goto(`${running.server.base}/staff/`);
    await worker.getByTestId('work-cases').getByTestId(`case-row-${reference}`).waitFor();
    await expect.poll(() => worker.getByTestId('alerts-unread').textContent()).toBe('1');
    expect(await worker.getByTestId('work-count-cases').textContent()).toContain('1');
    await check(worker, 'alerts-a-my-work-assigned-lt-phone');
    await worker.locator('a.alerts-link').click();
    await worker.locator('[data-kind="case_assigned"]').waitFor();
    await worker.getByTestId('alerts-read-all').click();
    await expect.poll(() => worker.getByTestId('alerts-unread').count()).toBe(0);
    await worker.getByTestId('lang-en').click();
    await worker.getByText('Mark all as read').waitFor();
    await check(worker, 'alerts-a-alerts-en-phone');

    // Her preferences: a mandatory alert cannot be kept to the app only.
    await worker.goto(`${running.server.base}/staff/account`);
    await worker.getByTestId('alert-settings').waitFor();
    const mandatory = worker.getByTestId('alert-delivery-referral_received').locator('option[value="app"]');
    expect(await mandatory.isDisabled()).toBe(true);
    await worker.getByTestId('alert-delivery-referral_accepted').selectOption('app');
    await worker.locator('#alert-digest-hour').selectOption('18');
    await worker.getByTestId('alert-settings-save').click();
    await worker.getByRole('status').getByText('Your alert settings have been saved.').waitFor();
    await checkBoth(worker, 'alerts-a-account-en');
  });

  it('someone who forgot the password asks for a link and is answered the same whatever the address', async () => {
    const page = await newPage('desktop');
    await page.goto(`${running.server.base}/staff/`);
    await page.getByRole('link', { name: 'Pamiršote slaptažodį?' }).click();
    await page.locator('#forgot-email').fill('nobody@atrama.test');
    await page.getByTestId('forgot-submit').click();
    await page.getByTestId('forgot-sent').waitFor();
    await checkBoth(page, 'alerts-b-forgot-lt');
    await page.goto(`${running.server.base}/staff/reset-password?token=${'x'.repeat(40)}`);
    await page.locator('#new-password').fill('short');
    await page.getByTestId('reset-submit').click();
    await page.locator('#new-password[aria-invalid="true"]').waitFor();
    await page.locator('#new-password').fill('a brand new long passphrase');
    await page.locator('#repeat-password').fill('a brand new long passphrase');
    await page.getByTestId('reset-submit').click();
    await page.getByTestId('reset-spent').waitFor();
    await page.getByRole('link', { name: 'Paprašyti naujos nuorodos' }).waitFor();
    await checkBoth(page, 'alerts-b-reset-lt');
  });

  it('the administrator sees the mail not sent; the data protection officer registers a request and marks it answered', async () => {
    const admin = await newPage('desktop');
    await admin.goto(`${running.server.base}/staff/`);
    await admin.locator('#login-email').fill('admin@atrama.test');
    await admin.locator('#login-password').fill(DEMO_PASSWORD);
    await admin.getByTestId('login-submit').click();
    const secret = (await admin.getByTestId('totp-secret').textContent())!.replace(/\s+/g, '');
    await admin.locator('#enrol-code').fill(currentTotp(secret, 'admin@atrama.test'));
    await admin.getByTestId('enrol-submit').click();
    await admin.getByTestId('recovery-saved').click();
    await admin.getByTestId('shortcut-mail').getByRole('link').click();
    await admin.locator('#mail-list-heading').waitFor();
    await checkBoth(admin, 'alerts-c-mail-lt');

    const dpo = await newPage('desktop');
    await dpo.goto(`${running.server.base}/staff/`);
    await dpo.locator('#login-email').fill('dpo@atrama.test');
    await dpo.locator('#login-password').fill(DEMO_PASSWORD);
    await dpo.getByTestId('login-submit').click();
    await dpo.locator('#totp-code').fill(currentTotp(DEMO_TOTP_SECRET, 'dpo@atrama.test'));
    await dpo.getByTestId('totp-submit').click();
    await dpo.getByTestId('shortcut-requests').getByRole('link').click();
    await dpo.getByTestId('request-kind').selectOption('access');
    await dpo.getByTestId('request-channel').selectOption('letter');
    await dpo.locator('#request-case').fill('ATR-2026-000001');
    await dpo.getByTestId('request-register').getByRole('button').click();
    const request = dpo.locator('li[data-testid^="request-"]', { hasText: 'ATR-2026-000001' });
    await request.first().waitFor();
    await checkBoth(dpo, 'alerts-c-requests-lt');
    await request.first().getByTestId('request-answered').getByRole('button').click();
    await request.first().getByText('Atsakyta', { exact: true }).waitFor();
  });
});
