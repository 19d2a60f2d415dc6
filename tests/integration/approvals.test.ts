import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships, organisations, users } from '../../src/access/tables.ts';
import type { AssistanceView } from '../../src/assistance/model.ts';
import { shiftDay } from '../../src/assistance/rules.ts';
import { todayInVilnius } from '../../src/cases/model.ts';
import { approvals } from '../../src/review/tables.ts';
import { backends, type Client, loginAs, startTestApp, type TestApp } from '../support/harness.ts';

// Supervisor approval through the HTTP API (a second look, as in Primero): an organisation asks its
// manager's approval for the needs assessment, the plan and closing a case; a returned plan goes
// back to the worker with comments; nobody approves their own work without the organisation's leave.

const today = () => todayInVilnius();
const CARITAS = 'caritas-centre-against-human-trafficking-and-exploitation';

type ApprovalList = {
  items: {
    id: string;
    subject: string;
    status: string;
    comments: string | null;
    mayDecide: boolean;
    version: number;
  }[];
};
type Settings = { version: number; staff: { userId: string; name: string }[] };

describe.each(backends())('approvals on %s', (backend) => {
  let app: TestApp;
  let worker: Client;
  let manager: Client;
  let coordinator: Client;
  let klaipeda: Client;
  let klaipedaManager: Client;
  let otherManager: Client;
  let org: (slug: string) => Promise<string>;
  let userId: (email: string) => Promise<string>;

  async function caritasCase() {
    const id = randomUUID();
    const data = {
      kind: 'trafficking',
      metAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
      municipality: 'Vilnius',
      firstContactKind: 'ngo',
      exploitationForms: ['ForcedLabour'],
      indicators: ['WithholdsDocuments'],
      sex: 'female',
      age: 33,
      citizenship: 'UA',
      identity: { givenName: 'Olena', familyName: 'Petrenko', birthDate: '1993-04-02' },
      consents: [
        { scope: 'referral_to_national_contact_point', method: 'spoken' },
        { scope: 'referral_to_support_service', method: 'spoken' },
      ],
    };
    expect((await worker.request('PUT', `/api/intake-drafts/${id}`, { data })).status).toBe(200);
    const submitted = await worker.request('POST', `/api/intake-drafts/${id}/submit`);
    expect(submitted.status, submitted.body).toBe(201);
    return (submitted.json() as { caseId: string }).caseId;
  }

  async function settings(subjects: string[], approvers: { userId: string; self?: boolean }[] = []) {
    const current = (await manager.request('GET', '/api/approval-settings')).json() as Settings;
    return manager.request('PUT', '/api/approval-settings', {
      subjects,
      approvers,
      version: current.version,
    });
  }

  async function plan(caseId: string) {
    const base = `/api/cases/${caseId}/assistance`;
    const item = await worker.request('POST', `${base}/plan-items`, {
      need: 'accommodation',
      measure: 'temporary_accommodation',
      organisationId: await org(CARITAS),
      dueOn: shiftDay(today(), 14),
      acknowledgeOverlap: true,
    });
    expect(item.status, item.body).toBe(200);
  }

  async function agree(caseId: string) {
    const agreed = await worker.request('POST', `/api/cases/${caseId}/assistance/plan-agreements`, {
      agreedOn: today(),
      victimWords: 'I agree to stay at the shelter for now.',
    });
    expect(agreed.status, agreed.body).toBe(200);
    return agreed.json() as AssistanceView;
  }

  const approvalsOf = async (client: Client, caseId: string) => {
    const read = await client.request('GET', `/api/cases/${caseId}/approvals`);
    expect(read.status, read.body).toBe(200);
    return (read.json() as ApprovalList).items;
  };
  const pending = async (client: Client, caseId: string, subject: string) =>
    (await approvalsOf(client, caseId)).find((a) => a.subject === subject && a.status === 'pending')!;
  const decide = (client: Client, caseId: string, a: { id: string; version: number }, body: object) =>
    client.request('POST', `/api/cases/${caseId}/approvals/${a.id}/decision`, {
      version: a.version,
      ...body,
    });
  const caseOf = async (client: Client, caseId: string) =>
    (await client.request('GET', `/api/cases/${caseId}`)).json() as {
      state: string;
      version: number;
      deadlines: { kind: string }[];
      timeline: { type: string }[];
    };

  beforeAll(async () => {
    app = await startTestApp(backend);
    const db = app.services.database.db;
    org = async (slug) => (await db.select().from(organisations).where(eq(organisations.slug, slug)))[0]!.id;
    userId = async (email) => (await db.select().from(users).where(eq(users.email, email)))[0]!.id;
    // A manager of the Klaipėda centre, to try another organisation's approval from the same team.
    const [template] = await db.select().from(users).where(eq(users.email, 'klaipeda.worker@atrama.test'));
    const [created] = await db
      .insert(users)
      .values({
        email: 'klaipeda.manager@atrama.test',
        displayName: 'Klaipėda Manager',
        passwordHash: template!.passwordHash,
      })
      .returning();
    await db.insert(memberships).values({
      userId: created!.id,
      organisationId: await org('klaipeda-social-and-psychological-support-centre'),
      role: 'organisation_manager',
    });
    [worker, manager, coordinator, klaipeda, klaipedaManager, otherManager] = await Promise.all([
      loginAs(app, 'case.worker@atrama.test', CARITAS),
      loginAs(app, 'manager@atrama.test'),
      loginAs(app, 'coordinator@atrama.test'),
      loginAs(app, 'klaipeda.worker@atrama.test'),
      loginAs(app, 'klaipeda.manager@atrama.test'),
      loginAs(app, 'funding.manager@atrama.test'),
    ]);
  });
  afterAll(() => app?.close());

  it('nothing waits where the organisation asks no approval', async () => {
    const caseId = await caritasCase();
    await plan(caseId);
    const view = await agree(caseId);
    expect(view.plan.status).toBe('agreed');
    expect(view.plan.reviewOn).not.toBeNull();
    expect(await approvalsOf(worker, caseId)).toEqual([]);
  });

  it('a manager returns a plan with comments and then approves it; the plan is agreed only then', async () => {
    expect((await settings(['assessment', 'plan', 'closure'])).status).toBe(200);
    const caseId = await caritasCase();
    await plan(caseId);
    let view = await agree(caseId);
    expect(view.plan).toMatchObject({ status: 'awaiting_approval', reviewOn: null });
    expect(view.plan.agreements.at(-1)?.approval).toBe('pending');
    expect((await caseOf(worker, caseId)).deadlines.map((d) => d.kind)).not.toContain('plan_review');

    // The approver sees it in My work and is told; the worker is not an approver.
    const work = (await manager.request('GET', '/api/work')).json() as {
      approvals: { caseId: string; subject: string }[];
    };
    expect(work.approvals).toContainEqual(expect.objectContaining({ caseId, subject: 'plan' }));
    const alerts = (await manager.request('GET', '/api/alerts')).json() as { items: { kind: string }[] };
    expect(alerts.items.map((a) => a.kind)).toContain('approval_requested');
    expect(((await worker.request('GET', '/api/work')).json() as { approvals: unknown[] }).approvals).toEqual(
      [],
    );

    let request = await pending(worker, caseId, 'plan');
    expect(request.mayDecide).toBe(false);
    const byWorker = await decide(worker, caseId, request, { decision: 'approve' });
    expect(byWorker.status).toBe(409);
    expect(byWorker.json()).toMatchObject({ refusal: 'not_approver' });

    request = await pending(manager, caseId, 'plan');
    expect(request.mayDecide).toBe(true);
    const bare = await decide(manager, caseId, request, { decision: 'return' });
    expect(bare.status).toBe(400);
    expect(bare.body).toContain('comments');
    const returned = await decide(manager, caseId, request, {
      decision: 'return',
      comments: 'Add the interpreter she asked for before she signs.',
    });
    expect(returned.status, returned.body).toBe(200);

    // Back to draft with the comments, which the worker reads and the database keeps sealed.
    view = (await worker.request('GET', `/api/cases/${caseId}/assistance`)).json() as AssistanceView;
    expect(view.plan.status).toBe('draft');
    const seen = (await approvalsOf(worker, caseId)).find((a) => a.id === request.id)!;
    expect(seen).toMatchObject({
      status: 'returned',
      comments: 'Add the interpreter she asked for before she signs.',
    });
    const [stored] = await app.services.database.db
      .select()
      .from(approvals)
      .where(eq(approvals.id, request.id));
    expect(stored!.sealedComments!.toString('latin1')).not.toContain('interpreter');
    const outcome = (await worker.request('GET', '/api/alerts')).json() as { items: { kind: string }[] };
    expect(outcome.items.map((a) => a.kind)).toContain('approval_decided');

    view = await agree(caseId);
    expect(view.plan.status).toBe('awaiting_approval');
    request = await pending(manager, caseId, 'plan');
    const approved = await decide(manager, caseId, request, { decision: 'approve' });
    expect(approved.status, approved.body).toBe(200);
    view = (await worker.request('GET', `/api/cases/${caseId}/assistance`)).json() as AssistanceView;
    expect(view.plan.status).toBe('agreed');
    expect(view.plan.reviewOn).toBe(shiftDay(today(), 90));
    const page = await caseOf(worker, caseId);
    expect(page.deadlines.map((d) => d.kind)).toContain('plan_review');
    const told = page.timeline.filter((e) => e.type.startsWith('approval_')).map((e) => e.type);
    expect(told.sort()).toEqual([
      'approval_decided',
      'approval_decided',
      'approval_requested',
      'approval_requested',
    ]);

    // Decided once: a second decision is refused.
    const again = await decide(
      manager,
      caseId,
      { ...request, version: request.version + 1 },
      { decision: 'return', comments: 'x' },
    );
    expect(again.status).toBe(409);
    expect(again.json()).toMatchObject({ refusal: 'approval_decided' });
  });

  it("closing waits for approval; one's own work is approved only with the organisation's leave", async () => {
    expect((await settings(['assessment', 'plan', 'closure'])).status).toBe(200);
    const caseId = await caritasCase();
    const closing = await manager.request('POST', `/api/cases/${caseId}/transitions`, {
      transition: 'close',
      reason: 'She went home to her family.',
      version: (await caseOf(manager, caseId)).version,
    });
    expect(closing.status, closing.body).toBe(200);
    expect((await caseOf(manager, caseId)).state).not.toBe('closed');
    const twice = await worker.request('POST', `/api/cases/${caseId}/transitions`, {
      transition: 'close',
      reason: 'Again.',
      version: (await caseOf(worker, caseId)).version,
    });
    expect(twice.status).toBe(409);
    expect(twice.json()).toMatchObject({ refusal: 'approval_pending' });

    let request = await pending(manager, caseId, 'closure');
    expect(request.mayDecide).toBe(false);
    const own = await decide(manager, caseId, request, { decision: 'approve' });
    expect(own.status).toBe(409);
    expect(own.json()).toMatchObject({ refusal: 'self_approval' });
    expect((own.json() as { detail: string }).detail).toContain('your own work');

    // A manager cannot give themselves leave to approve their own work, nor name a stranger.
    const managerId = await userId('manager@atrama.test');
    const workerId = await userId('case.worker@atrama.test');
    const selfGrant = await settings(['closure'], [{ userId: managerId, self: true }]);
    expect(selfGrant.status).toBe(409);
    expect(selfGrant.json()).toMatchObject({ refusal: 'approver_self_grant' });
    const stranger = await settings(['closure'], [{ userId: await userId('coordinator@atrama.test') }]);
    expect(stranger.json()).toMatchObject({ refusal: 'approver_not_member' });

    // The worker named an approver decides the manager's closure: the case closes with its reason.
    expect((await settings(['assessment', 'plan', 'closure'], [{ userId: workerId }])).status).toBe(200);
    request = await pending(worker, caseId, 'closure');
    expect(request).toMatchObject({ mayDecide: true });
    const approved = await decide(worker, caseId, request, { decision: 'approve' });
    expect(approved.status, approved.body).toBe(200);
    expect((await caseOf(worker, caseId)).state).toBe('closed');

    // The worker's own assessment: refused until the manager lets them approve their own work.
    const other = await caritasCase();
    const assessed = await worker.request('POST', `/api/cases/${other}/assistance/assessments`, {
      assessedOn: today(),
      needs: [{ domain: 'safety', urgency: 'high', note: 'Her recruiter calls her.' }],
      risk: { level: 'medium', reasons: 'He knows where she lives.' },
    });
    expect(assessed.status, assessed.body).toBe(200);
    expect((assessed.json() as AssistanceView).assessments[0]).toMatchObject({
      current: true,
      approval: 'pending',
    });
    request = await pending(worker, other, 'assessment');
    const mine = await decide(worker, other, request, { decision: 'approve' });
    expect(mine.json()).toMatchObject({ refusal: 'self_approval' });
    expect(
      (await settings(['assessment', 'plan', 'closure'], [{ userId: workerId, self: true }])).status,
    ).toBe(200);
    expect((await decide(worker, other, request, { decision: 'approve' })).status).toBe(200);
  });

  it("another organisation's manager is refused, and of two approvals at once only one is made", async () => {
    expect((await settings(['plan'])).status).toBe(200);
    const caseId = await caritasCase();
    const sent = await worker.request('POST', `/api/cases/${caseId}/referrals`, {
      toOrganisationId: await org('klaipeda-social-and-psychological-support-centre'),
      purpose: 'legal_aid',
    });
    expect(sent.status, sent.body).toBe(201);
    const referral = sent.json() as { id: string; version: number };
    const accepted = await klaipeda.request('POST', `/api/referrals/${referral.id}/respond`, {
      response: 'accept',
      version: referral.version,
    });
    expect(accepted.status, accepted.body).toBe(200);
    await plan(caseId);
    await agree(caseId);
    const request = await pending(manager, caseId, 'plan');

    const onTeam = await decide(klaipedaManager, caseId, request, { decision: 'approve' });
    expect(onTeam.status).toBe(409);
    expect(onTeam.json()).toMatchObject({ refusal: 'not_approver' });
    expect((await decide(otherManager, caseId, request, { decision: 'approve' })).status).toBe(404);
    expect((await decide(coordinator, caseId, request, { decision: 'approve' })).status).toBe(403);
    const forged = await manager.request('POST', `/api/cases/${caseId}/approvals/${randomUUID()}/decision`, {
      decision: 'approve',
      version: 0,
    });
    expect(forged.status).toBe(404);

    const raced = await Promise.all([
      decide(manager, caseId, request, { decision: 'approve' }),
      decide(manager, caseId, request, { decision: 'return', comments: 'Not yet.' }),
    ]);
    expect(raced.map((r) => r.status).sort()).toEqual([200, 409]);
    const decided = (await approvalsOf(worker, caseId)).filter((a) => a.subject === 'plan');
    expect(decided).toHaveLength(1);
    expect(decided[0]!.status).not.toBe('pending');
  });
});
