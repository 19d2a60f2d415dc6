import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations, sessions, users } from '../../src/access/tables.ts';
import { smtpTransport } from '../../src/alerts/mailer.ts';
import { deliverDue } from '../../src/alerts/outbox.ts';
import { notify } from '../../src/alerts/store.ts';
import { alerts, mailOutbox } from '../../src/alerts/tables.ts';
import { runAlertChecks } from '../../src/app/alert-checks.ts';
import { openDatabase } from '../../src/app/database.ts';
import type { Services } from '../../src/platform/http/context.ts';
import { backends, type Client, loginAs, startTestApp, type TestApp } from '../support/harness.ts';
import { startTestSmtp, type TestSmtp } from '../support/smtp.ts';

// Alerts through the HTTP API and a real SMTP server, on a real database: who is told of a referral,
// what the e-mail says (and never says), a deadline told once however often and wherever the check
// runs, the daily digest, a mail server that refuses or cannot be reached.

const NAME = 'Dilnoza';
const FAMILY = 'Yusupova';
const BIRTH = '1993-02-17';
const NOTE = 'Needs shelter tonight; afraid of the employer.';
const HOUR = 3_600_000;

type AlertItem = { id: string; kind: string; caseReference: string | null; link: string; read: boolean };

describe.each(backends())('alerts on %s', (backend) => {
  let app: TestApp;
  let smtp: TestSmtp;
  let guard: Client;
  let coordinator: Client;
  let caritas: Client;
  let manager: Client;
  let klaipeda: Client;
  let caseId: string;
  let reference: string;
  let caritasId: string;
  const logLines: string[] = [];
  const log = {
    info: () => {},
    warn: (_fields: object, message: string) => void logLines.push(message),
  };

  const orgId = async (slug: string) =>
    (await app.services.database.db.select().from(organisations).where(eq(organisations.slug, slug)))[0]!.id;
  const userId = async (email: string) =>
    (await app.services.database.db.select().from(users).where(eq(users.email, email)))[0]!.id;
  const transport = () =>
    smtpTransport({ smtpUrl: smtp.url, from: 'Atrama <atrama@test.invalid>', leaseMs: 60_000 });
  const send = (at = new Date()) =>
    deliverDue(
      app.services.database.db,
      app.services.keys,
      transport(),
      { publicUrl: 'https://atrama.example.lt', leaseMs: 60_000, log },
      at,
    );
  const alertsOf = async (client: Client) => {
    const answer = await client.request('GET', '/api/alerts');
    expect(answer.status, answer.body).toBe(200);
    return answer.json() as { unread: number; items: AlertItem[] };
  };
  const version = async (client: Client, id: string) =>
    ((await client.request('GET', `/api/cases/${id}`)).json() as { version: number }).version;

  /** A trafficking case opened by the border guard, with a name, a birth date and consent to share them. */
  async function openCase() {
    const id = randomUUID();
    const data = {
      kind: 'trafficking',
      metAt: new Date(Date.now() - HOUR).toISOString(),
      municipality: 'Vilnius',
      firstContactKind: 'border_guard',
      exploitationForms: ['ForcedLabour'],
      indicators: ['WithholdsDocuments'],
      sex: 'female',
      age: 31,
      citizenship: 'UZ',
      languages: ['uz', 'ru'],
      interpreterNeeded: true,
      urgentNeeds: ['shelter'],
      identity: { givenName: NAME, familyName: FAMILY, birthDate: BIRTH },
      consents: [
        { scope: 'referral_to_national_contact_point', method: 'spoken' },
        { scope: 'referral_to_support_service', method: 'spoken' },
        { scope: 'share_identity', method: 'spoken' },
      ],
    };
    expect((await guard.request('PUT', `/api/intake-drafts/${id}`, { data })).status).toBe(200);
    const submitted = await guard.request('POST', `/api/intake-drafts/${id}/submit`);
    expect(submitted.status, submitted.body).toBe(201);
    return submitted.json() as { caseId: string; reference: string };
  }

  beforeAll(async () => {
    app = await startTestApp(backend);
    smtp = await startTestSmtp();
    [guard, coordinator, caritas, manager, klaipeda] = await Promise.all([
      loginAs(app, 'border.guard@atrama.test'),
      loginAs(app, 'coordinator@atrama.test'),
      loginAs(app, 'case.worker@atrama.test', 'caritas-centre-against-human-trafficking-and-exploitation'),
      loginAs(app, 'manager@atrama.test'),
      loginAs(app, 'klaipeda.worker@atrama.test'),
    ]);
    caritasId = await orgId('caritas-centre-against-human-trafficking-and-exploitation');
    // What demo data and logins left in the outbox is sent first, so each test reads its own mail.
    await send();
    smtp.received.length = 0;
    ({ caseId, reference } = await openCase());
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  it('tells the receiving organisation of a referral, in the app and by e-mail, without a word about the person', async () => {
    const sent = await coordinator.request('POST', `/api/cases/${caseId}/referrals`, {
      toOrganisationId: caritasId,
      purpose: 'assistance',
      note: NOTE,
    });
    expect(sent.status, sent.body).toBe(201);
    const referralId = (sent.json() as { id: string }).id;

    for (const member of [caritas, manager]) {
      const { unread, items } = await alertsOf(member);
      expect(unread).toBeGreaterThan(0);
      const alert = items.find((a) => a.kind === 'referral_received' && a.caseReference === reference);
      expect(alert, member.email).toMatchObject({ link: `/referrals/${referralId}`, read: false });
    }
    // Another organisation's worker hears nothing of it.
    expect((await alertsOf(klaipeda)).items.some((a) => a.caseReference === reference)).toBe(false);
    // Nor does the coordinator who sent it.
    expect(
      (await alertsOf(coordinator)).items.some(
        (a) => a.kind === 'referral_received' && a.link.includes(referralId),
      ),
    ).toBe(false);

    const report = await send();
    expect(report.failed).toBe(0);
    const toWorker = smtp.received.find((m) => m.to.includes('case.worker@atrama.test'));
    const toManager = smtp.received.find((m) => m.to.includes('manager@atrama.test'));
    expect(toWorker, JSON.stringify(smtp.received.map((m) => m.to))).toBeDefined();
    expect(toManager).toBeDefined();
    for (const mail of [toWorker!, toManager!]) {
      expect(mail.subject).toContain(reference);
      expect(mail.text).toContain(reference);
      expect(mail.text).toContain(`https://atrama.example.lt/staff/referrals/${referralId}`);
      expect(mail.text).toContain('A referral has arrived');
      for (const secret of [NAME, FAMILY, BIRTH, '17.02.1993', 'shelter tonight', 'employer']) {
        expect(mail.raw).not.toContain(secret);
      }
    }
    // Sent means sent: the next round sends nothing again.
    smtp.received.length = 0;
    expect((await send()).messages).toBe(0);
    expect(smtp.received).toEqual([]);
  });

  it('marks an alert read for its own person only, and keeps mandatory alerts out of the app only', async () => {
    const mine = (await alertsOf(caritas)).items[0]!;
    // The manager cannot mark the worker's alert: nothing changes, and nothing says whose it was.
    expect((await manager.request('POST', `/api/alerts/${mine.id}/read`)).status).toBe(204);
    expect((await alertsOf(caritas)).items.find((a) => a.id === mine.id)!.read).toBe(false);
    expect((await caritas.request('POST', `/api/alerts/${mine.id}/read`)).status).toBe(204);
    expect((await alertsOf(caritas)).items.find((a) => a.id === mine.id)!.read).toBe(true);

    const refused = await caritas.request('PUT', '/api/alerts/settings', {
      digestHour: 7,
      deliveries: { referral_received: 'app' },
    });
    expect(refused.status).toBe(409);
    expect(refused.json()).toMatchObject({ refusal: 'alert_mandatory' });
    const chosen = await caritas.request('PUT', '/api/alerts/settings', {
      digestHour: 7,
      deliveries: { decision_made: 'app', referral_accepted: 'immediately' },
    });
    expect(chosen.status, chosen.body).toBe(200);
    const settings = chosen.json() as { digestHour: number; kinds: { kind: string; delivery: string }[] };
    expect(settings.digestHour).toBe(7);
    expect(settings.kinds.find((k) => k.kind === 'decision_made')!.delivery).toBe('app');
    expect(settings.kinds.find((k) => k.kind === 'referral_received')!.delivery).toBe('immediately');
    // Only the kinds a person's roles can receive are offered: a case worker is not asked about duplicates.
    expect(settings.kinds.map((k) => k.kind)).not.toContain('duplicate_suspected');
    expect(settings.kinds.map((k) => k.kind)).toContain('account_locked');
    const coordinatorKinds = (
      (await coordinator.request('GET', '/api/alerts/settings')).json() as { kinds: { kind: string }[] }
    ).kinds.map((k) => k.kind);
    expect(coordinatorKinds).toContain('duplicate_suspected');
    expect(coordinatorKinds).not.toContain('subject_request_received');
    // The header's poll of the unread count does not keep an idle session alive; the person's own request does.
    const { db } = app.services.database;
    const worker = await userId('case.worker@atrama.test');
    const idle = new Date(Date.now() - 10 * 60_000);
    const lastSeen = async () =>
      (await db.select({ at: sessions.lastSeenAt }).from(sessions).where(eq(sessions.userId, worker))).map(
        (s) => s.at.getTime(),
      );
    await db.update(sessions).set({ lastSeenAt: idle }).where(eq(sessions.userId, worker));
    expect((await caritas.request('GET', '/api/alerts/unread')).status).toBe(200);
    expect(Math.max(...(await lastSeen()))).toBe(idle.getTime());
    expect((await caritas.request('GET', '/api/alerts')).status).toBe(200);
    expect(Math.max(...(await lastSeen()))).toBeGreaterThan(idle.getTime());
    // A stranger has no alerts to read or settings to change.
    const stranger = await app.app.inject({ method: 'GET', url: '/api/alerts' });
    expect(stranger.statusCode).toBe(401);
  });

  it('tells the sender and the coordinator once when a referral is not answered in time, however often and wherever the check runs', async () => {
    // The Caritas worker takes the case up and refers the person on to Klaipėda, which does not answer.
    const waiting = (await alertsOf(caritas)).items.find((a) => a.kind === 'referral_received')!;
    const referralId = waiting.link.split('/').pop()!;
    const inbox = (await caritas.request('GET', '/api/referrals/inbox')).json() as {
      items: { id: string; version: number }[];
    };
    const accepted = await caritas.request('POST', `/api/referrals/${referralId}/respond`, {
      response: 'accept',
      version: inbox.items.find((r) => r.id === referralId)!.version,
    });
    expect(accepted.status, accepted.body).toBe(200);
    const onward = await caritas.request('POST', `/api/cases/${caseId}/referrals`, {
      toOrganisationId: await orgId('klaipeda-social-and-psychological-support-centre'),
      purpose: 'assistance',
    });
    expect(onward.status, onward.body).toBe(201);
    const onwardId = (onward.json() as { id: string }).id;

    const later = new Date(Date.now() + 49 * HOUR);
    // A second server process on the same database, where there can be one.
    const other: Services | null =
      backend === 'postgres'
        ? { ...app.services, database: await openDatabase(app.services.config.database) }
        : null;
    try {
      for (let run = 0; run < 3; run++) {
        const reports = await Promise.all([
          runAlertChecks(app.services, later),
          runAlertChecks(other ?? app.services, later),
        ]);
        if (run > 0) expect(reports.map((r) => r.alerts)).toEqual([0, 0]);
      }
    } finally {
      await other?.database.close();
    }
    const overdue = await app.services.database.db
      .select({ userId: alerts.userId })
      .from(alerts)
      .where(
        and(
          eq(alerts.kind, 'referral_overdue'),
          sql`${alerts.onceKey} like ${`deadline:${caseId}:referral_response:${onwardId}:%`}`,
        ),
      );
    expect(overdue.map((a) => a.userId).sort()).toEqual(
      [await userId('case.worker@atrama.test'), await userId('coordinator@atrama.test')].sort(),
    );
    // The coordinator is told of both: the onward referral, and the initial one to the national point of
    // contact, which nobody there has answered either.
    expect(
      (await alertsOf(coordinator)).items.filter(
        (a) => a.kind === 'referral_overdue' && a.caseReference === reference,
      ),
    ).toHaveLength(2);
  });

  it('collects a day of alerts into one digest, and a flood of alerts into one e-mail', async () => {
    const worker = await userId('klaipeda.worker@atrama.test');
    const chosen = await klaipeda.request('PUT', '/api/alerts/settings', {
      digestHour: 6,
      deliveries: { deadline_due_soon: 'digest', decision_made: 'digest' },
    });
    expect(chosen.status, chosen.body).toBe(200);
    await send();
    smtp.received.length = 0;
    const morning = new Date();
    const { db } = app.services.database;
    for (let n = 0; n < 5; n++) {
      await notify(
        db,
        {
          kind: 'deadline_due_soon',
          audiences: [{ users: [worker] }],
          link: `/cases/${caseId}`,
          caseReference: `ATR-2026-90000${n}`,
          deadline: 'plan_review',
          dueAt: new Date(morning.getTime() + 24 * HOUR),
          onceKey: `digest-test-${n}`,
        },
        morning,
      );
    }
    // Nothing goes before the digest hour…
    expect((await send(morning)).messages).toBe(0);
    // …then one message holds the day's five.
    const digestAt = new Date(morning.getTime() + 25 * HOUR);
    // (Other people's digests of the demo data's alerts go at the same hour.)
    expect((await send(digestAt)).sent).toBeGreaterThanOrEqual(5);
    const digest = smtp.received.filter((m) => m.to.includes('klaipeda.worker@atrama.test'));
    expect(digest).toHaveLength(1);
    for (let n = 0; n < 5; n++) expect(digest[0]!.text).toContain(`ATR-2026-90000${n}`);

    // A thousand deadlines on one morning, told at once: still one e-mail to the person.
    smtp.received.length = 0;
    const flood = Array.from({ length: 1000 }, (_, n) => n);
    for (const n of flood) {
      await notify(db, {
        kind: 'deadline_overdue',
        audiences: [{ users: [worker] }],
        link: `/cases/${caseId}`,
        caseReference: `ATR-2026-${String(n).padStart(6, '0')}`,
        deadline: 'plan_review',
        dueAt: morning,
        onceKey: `flood-${n}`,
      });
    }
    const flooded = await send(new Date(Date.now() + 1000));
    expect(flooded.sent).toBeGreaterThanOrEqual(500);
    await send(new Date(Date.now() + 2000));
    const toWorker = smtp.received.filter((m) => m.to.includes('klaipeda.worker@atrama.test'));
    expect(toWorker.length).toBeLessThanOrEqual(2);
    const left = await db
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.toAddress, 'klaipeda.worker@atrama.test'),
          eq(mailOutbox.status, 'pending'),
          eq(mailOutbox.kind, 'deadline_overdue'),
        ),
      );
    expect(left).toEqual([]);
  });

  it('sends each e-mail once when two server processes send at the same moment', async () => {
    await send();
    smtp.received.length = 0;
    const { db } = app.services.database;
    const people = ['case.worker@atrama.test', 'manager@atrama.test', 'klaipeda.worker@atrama.test'];
    for (const [n, email] of people.entries()) {
      await notify(db, {
        kind: 'case_assigned',
        audiences: [{ users: [await userId(email)] }],
        link: `/cases/${caseId}`,
        caseReference: `ATR-2026-80000${n}`,
      });
    }
    const other =
      backend === 'postgres' ? await openDatabase(app.services.config.database) : app.services.database;
    try {
      const how = { publicUrl: 'https://atrama.example.lt', leaseMs: 60_000, log };
      const reports = await Promise.all([
        deliverDue(db, app.services.keys, transport(), how),
        deliverDue(other.db, app.services.keys, transport(), how),
      ]);
      expect(reports.reduce((sum, r) => sum + r.messages, 0)).toBe(3);
    } finally {
      if (other !== app.services.database) await other.close();
    }
    for (const email of people) {
      expect(smtp.received.filter((m) => m.to.includes(email))).toHaveLength(1);
    }
  });

  it('keeps e-mail a mail server refuses or cannot take, logs it once with its outbox id, tries again later, and shows it to an administrator', async () => {
    await send();
    logLines.length = 0;
    smtp.mode = 'refuse';
    const worker = await userId('case.worker@atrama.test');
    await notify(app.services.database.db, {
      kind: 'case_assigned',
      audiences: [{ users: [worker] }],
      link: `/cases/${caseId}`,
      caseId,
      caseReference: reference,
    });
    const refused = await send();
    smtp.mode = 'accept';
    expect(refused).toMatchObject({ messages: 0, failed: 1 });
    const [row] = await app.services.database.db
      .select()
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.toAddress, 'case.worker@atrama.test'),
          eq(mailOutbox.kind, 'case_assigned'),
          eq(mailOutbox.caseReference, reference),
        ),
      );
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row!.lastError).toBeTruthy();
    expect(row!.sendAfter.getTime()).toBeGreaterThan(Date.now());
    expect(logLines).toHaveLength(1);
    expect(logLines[0]).toContain(row!.id);

    // Not yet due again: nothing is tried.
    expect((await send()).failed).toBe(0);

    const admin = await loginAs(app, 'admin@atrama.test');
    const unsent = await admin.request('GET', '/api/admin/mail');
    expect(unsent.status, unsent.body).toBe(200);
    expect((unsent.json() as { items: { id: string }[] }).items.map((i) => i.id)).toContain(row!.id);
    // Only an administrator sees staff addresses waiting.
    expect((await caritas.request('GET', '/api/admin/mail')).status).toBe(403);

    // An unreachable server: the same, and requests go on answering.
    const unreachable = smtpTransport({ smtpUrl: 'smtp://127.0.0.1:9', from: 'a@b.lt', leaseMs: 60_000 });
    expect((await admin.request('POST', `/api/admin/mail/${row!.id}/retry`)).status).toBe(204);
    const down = await deliverDue(app.services.database.db, app.services.keys, unreachable, {
      publicUrl: 'https://atrama.example.lt',
      leaseMs: 60_000,
      log,
    });
    expect(down.failed).toBeGreaterThan(0);
    expect((await caritas.request('GET', '/api/alerts/unread')).status).toBe(200);

    // Tried again from the administrator's screen, it goes.
    expect((await admin.request('POST', `/api/admin/mail/${row!.id}/retry`)).status).toBe(204);
    smtp.received.length = 0;
    await send();
    expect(smtp.received.some((m) => m.to.includes('case.worker@atrama.test'))).toBe(true);
  });

  it('gives a case to a person responsible: a manager assigns, a worker takes, nobody names someone elsewhere', async () => {
    const worker = await userId('case.worker@atrama.test');
    const managerId = await userId('manager@atrama.test');
    const workers = (await manager.request('GET', '/api/work/workers')).json() as {
      items: { userId: string }[];
    };
    expect(workers.items.map((w) => w.userId)).toEqual(expect.arrayContaining([worker, managerId]));

    // A worker may only take a case themselves.
    const widening = await caritas.request('POST', `/api/cases/${caseId}/responsible`, { userId: managerId });
    expect(widening.status).toBe(409);
    expect(widening.json()).toMatchObject({ refusal: 'not_permitted' });
    // Another organisation cannot name anyone on a case not theirs.
    expect(
      (await klaipeda.request('POST', `/api/cases/${caseId}/responsible`, { userId: worker })).status,
    ).toBe(404);
    // Nor name someone from another organisation.
    const outsider = await manager.request('POST', `/api/cases/${caseId}/responsible`, {
      userId: await userId('klaipeda.worker@atrama.test'),
    });
    expect(outsider.json()).toMatchObject({ refusal: 'responsible_not_eligible' });

    const assigned = await manager.request('POST', `/api/cases/${caseId}/responsible`, { userId: worker });
    expect(assigned.status, assigned.body).toBe(200);
    expect(
      (await alertsOf(caritas)).items.some(
        (a) => a.kind === 'case_assigned' && a.caseReference === reference,
      ),
    ).toBe(true);

    const work = (await caritas.request('GET', '/api/work')).json() as {
      counts: { cases: number };
      cases: { id: string }[];
    };
    expect(work.cases.map((c) => c.id)).toContain(caseId);
    const load = (await manager.request('GET', '/api/work/caseload')).json() as {
      workers: { userId: string; caseList: { id: string }[] }[];
      unassigned: { id: string }[];
    };
    expect(load.workers.find((w) => w.userId === worker)!.caseList.map((c) => c.id)).toContain(caseId);
    expect(load.unassigned.map((c) => c.id)).not.toContain(caseId);
    expect((await caritas.request('GET', '/api/work/caseload')).status).toBe(403);

    // Taking it from a colleague needs a reason; the unread alerts of the case go with it.
    const unreadBefore = (await alertsOf(caritas)).items.filter(
      (a) => !a.read && a.caseReference === reference,
    ).length;
    expect(unreadBefore).toBeGreaterThan(0);
    const noReason = await manager.request('POST', `/api/cases/${caseId}/responsible`, { userId: managerId });
    expect(noReason.json()).toMatchObject({ refusal: 'reason_required' });
    const handed = await manager.request('POST', `/api/cases/${caseId}/responsible`, {
      userId: managerId,
      reason: 'Eglė is on leave for three weeks.',
    });
    expect(handed.status, handed.body).toBe(200);
    expect(
      (await alertsOf(caritas)).items.filter((a) => !a.read && a.caseReference === reference),
    ).toHaveLength(0);
    const view = (await manager.request('GET', `/api/cases/${caseId}`)).json() as {
      team: { id: string; responsible: { userId: string } | null }[];
      timeline: { type: string; reason: string | null }[];
    };
    expect(view.team.find((t) => t.id === caritasId)!.responsible!.userId).toBe(managerId);
    expect(view.timeline.find((e) => e.type === 'responsible_changed')!.reason).toBe(
      'Eglė is on leave for three weeks.',
    );
    expect(await version(manager, caseId)).toBeGreaterThan(0);
  });

  it('passes a data subject’s request on to the data protection officer, with its one-month deadline', async () => {
    const registered = await caritas.request('POST', '/api/rights/requests', {
      kind: 'access',
      channel: 'through_support_service',
      receivedOn: '2026-01-31',
      caseReference: reference,
    });
    expect(registered.status, registered.body).toBe(201);
    expect(registered.json()).toMatchObject({ dueOn: '2026-02-28', overdue: true });
    const dpo = await loginAs(app, 'dpo@atrama.test');
    expect((await alertsOf(dpo)).items.some((a) => a.kind === 'subject_request_received')).toBe(true);
    // Only the data protection officer keeps the register.
    expect((await caritas.request('GET', '/api/rights/requests')).status).toBe(403);
    const id = (registered.json() as { id: string }).id;
    await runAlertChecks(app.services, new Date());
    expect(
      (await alertsOf(dpo)).items.some((a) => a.kind === 'deadline_overdue' && a.link === '/requests'),
    ).toBe(true);
    expect((await dpo.request('POST', `/api/rights/requests/${id}/answered`)).status).toBe(200);
    expect((await dpo.request('POST', `/api/rights/requests/${id}/answered`)).json()).toMatchObject({
      refusal: 'request_answered',
    });
  });
});
