import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentTotp } from '../../src/access/totp.ts';
import { DEMO_TOTP_SECRET } from '../../src/demo/staff.ts';
import { apiFor as actingFor, apiAs, serverAndBrowser, staffSteps } from './support.ts';

// A second look in the built app: Caritas asks its manager's approval for plans; the manager finds
// the plan in "My work", returns it with comments, the worker reads them and agrees the plan again
// with the person, and the manager approves it. Then the team asks the national coordinator to
// reconsider an identification decision, and the coordinator decides.
describe('approvals in Chromium', () => {
  const running = serverAndBrowser();
  const { newPage, logIn, checkBoth } = staffSteps(running);
  const CARITAS = 'caritas-centre-against-human-trafficking-and-exploitation';
  const day = (n = 0) =>
    new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Vilnius' }).format(Date.now() + n * 86_400_000);
  const apiFor = (email: string, slug?: string) => actingFor(running.server.base, email, slug);

  /** A Caritas case recorded through the API, with one measure planned. */
  async function caritasCase(): Promise<{ caseId: string; reference: string }> {
    const caritas = await apiFor('case.worker@atrama.test', CARITAS);
    const draft = randomUUID();
    const data = {
      kind: 'trafficking',
      metAt: new Date(Date.now() - 86_400_000).toISOString(),
      municipality: 'Vilniaus miesto savivaldybė',
      firstContactKind: 'ngo',
      exploitationForms: ['ForcedLabour'],
      sex: 'female',
      age: 27,
      citizenship: 'UA',
      consents: [{ scope: 'referral_to_national_contact_point', method: 'spoken' }],
    };
    expect((await caritas('PUT', `/api/intake-drafts/${draft}`, { data })).status).toBe(200);
    const submitted = await caritas('POST', `/api/intake-drafts/${draft}/submit`, {});
    expect(submitted.status).toBe(201);
    const { caseId } = (await submitted.json()) as { caseId: string };
    const page = (await (await caritas('GET', `/api/cases/${caseId}`)).json()) as {
      reference: string;
      team: { id: string }[];
    };
    const item = await caritas('POST', `/api/cases/${caseId}/assistance/plan-items`, {
      need: 'accommodation',
      measure: 'temporary_accommodation',
      organisationId: page.team[0]!.id,
      dueOn: day(7),
    });
    expect(item.status).toBe(200);
    return { caseId, reference: page.reference };
  }

  async function openPlan(page: Page, caseId: string) {
    await page.goto(`${running.server.base}/staff/cases/${caseId}`);
    await page.getByTestId('assistance-tab-plan').click();
    await page.getByTestId('plan-items').waitFor();
  }

  it('a manager returns a plan with comments and then approves it', async () => {
    const manager = await apiFor('manager@atrama.test');
    // The manager decides that Caritas's plans and closures wait for approval.
    const boss = await newPage('desktop');
    await logIn(boss, 'manager@atrama.test');
    await boss.goto(`${running.server.base}/staff/caseload`);
    const settings = boss.getByTestId('approval-settings');
    await settings.waitFor();
    await boss.getByTestId('approval-subject-plan').check();
    await boss.getByTestId('approval-subject-closure').check();
    await checkBoth(boss, 'approvals-settings-lt');
    await settings.getByRole('button', { name: 'Išsaugoti' }).click();
    await expect
      .poll(
        async () =>
          ((await (await manager('GET', '/api/approval-settings')).json()) as { subjects: string[] })
            .subjects,
      )
      .toEqual(['plan', 'closure']);
    const { caseId, reference } = await caritasCase();

    // The worker agrees the plan with the person: it now waits for the manager.
    const worker = await newPage('desktop');
    await logIn(worker, 'case.worker@atrama.test', /Centras prieš prekybą/);
    await openPlan(worker, caseId);
    await worker.locator('#plan-victim-words').fill('Sutinku gyventi prieglaudoje, kol rasiu darbą.');
    await worker.getByTestId('plan-agreement-form').getByRole('button').click();
    await expect.poll(() => worker.getByTestId('plan-status').textContent()).toContain('laukia patvirtinimo');
    await worker.getByTestId('approvals-plan').getByTestId('approval-pending').waitFor();

    // The manager finds it in My work and returns it with comments.
    await boss.goto(`${running.server.base}/staff/`);
    await boss.getByTestId('work-approvals').waitFor();
    await checkBoth(boss, 'approvals-my-work-lt');
    await boss.getByTestId('work-approvals').getByRole('link', { name: reference }).click();
    await boss.getByTestId('assistance-tab-plan').click();
    const decision = boss.getByTestId('approval-decision-plan');
    await decision.waitFor();
    await decision.getByRole('button', { name: 'Grąžinti su pastabomis' }).click();
    await expect.poll(() => decision.locator('.field-error').count()).toBeGreaterThan(0);
    await decision.locator('textarea').fill('Įrašykite vertėją: ji prašė ukrainiečių kalbos vertėjo.');
    await checkBoth(boss, 'approvals-plan-decide-lt');
    await decision.getByRole('button', { name: 'Grąžinti su pastabomis' }).click();
    await boss.getByTestId('approvals-plan').getByTestId('approval-returned').waitFor();

    // The worker reads the comments: the plan is a draft again; agreed anew, it waits once more.
    await worker.setViewportSize({ width: 390, height: 844 });
    await openPlan(worker, caseId);
    await expect
      .poll(() => worker.getByTestId('approval-comments').textContent())
      .toContain('ukrainiečių kalbos vertėjo');
    expect(await worker.getByTestId('plan-status').textContent()).toContain('Grąžintas');
    await worker.setViewportSize({ width: 1280, height: 800 });
    await checkBoth(worker, 'approvals-plan-returned-worker-lt');
    await worker.locator('#plan-victim-words').fill('Sutinku; vertėja atvyks ketvirtadienį.');
    await worker.getByTestId('plan-agreement-form').getByRole('button').click();
    await expect.poll(() => worker.getByTestId('plan-status').textContent()).toContain('laukia patvirtinimo');

    // The manager approves: the plan is agreed, and its review day is a deadline.
    await openPlan(boss, caseId);
    await boss.getByTestId('approval-decision-plan').getByRole('button', { name: 'Patvirtinti' }).click();
    await expect.poll(() => boss.getByTestId('plan-status').textContent()).toBe('Suderintas');
    await checkBoth(boss, 'approvals-plan-approved-lt');
    await openPlan(worker, caseId);
    await expect.poll(() => worker.getByTestId('plan-status').textContent()).toBe('Suderintas');

    // Closing waits for approval too: the worker asks, the case stays open until the manager approves.
    await worker.getByTestId('transition-close').click();
    await worker.locator('#transition-reason').fill('Ji grįžo pas šeimą Ukrainoje.');
    await worker.getByTestId('transition-form').getByRole('button').click();
    await worker.getByTestId('approvals-closure').getByTestId('approval-pending').waitFor();
    await checkBoth(worker, 'approvals-closure-asked-worker-lt');
    await boss.goto(`${running.server.base}/staff/cases/${caseId}`);
    const closure = boss.getByTestId('approval-decision-closure');
    await closure.waitFor();
    await checkBoth(boss, 'approvals-closure-decide-lt');
    await closure.getByRole('button', { name: 'Patvirtinti' }).click();
    await boss.getByTestId('approvals-closure').getByTestId('approval-approved').waitFor();
    const closed = (await (await manager('GET', `/api/cases/${caseId}`)).json()) as { state: string };
    expect(closed.state).toBe('closed');
    await worker
      .getByTestId('deadlines-list')
      .waitFor()
      .catch(() => undefined);
  }, 240_000);

  it('the team asks to reconsider an identification decision and the coordinator decides', async () => {
    const { caseId } = await caritasCase();
    const coordinator = await apiAs(running.server.base, 'coordinator@atrama.test', true);
    const used = currentTotp(DEMO_TOTP_SECRET, 'coordinator@atrama.test');
    const read = async () =>
      (await (await coordinator('GET', `/api/cases/${caseId}`)).json()) as { version: number };
    const decided = await coordinator('POST', `/api/cases/${caseId}/decisions/identification`, {
      outcome: 'not_identified',
      reasons: 'Nėra kontrolės požymių.',
      decidedOn: day(),
      version: (await read()).version,
    });
    expect(decided.status).toBe(200);

    const worker = await newPage('desktop');
    await logIn(worker, 'case.worker@atrama.test', /Centras prieš prekybą/);
    await worker.goto(`${running.server.base}/staff/cases/${caseId}`);
    const ask = worker.getByTestId('reconsideration-request');
    await ask.waitFor();
    await worker.getByTestId('reconsideration-by-representative').click();
    await ask.locator('textarea').fill('Advokatė turi žinutes, kuriomis verbuotojas grasino jos motinai.');
    await checkBoth(worker, 'reconsideration-request-lt');
    await ask.getByRole('button').click();
    await worker.getByTestId('reconsideration-pending').waitFor();

    // The coordinator logs in with a code the API login has not used.
    while (currentTotp(DEMO_TOTP_SECRET, 'coordinator@atrama.test') === used) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    const desk = await newPage('desktop');
    await desk.goto(`${running.server.base}/staff/`);
    await desk.locator('#login-email').fill('coordinator@atrama.test');
    await desk.locator('#login-password').fill('demo-atrama-2026');
    await desk.getByTestId('login-submit').click();
    await desk.locator('#totp-code').fill(currentTotp(DEMO_TOTP_SECRET, 'coordinator@atrama.test'));
    await desk.getByTestId('totp-submit').click();
    await desk.getByTestId('home-acting-as').waitFor();
    await desk.goto(`${running.server.base}/staff/cases/${caseId}`);
    const decide = desk.getByTestId('reconsideration-decision');
    await decide.waitFor();
    expect(await desk.getByTestId('reconsideration-pending').textContent()).toContain('grasino jos motinai');
    await desk.getByTestId('reconsideration-outcome-identified').click();
    await decide.locator('textarea').fill('Žinutės rodo kontrolę per grasinimus šeimai.');
    await checkBoth(desk, 'reconsideration-decide-lt');
    await decide.getByRole('button').click();
    await desk.getByTestId('reconsideration-decided').waitFor();
    expect(await desk.getByTestId('reconsideration-decided').textContent()).toContain('Sprendimas pakeistas');
    await checkBoth(desk, 'reconsideration-decided-lt');
  }, 180_000);
});
