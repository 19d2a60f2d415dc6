import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentTotp } from '../../src/access/totp.ts';
import { DEMO_TOTP_SECRET } from '../../src/demo/staff.ts';
import { apiFor, serverAndBrowser, shoot, staffSteps } from './support.ts';

// Trainings and the national action plan in the built app (seeds 003, 004): the Caritas manager
// records a training; the national coordinator sees the plan with its late measures and adds one for
// Caritas; the Caritas manager reports on its first year; the coordinator downloads the year's report
// as a PDF; the statistician reads the participants by profession.
describe('trainings and the action plan in Chromium', () => {
  const running = serverAndBrowser();
  const { newPage, logIn, check, checkBoth } = staffSteps(running);
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Vilnius' }).format(Date.now());
  const year = Number(today.slice(0, 4));
  const code = `E-${Date.now() % 100000}`;
  let measureUrl = '';

  /** A second-factor code not used yet: a code is accepted once, so the next login waits for the next one. */
  let lastCode = '';
  async function unusedCode() {
    let code = currentTotp(DEMO_TOTP_SECRET, 'coordinator@atrama.test');
    while (code === lastCode) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      code = currentTotp(DEMO_TOTP_SECRET, 'coordinator@atrama.test');
    }
    lastCode = code;
    return code;
  }

  async function logInCoordinator(page: Page) {
    await page.goto(`${running.server.base}/staff/`);
    await page.locator('#login-email').fill('coordinator@atrama.test');
    await page.locator('#login-password').fill('demo-atrama-2026');
    await page.getByTestId('login-submit').click();
    await page.locator('#totp-code').fill(await unusedCode());
    await page.getByTestId('totp-submit').click();
    await page.getByTestId('home-acting-as').waitFor();
  }

  it('the Caritas manager records a training of police and social workers', async () => {
    const page = await newPage('desktop');
    await logIn(page, 'manager@atrama.test');
    await page.getByRole('navigation').getByRole('link', { name: 'Mokymai' }).click();
    await page.getByTestId('trainings-list').waitFor();
    await checkBoth(page, 'programme-a-trainings-lt');
    await page.locator('#training-held-on').fill(`${year}-03-04`);
    await page.locator('#training-topic').fill('Nusikaltimo požymiai darbo vietoje');
    await page.locator('#training-hours').fill('5');
    await page.locator('#training-audience-police').fill('11');
    await page.locator('#training-audience-social_workers').fill('7');
    await page.locator('#training-funding').fill('800');
    await page.getByTestId('training-form').getByRole('button', { name: 'Užrašyti mokymus' }).click();
    await page.getByText('Mokymai užrašyti.').waitFor();
    const recorded = page.getByTestId('training').filter({ hasText: 'Nusikaltimo požymiai darbo vietoje' });
    await recorded.waitFor();
    expect(await recorded.textContent()).toContain('Iš viso dalyvių: 18');
    await page.getByTestId('awareness-list').waitFor();
    await check(page, 'programme-b-training-recorded-lt-desktop');
  }, 120_000);

  it('the coordinator sees late measures marked and adds one for Caritas; a deadline before the start is refused', async () => {
    const page = await newPage('desktop');
    await logInCoordinator(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Veiksmų planas' }).click();
    const late = page.locator('[data-testid="measure"].measure-late');
    await late.first().waitFor();
    expect(await late.first().getByTestId('measure-state').getAttribute('data-state')).toBe('late');
    await checkBoth(page, 'programme-c-plan-lt');
    await page.getByTestId('lang-en').click();
    await page.getByText('National action plan').first().waitFor();
    await checkBoth(page, 'programme-c-plan-en');
    await page.getByTestId('lang-lt').click();

    const manager = await apiFor(running.server.base, 'manager@atrama.test');
    const orgs = (await (await manager('GET', '/api/organisations')).json()) as {
      items: { id: string; slug: string }[];
    };
    const caritas = orgs.items.find(
      (o) => o.slug === 'caritas-centre-against-human-trafficking-and-exploitation',
    )!.id;
    await page.getByTestId('measure-add').click();
    await page.locator('#measure-code').fill(code);
    await page.locator('#measure-title-lt').fill('Pedagogų mokymai');
    await page.locator('#measure-title-en').fill('Training of teachers');
    await page.locator('#measure-goal-lt').fill('Pedagogai atpažįsta rizikos ženklus.');
    await page.locator('#measure-goal-en').fill('Teachers recognise the signs of risk.');
    await page.locator('#measure-responsible').selectOption(caritas);
    await page.locator('#measure-starts-on').fill(`${year - 1}-01-01`);
    await page.locator('#measure-deadline').fill(`${year - 2}-12-31`);
    await page.locator('#measure-indicator-0-lt').fill('Apmokyta pedagogų');
    await page.locator('#measure-indicator-0-en').fill('Teachers trained');
    await page.locator('#measure-indicator-0-target').fill('150');
    const submit = page.getByTestId('measure-form').getByRole('button', { name: 'Pridėti priemonę' });
    await submit.click();
    await page.getByText('Įvykdymo terminas negali būti ankstesnis už pradžią.').waitFor();
    await check(page, 'programme-d-measure-refused-lt-desktop');
    await page.locator('#measure-deadline').fill(`${year + 1}-12-31`);
    await submit.click();
    await page.getByRole('heading', { name: `${code} Pedagogų mokymai` }).waitFor();
    measureUrl = page.url();
    expect(await page.getByTestId('measure-state').getAttribute('data-state')).toBe('late');
    await checkBoth(page, 'programme-e-measure-lt');
  }, 120_000);

  it('the Caritas manager reports on the first year, and the coordinator downloads it as a PDF', async () => {
    const page = await newPage('desktop');
    await logIn(page, 'manager@atrama.test');
    await page.goto(measureUrl);
    await page.getByTestId('report-form').waitFor();
    await page.locator('#report-year').selectOption(String(year - 1));
    await page.locator('#report-summary').fill('Surengti trys mokymai mokykloms.');
    await page.getByTestId('report-progress-in_progress').check();
    await page.locator('input[id^="report-achieved-"]').fill('64');
    await page.getByTestId('report-form').getByRole('button', { name: 'Pateikti ataskaitą' }).click();
    await page.getByText('Ataskaita pateikta.').waitFor();
    const report = page.getByTestId('report').first();
    expect(await report.textContent()).toContain('Surengti trys mokymai mokykloms.');
    expect(await page.getByTestId('measure-state').getAttribute('data-state')).toBe('in_progress');
    expect(await page.getByTestId('indicators').textContent()).toContain('pasiekta 64');
    await checkBoth(page, 'programme-f-reported-lt');

    const coordinator = await newPage('desktop');
    await logInCoordinator(coordinator);
    await coordinator.goto(measureUrl);
    await coordinator.getByTestId('report-pdf').waitFor();
    await coordinator.locator('#report-file-year').selectOption(String(year - 1));
    expect(await coordinator.getByTestId('report-form').count()).toBe(0);
    const [file] = await Promise.all([
      coordinator.waitForEvent('download'),
      coordinator.getByTestId('report-pdf').click(),
    ]);
    expect(file.suggestedFilename()).toBe(`measure-${code}-${year - 1}-lt.pdf`);
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await shoot(coordinator, 'programme-g-measure-coordinator-lt-desktop');
  }, 120_000);

  it('the statistician reads training participants by profession', async () => {
    const page = await newPage('desktop');
    await logIn(page, 'statistician@atrama.test');
    await page.goto(`${running.server.base}/staff/statistics`);
    await page.getByTestId('statistics-indicator').selectOption('training_participants');
    const table = page.getByTestId('breakdown-table');
    await expect
      .poll(() => table.locator('tr[data-key="police"] th').textContent())
      .toBe('Policijos pareigūnai');
    // The tables of trainings and the plan sit beside the indicators, for the same period.
    const measures = page.getByTestId('programme-action_plan_measures');
    await measures.waitFor();
    expect(await measures.locator('tr[data-key="late"] th').textContent()).toBe('Vėluoja');
    await checkBoth(page, 'programme-h-statistics-lt');
  }, 120_000);
});
