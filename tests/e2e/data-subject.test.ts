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

// The data protection officer answers a person's requests in the staff app: finds her by the case
// reference, downloads her data, restricts processing, then erases her.
describe('data protection officer in Chromium', () => {
  const running = serverAndBrowser();

  /** A border guard records a named person through the API, as the intake screen would. */
  async function recordCase(): Promise<string> {
    const guard = await apiAs(running.server.base, 'border.guard@atrama.test');
    return (await recordNamedPerson(guard)).reference;
  }

  it('finds the person by case reference, exports, restricts and erases', async () => {
    const reference = await recordCase();
    const context = await running.browser.newContext({ viewport: VIEWPORTS.desktop, bypassCSP: true });
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(`${running.server.base}/staff/`);
    await page.getByTestId('lang-en').click();
    await page.locator('#login-email').fill('dpo@atrama.test');
    await page.locator('#login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.locator('#totp-code').fill(currentTotp(DEMO_TOTP_SECRET, 'dpo@atrama.test'));
    await page.getByTestId('totp-submit').click();
    await page.getByTestId('shortcut-subjects').getByRole('link').click();

    await page.locator('#subject-case').fill(reference.toLowerCase());
    await page.getByTestId('subject-find').click();
    await expect.poll(() => page.getByTestId('subject-name').textContent()).toBe('Олена Коваленко');
    expect(await page.locator('#subject-export-language').inputValue()).toBe('uk');
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'dpo-subject-en-desktop');

    // The download links carry the session: the PDF is the person's copy, in Ukrainian.
    const pdfHref = await page.getByTestId('subject-export-pdf').getAttribute('href');
    const pdf = await context.request.get(`${running.server.base}${pdfHref}`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await page.locator('#subject-restriction-reason').fill('She contests the recorded facts.');
    await page.getByTestId('subject-restriction').getByRole('button').click();
    await expect
      .poll(() => page.getByTestId('subject-restriction-state').textContent())
      .toMatch(/^Restricted since/);
    await page.getByTestId('subject-restriction-history').waitFor();

    await page.getByTestId('subject-erase-open').click();
    await page.getByTestId('subject-erase').getByRole('button').click();
    await page.getByText("Type the reference of one of this person's cases.").waitFor();
    await page.locator('#subject-erase-confirm').fill(reference);
    await page.locator('#subject-erase-understood').check();
    await shoot(page, 'dpo-subject-erase-en-desktop');
    await page.getByTestId('subject-erase').getByRole('button').click();
    await page.getByTestId('subject-erased').waitFor();
    expect(await page.getByTestId('subject-name').count()).toBe(0);
    await shoot(page, 'dpo-subject-erased-en-desktop');
    await context.close();
  });
});
