import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiCall, apiFor as actingFor, serverAndBrowser, shoot, staffSteps } from './support.ts';

// Statistics in the built app (seeds 002, 004): support services record a handful of people and the
// services they gave this year; the statistician reads the yearly table and a breakdown and downloads
// them, the Caritas manager sees Caritas's figures only, the funding ministry records an allocation,
// and anyone reads the published figures with JavaScript off, every small count hidden, in
// Lithuanian and English.
describe('statistics in Chromium', () => {
  const running = serverAndBrowser();
  const { newPage, logIn, check, checkBoth } = staffSteps(running);
  const CARITAS = 'caritas-centre-against-human-trafficking-and-exploitation';
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Vilnius' }).format(Date.now());
  const year = Number(today.slice(0, 4));

  const apiFor = (email: string, slug?: string) => actingFor(running.server.base, email, slug);

  /** A support service records a person who came to it, and the services it gave them today. */
  async function personWithServices(worker: ApiCall, person: Record<string, unknown>, services: string[]) {
    const draft = randomUUID();
    const data = {
      metAt: new Date(Date.now() - 3_600_000).toISOString(),
      municipality: 'Vilniaus miesto savivaldybė',
      firstContactKind: 'self_referral',
      citizenship: 'LT',
      consents: [{ scope: 'referral_to_support_service', method: 'spoken' }],
      ...person,
    };
    expect((await worker('PUT', `/api/intake-drafts/${draft}`, { data })).status).toBe(200);
    const submitted = await worker('POST', `/api/intake-drafts/${draft}/submit`, {});
    expect(submitted.status, await submitted.clone().text()).toBe(201);
    const { caseId } = (await submitted.json()) as { caseId: string };
    const given = await worker('POST', `/api/cases/${caseId}/assistance/services`, {
      services: services.map((type) => ({ type, givenOn: today, mode: 'in_person' })),
    });
    expect(given.status, await given.clone().text()).toBe(200);
  }

  // Caritas: a Ukrainian woman (trafficking), a man who stays anonymous (fraud), a girl of 15 with a
  // disability (domestic violence); Klaipėda: a woman of 52 (violent crime). Six services in all.
  beforeAll(async () => {
    const caritas = await apiFor('case.worker@atrama.test', CARITAS);
    const klaipeda = await apiFor('klaipeda.worker@atrama.test');
    const named = (givenName: string) => ({ identity: { givenName, familyName: 'Testaitė' } });
    await personWithServices(
      caritas,
      {
        kind: 'trafficking',
        exploitationForms: ['ForcedLabour'],
        sex: 'female',
        age: 31,
        citizenship: 'UA',
        ...named('Olena'),
      },
      ['crisis_intervention', 'emotional_support'],
    );
    await personWithServices(caritas, { kind: 'other_crime', otherCrime: 'fraud', sex: 'male', age: 44 }, [
      'legal_information',
    ]);
    await personWithServices(
      caritas,
      {
        kind: 'other_crime',
        otherCrime: 'domestic_violence',
        sex: 'female',
        age: 15,
        disability: true,
        ...named('Ona'),
      },
      ['psychological_consultation', 'accompaniment'],
    );
    await personWithServices(
      klaipeda,
      {
        kind: 'other_crime',
        otherCrime: 'violent_crime',
        sex: 'female',
        age: 52,
        municipality: 'Klaipėdos miesto savivaldybė',
        ...named('Rūta'),
      },
      ['crisis_intervention'],
    );
  }, 120_000);

  const yearly = (page: Page, key: string) => page.getByTestId(`yearly-${key}`).textContent();

  /** A file the page downloads when the link is clicked, as text. */
  async function download(page: Page, testId: string) {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    const path = await file.path();
    return { name: file.suggestedFilename(), bytes: readFileSync(path) };
  }

  it('the statistician reads the yearly table, breaks services down by type and downloads both', async () => {
    // Under the app's own Content-Security-Policy the tables and the charts load with no violation.
    const strict = await newPage('desktop', {});
    const violations: string[] = [];
    strict.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    await logIn(strict, 'statistician@atrama.test');
    await strict.goto(`${running.server.base}/staff/statistics`);
    await strict.getByTestId('statistics-indicator').selectOption('services_given');
    await strict.getByTestId('breakdown').locator('.figure-chart svg').waitFor();
    expect(violations).toEqual([]);

    const page = await newPage('desktop');
    await logIn(page, 'statistician@atrama.test');
    await page.getByRole('navigation').getByRole('link', { name: 'Statistika' }).click();
    await expect.poll(() => yearly(page, 'registeredVictims')).toBe('4');
    expect(await yearly(page, 'acceptedHelp')).toBe('4');
    expect(await yearly(page, 'women')).toBe('2');
    expect(await yearly(page, 'men')).toBe('1');
    expect(await yearly(page, 'children')).toBe('1');
    expect(await yearly(page, 'withDisability')).toBe('1');
    expect(await yearly(page, 'anonymous')).toBe('1');
    expect(await yearly(page, 'servicesGiven')).toBe('6');
    expect(await yearly(page, 'servicesPerPerson')).toBe('1,5');
    expect(await page.getByTestId(`statistics-year-${year}`).getAttribute('aria-pressed')).toBe('true');
    await checkBoth(page, 'statistics-a-yearly-lt');

    await page.getByTestId('statistics-indicator').selectOption('services_given');
    const table = page.getByTestId('breakdown-table');
    await expect.poll(() => table.locator('tr[data-key="crisis_intervention"] td').textContent()).toBe('2');
    expect(await table.locator('tr[data-key="crisis_intervention"] th').textContent()).toBe(
      'Krizių intervencija',
    );
    expect(await table.locator('tfoot td').textContent()).toBe('6');
    await page.getByTestId('breakdown').locator('.figure-chart svg').waitFor();
    expect(await page.getByTestId('breakdown').locator('.recharts-bar-rectangle').count()).toBe(5);
    await checkBoth(page, 'statistics-a-breakdown-lt');

    for (const id of [
      'download-yearly-csv',
      'download-yearly-xlsx',
      'download-breakdown-csv',
      'download-breakdown-xlsx',
    ]) {
      const file = await download(page, id);
      expect(file.bytes.length, id).toBeGreaterThan(0);
      expect(file.name, id).toMatch(id.endsWith('csv') ? /\.csv$/ : /\.xlsx$/);
    }
    expect((await download(page, 'download-breakdown-csv')).bytes.toString()).toContain(
      'crisis_intervention',
    );
    // For publication every count here is under five: the file keeps the rows and leaves them empty.
    await page.locator('#statistics-for-publication').check();
    const publishable = (await download(page, 'download-yearly-csv')).bytes.toString();
    expect(publishable).toContain('registeredVictims');
    expect(publishable).not.toMatch(/registeredVictims\W+4/);

    await page.getByTestId('open-data-show-report').click();
    await page.getByTestId('open-data-report').waitFor();
    expect((await download(page, 'open-data-file')).bytes.length).toBeGreaterThan(0);
    await check(page, 'statistics-a-open-data-lt-desktop');
  }, 180_000);

  it('the Caritas manager sees only Caritas figures, never more than the whole country', async () => {
    const statistician = await apiFor('statistician@atrama.test');
    const period = `from=${year}-01-01&to=${year}-12-31`;
    const national = (await (await statistician('GET', `/api/statistics/summary?${period}`)).json()) as {
      table: Record<string, number>;
    };
    const page = await newPage('desktop');
    await logIn(page, 'manager@atrama.test');
    await page.getByTestId('lang-en').click();
    await page.getByRole('navigation').getByRole('link', { name: 'Statistics' }).click();
    await page.getByTestId('statistics-own-organisation').waitFor();
    expect(await page.getByTestId('statistics-own-organisation').textContent()).toContain('Caritas');
    await expect.poll(() => yearly(page, 'registeredVictims')).toBe('3');
    expect(await yearly(page, 'servicesGiven')).toBe('5');
    for (const [key, value] of Object.entries(national.table)) {
      const shown = Number((await yearly(page, key))!.replace(',', '.'));
      if (key !== 'servicesPerPerson') expect(shown, key).toBeLessThanOrEqual(value);
    }
    expect(national.table.registeredVictims).toBe(4);
    await checkBoth(page, 'statistics-b-caritas-en');
  }, 120_000);

  it('the funding ministry records an allocation and the funding table shows it', async () => {
    const page = await newPage('desktop');
    await logIn(page, 'funding.manager@atrama.test');
    await page.getByRole('navigation').getByRole('link', { name: 'Finansavimas' }).click();
    const form = page.getByTestId('allocation-form');
    await form.waitFor();
    const funder = await apiFor('funding.manager@atrama.test');
    const organisations = (await (await funder('GET', '/api/organisations')).json()) as {
      items: { id: string; slug: string }[];
    };
    const caritas = organisations.items.find((o) => o.slug === CARITAS)!.id;
    await form.locator('#allocation-organisation').selectOption(caritas);
    await form.locator('#allocation-name-lt').fill(`Akredituota pagalba ${year}`);
    await form.locator('#allocation-name-en').fill(`Accredited assistance ${year}`);
    await form.locator('#allocation-amount').fill('21739.13');
    await checkBoth(page, 'statistics-c-funding-form-lt');
    await form.getByRole('button', { name: 'Užrašyti skyrimą' }).click();
    const row = page.getByTestId('funding-row');
    await row.first().waitFor();
    expect(await row.first().textContent()).toContain(`Akredituota pagalba ${year}`);
    expect(await row.first().textContent()).toMatch(/21\s739,13/);
    expect(await page.getByTestId('funding-total').textContent()).toMatch(/21\s739,13/);
    await checkBoth(page, 'statistics-c-funding-lt');
  }, 120_000);

  /** A page as anyone with JavaScript off reads it: no script runs, so none is needed. */
  const withoutScript = (viewport: 'desktop' | 'phone') => newPage(viewport, { javaScriptEnabled: false });

  /**
   * Screenshots and axe, which runs as a script: the same address in a page that may run one (the
   * statistics page has none of its own, so it is the same document).
   */
  async function checkAddress(url: string, name: string) {
    const page = await newPage('desktop');
    await page.goto(url);
    await checkBoth(page, name);
    await page.context().close();
  }

  // The published figures are counted at most every ten minutes, so the page is first read here,
  // after every person of the year is recorded.
  it('anyone reads the published figures with JavaScript off, small counts hidden in words, in Lithuanian and English', async () => {
    // Six more women given a service by Klaipėda this year: enough for some figures to be shown.
    const klaipeda = await apiFor('klaipeda.worker@atrama.test');
    for (const age of [25, 33, 41, 47, 58, 62]) {
      const person = { kind: 'other_crime', otherCrime: 'violent_crime', sex: 'female', age };
      await personWithServices(klaipeda, person, ['emotional_support']);
    }
    const page = await withoutScript('desktop');
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    const bytes: number[] = [];
    page.on('response', async (answer) => bytes.push((await answer.body()).length));
    const answer = await page.goto(`${running.server.base}/statistics/?year=${year}`);
    expect(answer?.headers()['cache-control']).toBe('public, max-age=600');
    expect(await page.locator('html').getAttribute('lang')).toBe('lt');
    // Ten people, twelve services: the totals are shown, a count under five is said in words.
    expect(await yearly(page, 'registeredVictims')).toBe('10');
    expect(await yearly(page, 'servicesGiven')).toBe('12');
    expect(await yearly(page, 'children')).toBe('paslėpta');
    expect(await page.locator('#hidden-note').textContent()).toContain('mažiau nei 5');
    const services = page.getByTestId('public-services-table');
    expect(await services.locator('tr[data-key="emotional_support"] td').textContent()).toBe('7');
    expect(await page.getByTestId('public-crimes-table').locator('tbody tr').count()).toBe(4);
    expect(await page.locator('svg.chart[role="img"]').count()).toBe(2);
    expect(await page.locator('script').count()).toBe(0);
    expect(violations).toEqual([]);
    // The page and its stylesheet: far under the 60 KB a phone should have to load.
    expect(bytes.reduce((a, b) => a + b, 0)).toBeLessThan(60 * 1024);
    await checkAddress(page.url(), 'statistics-d-public-lt');

    await page.getByTestId('public-language').click();
    await page.getByTestId('yearly-table').waitFor();
    expect(page.url()).toContain(`year=${year}&lang=en`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await yearly(page, 'children')).toBe('hidden');
    expect(await yearly(page, 'registeredVictims')).toBe('10');
    expect(await page.locator('#hidden-note').textContent()).toContain('fewer than 5');
    expect(await page.getByRole('link', { name: 'Need help? Find it here' }).getAttribute('href')).toBe(
      '/en/',
    );
    await checkAddress(page.url(), 'statistics-d-public-en');
    expect(await page.context().cookies()).toEqual([]);
  }, 180_000);

  it('the published figures open on the newest year that has any, and any year is a link', async () => {
    const page = await withoutScript('phone');
    await page.goto(`${running.server.base}/statistics/`);
    // The people recorded above are this year's; last year has none.
    expect(await page.locator('nav.years a[aria-current="page"]').textContent()).toBe(String(year));
    expect(await yearly(page, 'registeredVictims')).toBe('10');
    await shoot(page, 'statistics-e-public-latest-lt-phone');
    // A year asked for in the address is kept, even an empty one.
    await page
      .locator('nav.years')
      .getByRole('link', { name: String(year - 1) })
      .click();
    expect(page.url()).toContain(`year=${year - 1}&lang=lt`);
    expect(await yearly(page, 'registeredVictims')).toBe('0');
    await checkAddress(page.url(), 'statistics-e-public-empty-lt');
  }, 120_000);
});
