import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../src/access/tables.ts';
import { alerts } from '../../src/alerts/tables.ts';
import { cases, intakeDrafts, personMatchKeys } from '../../src/cases/tables.ts';
import { caseDocuments } from '../../src/documents/tables.ts';
import { people, personKeys } from '../../src/people/tables.ts';
import { runRetention } from '../../src/retention/run.ts';
import { backends, type Client, loginAs, startTestApp, type TestApp } from '../support/harness.ts';

// Retention on a real database: a dry run lists and changes nothing; a run anonymises closed cases past
// their period (identity, notes and reasons unreadable; statistics facts kept), deletes old drafts and
// sessions, and a second run changes nothing.

const DAY = 86_400_000;

describe.each(backends())('retention on %s', (backend) => {
  let app: TestApp;
  let guard: Client;
  let coordinator: Client;

  async function closedCase(name: string) {
    const draft = randomUUID();
    await guard.request('PUT', `/api/intake-drafts/${draft}`, {
      data: {
        kind: 'trafficking',
        metAt: '2016-03-14T09:30:00Z',
        municipality: 'Kaunas',
        placeNote: 'Truck stop on the A1',
        firstContactKind: 'border_guard',
        exploitationForms: ['ForcedLabour'],
        sex: 'female',
        age: 27,
        citizenship: 'UA',
        identity: { givenName: name, familyName: 'Melnyk', birthDate: '1989-01-02' },
        consents: [{ scope: 'referral_to_national_contact_point', method: 'spoken' }],
      },
    });
    const { caseId } = (await guard.request('POST', `/api/intake-drafts/${draft}/submit`)).json() as {
      caseId: string;
    };
    await guard.request('POST', `/api/cases/${caseId}/notes`, {
      text: `Note about ${name}`,
      visibility: 'team',
    });
    const attached = await guard.request(
      'POST',
      `/api/cases/${caseId}/documents?kind=consent&name=${encodeURIComponent(`${name} consent.pdf`)}`,
      Buffer.from(`%PDF-1.7\n% signed by ${name}\n%%EOF\n`, 'latin1'),
    );
    expect(attached.status, attached.body).toBe(201);
    // Deciding takes the referral up, which puts the national point of contact on the team to close it.
    let view = (await coordinator.request('GET', `/api/cases/${caseId}`)).json() as { version: number };
    const decided = await coordinator.request('POST', `/api/cases/${caseId}/decisions/identification`, {
      outcome: 'not_identified',
      reasons: `Decided for ${name}`,
      decidedOn: '2016-04-01',
      version: view.version,
    });
    view = decided.json() as { version: number };
    const closed = await coordinator.request('POST', `/api/cases/${caseId}/transitions`, {
      transition: 'close',
      version: view.version,
      reason: `Closed for ${name}`,
    });
    expect(closed.status, closed.body).toBe(200);
    return caseId;
  }

  beforeAll(async () => {
    app = await startTestApp(backend);
    guard = await loginAs(app, 'border.guard@atrama.test');
    coordinator = await loginAs(app, 'coordinator@atrama.test');
  });
  afterAll(() => app?.close());

  it('lists in a dry run, anonymises in a run, and changes nothing the second time', async () => {
    const { db } = app.services.database;
    const { retention } = app.services.config;
    const old = await closedCase('Oksana');
    const recent = await closedCase('Iryna');
    const kept = await closedCase('Larysa');
    // The first and third cases were closed eleven years ago; the second today.
    for (const id of [old, kept]) {
      await db
        .update(cases)
        .set({ closedAt: new Date(Date.now() - 4015 * DAY) })
        .where(eq(cases.id, id));
    }
    // The third person's data is under a restriction (say, a legal claim): retention leaves it.
    const dpo = await loginAs(app, 'dpo@atrama.test');
    const [keptCase] = await db.select().from(cases).where(eq(cases.id, kept));
    const restricted = await dpo.request('POST', `/api/people/${keptCase!.personId}/restriction`, {
      restricted: true,
      reason: 'Evidence in a pending claim',
    });
    expect(restricted.status, restricted.body).toBe(200);
    const staleDraft = randomUUID();
    await guard.request('PUT', `/api/intake-drafts/${staleDraft}`, { data: { municipality: 'Alytus' } });
    await db
      .update(intakeDrafts)
      .set({ updatedAt: new Date(Date.now() - 45 * DAY) })
      .where(eq(intakeDrafts.id, staleDraft));
    const freshDraft = randomUUID();
    await guard.request('PUT', `/api/intake-drafts/${freshDraft}`, { data: { municipality: 'Utena' } });
    await db.insert(sessions).values({
      tokenHash: randomUUID(),
      userId: ((await db.execute(sql`select id from users limit 1`)) as unknown as { rows: { id: string }[] })
        .rows[0]!.id,
      stage: 'active',
      lastSeenAt: new Date(Date.now() - 200 * DAY),
      absoluteExpiresAt: new Date(Date.now() - 199 * DAY),
      endedAt: new Date(Date.now() - 199 * DAY),
    });
    // Alerts are kept 90 days.
    const someone = (
      (await db.execute(sql`select id from users limit 1`)) as unknown as { rows: { id: string }[] }
    ).rows[0]!.id;
    const [oldAlert, recentAlert] = await db
      .insert(alerts)
      .values(
        [91, 89].map((days) => ({
          userId: someone,
          kind: 'case_assigned' as const,
          link: '/cases',
          createdAt: new Date(Date.now() - days * DAY),
        })),
      )
      .returning({ id: alerts.id });
    const before = (await coordinator.request('GET', `/api/cases/${old}`)).json() as Record<string, unknown>;

    const dry = await runRetention(db, app.services.keys, retention, { dryRun: true });
    expect(dry.cases.map((c) => c.id)).toEqual([old]);
    expect(dry.drafts).toBeGreaterThanOrEqual(1);
    expect(dry.sessions).toBe(1);
    expect(dry.alerts).toBe(1);
    expect(await db.select().from(alerts).where(eq(alerts.id, oldAlert!.id))).toHaveLength(1);
    const [stillThere] = await db
      .select()
      .from(personKeys)
      .innerJoin(cases, eq(cases.personId, personKeys.personId))
      .where(eq(cases.id, old));
    expect(stillThere).toBeDefined();

    const done = await runRetention(db, app.services.keys, retention, { dryRun: false });
    expect(done.cases.map((c) => c.id)).toEqual([old]);
    const [row] = await db.select().from(cases).where(eq(cases.id, old));
    expect(row?.anonymisedAt).not.toBeNull();
    const [person] = await db.select().from(people).where(eq(people.id, row!.personId));
    expect(person?.erasedAt).not.toBeNull();
    expect(await db.select().from(personKeys).where(eq(personKeys.personId, row!.personId))).toHaveLength(0);
    expect(
      await db.select().from(personMatchKeys).where(eq(personMatchKeys.personId, row!.personId)),
    ).toHaveLength(0);
    // The files attached to the case go with the person's key.
    expect(await db.select().from(caseDocuments).where(eq(caseDocuments.caseId, old))).toHaveLength(0);
    // What statistics count is kept; what points at one person is gone.
    const after = (await coordinator.request('GET', `/api/cases/${old}`)).json() as {
      identityState: string;
      notes: unknown[];
      kind: string;
      sex: string;
      ageBand: string;
      citizenshipPathway: string;
      facts: { metAt: string; placeNote: string | null; age: number | null; exploitationForms: string[] };
      timeline: { reason: string | null }[];
    };
    expect(after.identityState).toBe('erased');
    expect(after.notes).toEqual([]);
    expect(after.timeline.every((e) => e.reason === null)).toBe(true);
    expect(JSON.stringify(after)).not.toContain('Oksana');
    expect(JSON.stringify(after)).not.toContain('Truck stop');
    expect({
      kind: after.kind,
      sex: after.sex,
      ageBand: after.ageBand,
      pathway: after.citizenshipPathway,
    }).toEqual({
      kind: before.kind,
      sex: before.sex,
      ageBand: before.ageBand,
      pathway: before.citizenshipPathway,
    });
    expect(after.facts).toMatchObject({
      metAt: '2016-03-01T00:00:00.000Z',
      placeNote: null,
      age: null,
      exploitationForms: ['ForcedLabour'],
    });
    expect(done.alerts).toBe(1);
    expect(await db.select().from(alerts).where(eq(alerts.id, oldAlert!.id))).toHaveLength(0);
    expect(await db.select().from(alerts).where(eq(alerts.id, recentAlert!.id))).toHaveLength(1);
    // The recent case, the fresh draft stay; the old draft and session are gone.
    expect((await guard.request('GET', `/api/intake-drafts/${freshDraft}`)).status).toBe(200);
    expect((await db.select().from(intakeDrafts).where(eq(intakeDrafts.id, staleDraft))).length).toBe(0);
    expect((await coordinator.request('GET', `/api/cases/${recent}`)).json()).toMatchObject({
      identityState: 'openable',
    });

    const again = await runRetention(db, app.services.keys, retention, { dryRun: false });
    expect({
      cases: again.cases,
      drafts: again.drafts,
      sessions: again.sessions,
      alerts: again.alerts,
    }).toEqual({
      cases: [],
      drafts: 0,
      sessions: 0,
      alerts: 0,
    });
  });
});
