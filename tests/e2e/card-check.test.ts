import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type ApiCall, apiAs, seriousViolations, serverAndBrowser, shoot, VIEWPORTS } from './support.ts';

// Anyone handed an identification card scans its QR code on a phone: the page says whether the card
// is genuine and valid, in Lithuanian or English, and nothing about the person; once revoked, it says so.
describe('identification card check in Chromium', () => {
  const running = serverAndBrowser();

  async function identifiedCaseWithCard(manager: ApiCall, coordinator: ApiCall) {
    const draft = randomUUID();
    await manager('PUT', `/api/intake-drafts/${draft}`, {
      data: {
        kind: 'trafficking',
        metAt: new Date(Date.now() - 86_400_000).toISOString(),
        municipality: 'Vilnius',
        firstContactKind: 'ngo',
        exploitationForms: ['SexualExploitation'],
        sex: 'female',
        citizenship: 'LT',
        identity: { givenName: 'Rūta', familyName: 'Kazlauskaitė', birthDate: '2001-06-30' },
        consents: [{ scope: 'referral_to_national_contact_point', method: 'spoken' }],
      },
    });
    const { caseId } = (await (await manager('POST', `/api/intake-drafts/${draft}/submit`, {})).json()) as {
      caseId: string;
    };
    const { version } = (await (await coordinator('GET', `/api/cases/${caseId}`)).json()) as {
      version: number;
    };
    const decided = await coordinator('POST', `/api/cases/${caseId}/decisions/identification`, {
      outcome: 'identified',
      reasons: 'Recruited abroad with a false job offer; earnings taken.',
      decidedOn: new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Vilnius' }).format(new Date()),
      version,
    });
    expect(decided.status).toBe(200);
    const issued = await manager('POST', `/api/cases/${caseId}/cards`, {});
    expect(issued.status).toBe(201);
    const card = ((await issued.json()) as { cards: { id: string; number: string; verifyPath: string }[] })
      .cards[0]!;
    return { caseId, card };
  }

  it('shows a valid card, then a revoked one, with no personal data', async () => {
    const base = running.server.base;
    const manager = await apiAs(base, 'manager@atrama.test');
    const coordinator = await apiAs(base, 'coordinator@atrama.test', true);
    const { caseId, card } = await identifiedCaseWithCard(manager, coordinator);

    // The accessibility checker is injected as a script, which the page's policy would refuse.
    const context = await running.browser.newContext({ viewport: VIEWPORTS.phone, bypassCSP: true });
    const page = await context.newPage();
    for (const lang of ['lt', 'en'] as const) {
      await page.goto(`${base}${card.verifyPath}?lang=${lang}`);
      const text = await page.locator('main').textContent();
      expect(text).toContain(card.number);
      for (const secret of ['Rūta', 'Kazlauskaitė', '2001', caseId]) expect(text).not.toContain(secret);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await shoot(page, `card-check-valid-${lang}-phone`);
      expect(await seriousViolations(page)).toEqual([]);
    }
    // Under the page's own policy (no bypass), its inline style is allowed by its hash and applies.
    const honest = await running.browser.newContext({ viewport: VIEWPORTS.phone });
    const plain = await honest.newPage();
    await plain.goto(`${base}${card.verifyPath}`);
    expect(
      await plain.evaluate(() => document.querySelector('style')?.sheet?.cssRules.length ?? 0),
    ).toBeGreaterThan(0);
    await honest.close();

    const revoked = await manager('POST', `/api/cases/${caseId}/cards/${card.id}/revoke`, {
      reason: 'Lost; a new card will be issued.',
    });
    expect(revoked.status).toBe(200);
    await page.goto(`${base}${card.verifyPath}?lang=en`);
    expect(((await page.locator('main').textContent()) ?? '').toLowerCase()).toContain('revoked');
    await shoot(page, 'card-check-revoked-en-phone');

    await page.goto(`${base}/verify/card/${'x'.repeat(24)}?lang=lt`);
    expect(await page.locator('main').textContent()).not.toContain(card.number);
    await shoot(page, 'card-check-unknown-lt-phone');
    await context.close();
  });
});
