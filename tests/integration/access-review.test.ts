import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Client, loginAs, startTestApp, type TestApp } from '../support/harness.ts';

// Break-glass and the access review: a coordinator's read of a case off the team and the opening of
// a hidden identity are flagged in the audit trail, and the monthly review lists who opened which cases.

type Flagged = { items: { action: string; recordId: string; flag: string | null; reason: string | null }[] };
type Review = {
  organisations: {
    organisation: { name: { en: string } };
    entries: {
      actorEmail: string;
      caseId: string;
      reads: number;
      outsideTeam: number;
      breakGlass: { reason: string }[];
    }[];
  }[];
};

describe.each(backends())('access review on %s', (backend) => {
  let app: TestApp;
  let guard: Client;
  let coordinator: Client;
  let auditor: Client;
  let manager: Client;
  let caseId: string;

  beforeAll(async () => {
    app = await startTestApp(backend);
    [guard, coordinator, auditor, manager] = await Promise.all([
      loginAs(app, 'border.guard@atrama.test'),
      loginAs(app, 'coordinator@atrama.test'),
      loginAs(app, 'auditor@atrama.test'),
      loginAs(app, 'manager@atrama.test'),
    ]);
    const draft = randomUUID();
    await guard.request('PUT', `/api/intake-drafts/${draft}`, {
      data: {
        kind: 'trafficking',
        metAt: '2026-11-01T10:00:00Z',
        municipality: 'Vilnius',
        firstContactKind: 'border_guard',
        exploitationForms: ['ForcedBegging'],
        sex: 'male',
        identity: { givenName: 'Petro' },
      },
    });
    caseId = (
      (await guard.request('POST', `/api/intake-drafts/${draft}/submit`)).json() as { caseId: string }
    ).caseId;
  });
  afterAll(() => app?.close());

  it('flags reads off the team and identities opened for a reason, and lists them in the monthly review', async () => {
    expect((await coordinator.request('GET', `/api/cases/${caseId}`)).status).toBe(200);
    const reason = 'The police ask whether this person is already known';
    expect((await coordinator.request('POST', `/api/cases/${caseId}/identity/open`, { reason })).status).toBe(
      200,
    );
    // The team's own reads are not flagged.
    expect((await guard.request('GET', `/api/cases/${caseId}`)).status).toBe(200);

    const flagged = (
      await auditor.request('GET', `/api/audit?flagged=true&recordId=${caseId}`)
    ).json() as Flagged;
    expect(flagged.items.map((e) => [e.action, e.flag])).toEqual([
      ['case.identity.open', 'break_glass'],
      ['case.read', 'outside_team'],
    ]);
    expect(flagged.items[0]?.reason).toBe(reason);

    const month = new Date().toISOString().slice(0, 7);
    const review = (await auditor.request('GET', `/api/audit/access-review?month=${month}`)).json() as Review;
    const ministry = review.organisations.find((o) =>
      o.organisation.name.en.startsWith('Ministry of the Interior'),
    );
    const entry = ministry?.entries.find(
      (e) => e.caseId === caseId && e.actorEmail === 'coordinator@atrama.test',
    );
    expect(entry).toMatchObject({ reads: 2, outsideTeam: 2, breakGlass: [{ reason }] });
    const border = review.organisations.find((o) => o.organisation.name.en.startsWith('State Border Guard'));
    expect(border?.entries.find((e) => e.caseId === caseId)).toMatchObject({
      reads: expect.any(Number),
      outsideTeam: 0,
    });

    // A manager sees their own organisation's accesses only.
    const own = (await manager.request('GET', `/api/audit/access-review?month=${month}`)).json() as Review;
    expect(own.organisations.every((o) => o.organisation.name.en.startsWith("Caritas' Centre"))).toBe(true);
    expect((await guard.request('GET', `/api/audit/access-review?month=${month}`)).status).toBe(403);
    expect((await auditor.request('GET', '/api/audit/access-review?month=2026-13')).status).toBe(400);
  });
});
