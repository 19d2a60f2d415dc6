import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVilnius } from '../../src/cases/model.ts';
import { reconsiderations } from '../../src/review/tables.ts';
import { backends, type Client, loginAs, startTestApp, type TestApp } from '../support/harness.ts';

// Reconsidering the identification decision through the HTTP API (the UK NRM's reconsideration):
// the team asks on the person's behalf with reasons, the national coordinator decides with reasons,
// and the case's history keeps the first decision beside the second.

type List = {
  items: {
    requestedBy: string;
    earlierOutcome: string;
    reasons: string | null;
    status: string;
    outcome: string | null;
    decisionReasons: string | null;
  }[];
  mayRequest: boolean;
  mayDecide: boolean;
  version: number;
};
type Page = {
  state: string;
  version: number;
  decisions: { identification: { outcome: string; reasons: string | null } | null };
  timeline: { type: string }[];
};

describe.each(backends())('reconsideration on %s', (backend) => {
  let app: TestApp;
  let worker: Client;
  let coordinator: Client;
  let klaipeda: Client;

  async function caritasCase() {
    const id = randomUUID();
    const data = {
      kind: 'trafficking',
      metAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
      municipality: 'Vilnius',
      firstContactKind: 'ngo',
      exploitationForms: ['ForcedCriminality'],
      indicators: ['WithholdsDocuments'],
      sex: 'male',
      age: 24,
      citizenship: 'LT',
      consents: [{ scope: 'referral_to_national_contact_point', method: 'spoken' }],
    };
    expect((await worker.request('PUT', `/api/intake-drafts/${id}`, { data })).status).toBe(200);
    const submitted = await worker.request('POST', `/api/intake-drafts/${id}/submit`);
    expect(submitted.status, submitted.body).toBe(201);
    return (submitted.json() as { caseId: string }).caseId;
  }
  const page = async (client: Client, caseId: string) =>
    (await client.request('GET', `/api/cases/${caseId}`)).json() as Page;
  const list = async (client: Client, caseId: string) => {
    const read = await client.request('GET', `/api/cases/${caseId}/reconsiderations`);
    expect(read.status, read.body).toBe(200);
    return read.json() as List;
  };
  const ask = async (caseId: string, reasons: string, requestedBy = 'representative') =>
    worker.request('POST', `/api/cases/${caseId}/reconsiderations`, {
      requestedBy,
      reasons,
      version: (await page(worker, caseId)).version,
    });
  const decide = async (caseId: string, outcome: string, reasons: string) =>
    coordinator.request('POST', `/api/cases/${caseId}/reconsiderations/decision`, {
      outcome,
      reasons,
      decidedOn: todayInVilnius(),
      version: (await page(coordinator, caseId)).version,
    });

  beforeAll(async () => {
    app = await startTestApp(backend);
    [worker, coordinator, klaipeda] = await Promise.all([
      loginAs(app, 'case.worker@atrama.test', 'caritas-centre-against-human-trafficking-and-exploitation'),
      loginAs(app, 'coordinator@atrama.test'),
      loginAs(app, 'klaipeda.worker@atrama.test'),
    ]);
  });
  afterAll(() => app?.close());

  it('the team asks on the representative’s behalf, the coordinator decides, and both decisions stay in the history', async () => {
    const caseId = await caritasCase();
    const early = await ask(caseId, 'Nothing decided yet.');
    expect(early.status).toBe(409);
    expect(early.json()).toMatchObject({ refusal: 'not_identified_yet' });

    const first = await coordinator.request('POST', `/api/cases/${caseId}/decisions/identification`, {
      outcome: 'not_identified',
      reasons: 'No sign of control by a third party.',
      decidedOn: todayInVilnius(),
      version: (await page(coordinator, caseId)).version,
    });
    expect(first.status, first.body).toBe(200);
    expect((await list(worker, caseId)).mayRequest).toBe(true);

    const asked = await ask(
      caseId,
      'His lawyer has the messages in which the recruiter threatened his mother.',
    );
    expect(asked.status, asked.body).toBe(200);
    expect(asked.json()).toMatchObject({
      items: [{ requestedBy: 'representative', earlierOutcome: 'not_identified', status: 'pending' }],
      mayRequest: false,
      mayDecide: false,
    });
    const [stored] = await app.services.database.db
      .select()
      .from(reconsiderations)
      .where(eq(reconsiderations.caseId, caseId));
    expect(stored!.sealedReasons!.toString('latin1')).not.toContain('recruiter');
    const again = await ask(caseId, 'Once more.', 'team');
    expect(again.json()).toMatchObject({ refusal: 'reconsideration_pending' });
    const alerts = (await coordinator.request('GET', '/api/alerts')).json() as { items: { kind: string }[] };
    expect(alerts.items.map((a) => a.kind)).toContain('reconsideration_requested');

    // Only the coordinator decides; another organisation does not see the case at all.
    const byWorker = await worker.request('POST', `/api/cases/${caseId}/reconsiderations/decision`, {
      outcome: 'identified',
      reasons: 'x',
      decidedOn: todayInVilnius(),
      version: 0,
    });
    expect(byWorker.status).toBe(403);
    expect((await klaipeda.request('GET', `/api/cases/${caseId}/reconsiderations`)).status).toBe(404);
    const fromOutside = await klaipeda.request('POST', `/api/cases/${caseId}/reconsiderations`, {
      requestedBy: 'team',
      reasons: 'x',
      version: 0,
    });
    expect(fromOutside.status).toBe(404);

    const seen = await list(coordinator, caseId);
    expect(seen.mayDecide).toBe(true);
    expect(seen.items[0]!.reasons).toContain('threatened his mother');
    const noReasons = await coordinator.request('POST', `/api/cases/${caseId}/reconsiderations/decision`, {
      outcome: 'identified',
      reasons: ' ',
      decidedOn: todayInVilnius(),
      version: seen.version,
    });
    expect(noReasons.status).toBe(400);
    const decided = await decide(
      caseId,
      'identified',
      'The messages show control through threats to family.',
    );
    expect(decided.status, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({
      items: [{ status: 'decided', outcome: 'identified', earlierOutcome: 'not_identified' }],
    });

    const after = await page(worker, caseId);
    expect(after.decisions.identification).toMatchObject({
      outcome: 'identified',
      reasons: expect.stringContaining('threats'),
    });
    expect(after.state).toBe('identified');
    const types = after.timeline.map((e) => e.type);
    expect(types.filter((t) => t === 'identification_decided')).toHaveLength(1);
    expect(types).toEqual(expect.arrayContaining(['reconsideration_requested', 'reconsideration_decided']));
    expect((await list(worker, caseId)).items[0]!.decisionReasons).toContain('threats to family');
    const none = await decide(caseId, 'identified', 'Nothing waits.');
    expect(none.json()).toMatchObject({ refusal: 'reconsideration_none' });

    // The person's copy holds both requests' words; erasure leaves none of them readable.
    const dpo = await loginAs(app, 'dpo@atrama.test');
    const { person } = (await dpo.request('GET', `/api/people/lookup?case=${caseId}`)).json() as {
      person: { id: string };
    };
    type Copy = {
      cases: {
        decisions: { reconsiderations: { reasons: string | null; decisionReasons: string | null }[] };
      }[];
    };
    const copy = (await dpo.request('GET', `/api/people/${person.id}/export`)).json() as Copy;
    expect(copy.cases[0]!.decisions.reconsiderations).toEqual([
      expect.objectContaining({
        reasons: expect.stringContaining('threatened his mother'),
        decisionReasons: expect.stringContaining('threats to family'),
      }),
    ]);
    expect((await dpo.request('POST', `/api/people/${person.id}/erase`, {})).status).toBe(204);
    const erased = await dpo.request('GET', `/api/people/${person.id}/export`);
    expect(erased.body).not.toMatch(/threatened his mother|threats to family/);
  });

  it('an identified person is found not to be one only on a request to reconsider; an upheld decision changes nothing', async () => {
    const caseId = await caritasCase();
    const identified = await coordinator.request('POST', `/api/cases/${caseId}/decisions/identification`, {
      outcome: 'identified',
      reasons: 'Forced to steal for a group.',
      decidedOn: todayInVilnius(),
      version: (await page(coordinator, caseId)).version,
    });
    expect(identified.status, identified.body).toBe(200);
    const direct = await coordinator.request('POST', `/api/cases/${caseId}/decisions/identification`, {
      outcome: 'not_identified',
      reasons: 'Changed my mind.',
      decidedOn: todayInVilnius(),
      version: (await page(coordinator, caseId)).version,
    });
    expect(direct.status).toBe(409);
    expect(direct.json()).toMatchObject({ refusal: 'requirements', missing: 'missing_reconsideration' });

    expect((await ask(caseId, 'He says he chose to work for them.', 'team')).status).toBe(200);
    const upheld = await decide(caseId, 'identified', 'Choosing under threat is not consent.');
    expect(upheld.status, upheld.body).toBe(200);
    expect((await page(worker, caseId)).state).toBe('identified');

    expect((await ask(caseId, 'New evidence: he recruited others.', 'team')).status).toBe(200);
    const changed = await decide(caseId, 'not_identified', 'He led the group.');
    expect(changed.status, changed.body).toBe(200);
    const after = await page(worker, caseId);
    expect(after).toMatchObject({
      state: 'not_identified',
      decisions: { identification: { outcome: 'not_identified' } },
    });
    expect((await list(worker, caseId)).items.map((i) => [i.earlierOutcome, i.outcome])).toEqual([
      ['identified', 'identified'],
      ['identified', 'not_identified'],
    ]);
  });
});
