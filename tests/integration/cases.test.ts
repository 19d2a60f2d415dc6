import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '../../src/access/tables.ts';
import { shiftDay } from '../../src/assistance/rules.ts';
import { auditEvents } from '../../src/audit/tables.ts';
import { todayInVilnius } from '../../src/cases/model.ts';
import { caseEvents, cases, referrals } from '../../src/cases/tables.ts';
import { backends, type Client, loginAs, startTestApp, type TestApp } from '../support/harness.ts';

// The referral mechanism through the HTTP API, on a real database: intake by a first responder,
// the national coordinator's decisions, referrals, the case team and who sees what.

type CaseView = {
  id: string;
  reference: string;
  state: string;
  version: number;
  identityState: string;
  identity: { givenName: string } | null;
  team: { id: string; role: string; leftAt: string | null }[];
  referrals: { id: string; to: { id: string }; status: string; sharesIdentity: boolean; version: number }[];
  deadlines: { kind: string; dueAt: string; overdue: boolean }[];
  decisions: { cooperation: unknown; reflection: { endsOn: string } | null };
  allowedTransitions: string[];
  timeline: { type: string }[];
  notes: { text: string; visibility: string }[];
  possibleDuplicate: boolean;
};

const minimal = (over: Record<string, unknown> = {}) => ({
  kind: 'trafficking',
  metAt: new Date(Date.now() - 3_600_000).toISOString(),
  municipality: 'Vilnius',
  firstContactKind: 'border_guard',
  exploitationForms: ['ForcedLabour'],
  indicators: ['WithholdsDocuments', 'ExcessiveWorkingHours'],
  sex: 'male',
  age: 34,
  citizenship: 'UZ',
  languages: ['uz', 'ru'],
  interpreterNeeded: true,
  urgentNeeds: ['shelter'],
  consents: [{ scope: 'referral_to_national_contact_point', method: 'spoken' }],
  ...over,
});

describe.each(backends())('referral mechanism on %s', (backend) => {
  let app: TestApp;
  let guard: Client;
  let coordinator: Client;
  let caritas: Client;
  let klaipeda: Client;
  let orgId: (slug: string) => Promise<string>;

  /** Save a draft and submit it, as the intake screen does. */
  async function intake(client: Client, data: Record<string, unknown>) {
    const id = randomUUID();
    const saved = await client.request('PUT', `/api/intake-drafts/${id}`, { data });
    expect(saved.status, saved.body).toBe(200);
    const submitted = await client.request('POST', `/api/intake-drafts/${id}/submit`);
    expect(submitted.status, submitted.body).toBe(201);
    return {
      draftId: id,
      ...(submitted.json() as { caseId: string; reference: string }),
    };
  }
  const read = async (client: Client, id: string) => {
    const response = await client.request('GET', `/api/cases/${id}`);
    expect(response.status, response.body).toBe(200);
    return response.json() as CaseView;
  };

  beforeAll(async () => {
    app = await startTestApp(backend);
    [guard, coordinator, caritas, klaipeda] = await Promise.all([
      loginAs(app, 'border.guard@atrama.test'),
      loginAs(app, 'coordinator@atrama.test'),
      loginAs(app, 'case.worker@atrama.test', 'caritas-centre-against-human-trafficking-and-exploitation'),
      loginAs(app, 'klaipeda.worker@atrama.test'),
    ]);
    orgId = async (slug) =>
      (await app.services.database.db.select().from(organisations).where(eq(organisations.slug, slug)))[0]!
        .id;
  });
  afterAll(() => app?.close());

  it('walks the trafficking chain: intake → desk → identification → reflection → referral → team', async () => {
    const opened = await intake(guard, minimal());
    expect(opened.reference).toMatch(/^ATR-\d{4}-\d{6}$/);
    let view = await read(guard, opened.caseId);
    expect(view.state).toBe('referred');
    expect(view.identityState).toBe('none');
    expect(view.deadlines.map((d) => d.kind)).toEqual(
      expect.arrayContaining(['referral_response', 'identification_decision']),
    );

    const desk = (await coordinator.request('GET', '/api/desk')).json() as {
      newReferrals: { id: string; caseId: string; version: number }[];
      pendingIdentification: { id: string }[];
    };
    expect(desk.newReferrals.some((r) => r.caseId === opened.caseId)).toBe(true);
    expect(desk.pendingIdentification.some((c) => c.id === opened.caseId)).toBe(true);

    view = await read(coordinator, opened.caseId);
    const identified = await coordinator.request(
      'POST',
      `/api/cases/${opened.caseId}/decisions/identification`,
      {
        outcome: 'identified',
        reasons: 'Documents withheld by the employer, unpaid for four months, housed at the site.',
        decidedOn: new Date().toISOString().slice(0, 10),
        version: view.version,
      },
    );
    expect(identified.status, identified.body).toBe(200);
    view = identified.json() as CaseView;
    expect(view.state).toBe('identified');
    expect(view.deadlines.some((d) => d.kind === 'identification_decision')).toBe(false);
    // Deciding is taking the initial referral up: it is accepted, and the point of contact is on the team.
    expect(view.referrals.map((r) => r.status)).toEqual(['accepted']);
    expect(view.team.some((m) => m.role === 'national_contact_point' && m.leftAt === null)).toBe(true);
    const deskAfter = (await coordinator.request('GET', '/api/desk')).json() as {
      newReferrals: { caseId: string }[];
    };
    expect(deskAfter.newReferrals.some((r) => r.caseId === opened.caseId)).toBe(false);

    const reflection = await coordinator.request('POST', `/api/cases/${opened.caseId}/decisions/reflection`, {
      startsOn: '2026-11-01',
      version: view.version,
    });
    expect(reflection.status, reflection.body).toBe(200);
    view = reflection.json() as CaseView;
    expect(view.decisions.reflection?.endsOn).toBe('2026-11-30');
    expect(view.deadlines.some((d) => d.kind === 'reflection_period_end')).toBe(true);

    // Caritas cannot see the case before it is referred and accepted.
    expect((await caritas.request('GET', `/api/cases/${opened.caseId}`)).status).toBe(404);

    const caritasId = await orgId('caritas-centre-against-human-trafficking-and-exploitation');
    const refused = await coordinator.request('POST', `/api/cases/${opened.caseId}/referrals`, {
      toOrganisationId: caritasId,
      purpose: 'assistance',
    });
    expect(refused.status).toBe(409);
    expect(refused.json()).toMatchObject({
      detail: expect.stringContaining('consent'),
      refusal: 'consent.referral_to_support_service',
    });

    const consent = await guard.request('POST', `/api/cases/${opened.caseId}/consents`, {
      scope: 'referral_to_support_service',
      method: 'spoken',
      version: (await read(guard, opened.caseId)).version,
    });
    expect(consent.status, consent.body).toBe(200);
    const sent = await coordinator.request('POST', `/api/cases/${opened.caseId}/referrals`, {
      toOrganisationId: caritasId,
      purpose: 'assistance',
      note: 'Needs shelter tonight; speaks Russian.',
    });
    expect(sent.status, sent.body).toBe(201);
    const referral = sent.json() as { id: string; version: number; sharesIdentity: boolean };
    expect(referral.sharesIdentity).toBe(false);

    const inbox = (await caritas.request('GET', '/api/referrals/inbox')).json() as {
      items: { id: string; note: string | null }[];
    };
    const waiting = inbox.items.find((r) => r.id === referral.id);
    // The note is written to the receiving organisation: it reads it to decide.
    expect(waiting?.note).toBe('Needs shelter tonight; speaks Russian.');
    // Another NGO cannot answer a referral that is not theirs.
    expect(
      (
        await klaipeda.request('POST', `/api/referrals/${referral.id}/respond`, {
          response: 'accept',
          version: referral.version,
        })
      ).status,
    ).toBe(404);
    const accepted = await caritas.request('POST', `/api/referrals/${referral.id}/respond`, {
      response: 'accept',
      version: referral.version,
    });
    expect(accepted.status, accepted.body).toBe(200);

    view = await read(caritas, opened.caseId);
    const team = Object.fromEntries(view.team.map((m) => [m.id, m]));
    expect(team[caritasId]).toMatchObject({ role: 'support_service', leftAt: null });
    // Hand-over: the border guard's organisation leaves the team and no longer sees the case.
    expect(team[await orgId('state-border-guard-service')]?.leftAt).not.toBeNull();
    expect((await guard.request('GET', `/api/cases/${opened.caseId}`)).status).toBe(404);
    // A different NGO without a referral never sees it.
    expect((await klaipeda.request('GET', `/api/cases/${opened.caseId}`)).status).toBe(404);
    expect(view.allowedTransitions).toContain('start_assistance');

    const assisted = await caritas.request('POST', `/api/cases/${opened.caseId}/transitions`, {
      transition: 'start_assistance',
      version: view.version,
    });
    expect(assisted.status, assisted.body).toBe(200);
    expect((assisted.json() as CaseView).state).toBe('assistance');
    expect((assisted.json() as CaseView).timeline.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'case_opened',
        'referral_sent',
        'identification_decided',
        'referral_accepted',
        'handed_over',
        'state_changed',
      ]),
    );
  });

  it('records cooperation without changing the help given', async () => {
    const opened = await intake(guard, minimal());
    const before = await read(coordinator, opened.caseId);
    const { version, state, team, referrals: sentBefore, deadlines, allowedTransitions } = before;
    for (const outcome of ['no', 'yes', 'not_yet']) {
      const current = await read(coordinator, opened.caseId);
      const decided = await coordinator.request('POST', `/api/cases/${opened.caseId}/decisions/cooperation`, {
        outcome,
        decidedOn: new Date().toISOString().slice(0, 10),
        version: current.version,
      });
      expect(decided.status, decided.body).toBe(200);
      const after = decided.json() as CaseView;
      expect(after.decisions.cooperation).toMatchObject({ outcome });
      expect({
        state: after.state,
        team: after.team,
        referrals: after.referrals,
        deadlines: after.deadlines,
        allowedTransitions: after.allowedTransitions,
      }).toEqual({
        state,
        team,
        referrals: sentBefore,
        deadlines,
        allowedTransitions,
      });
    }
    expect(version).toBeLessThan((await read(coordinator, opened.caseId)).version);
  });

  it('answers an impossible transition with 409 saying what is missing, and a stale version with 409', async () => {
    const opened = await intake(guard, minimal({ consents: [] }));
    const view = await read(guard, opened.caseId);
    expect(view.state).toBe('presumed');
    const refused = await guard.request('POST', `/api/cases/${opened.caseId}/transitions`, {
      transition: 'refer_to_national_contact_point',
      version: view.version,
    });
    expect(refused.status).toBe(409);
    expect(refused.json()).toMatchObject({
      detail: expect.stringContaining('consent'),
      refusal: 'requirements',
      missing: 'missing_consent_to_referral',
    });
    const impossible = await guard.request('POST', `/api/cases/${opened.caseId}/transitions`, {
      transition: 'start_return',
      version: view.version,
    });
    expect(impossible.status).toBe(409);
    expect(impossible.json()).toMatchObject({ refusal: 'not_available' });
    const stale = await guard.request('POST', `/api/cases/${opened.caseId}/notes`, {
      text: 'First note',
      visibility: 'team',
    });
    expect(stale.status).toBe(200);
    const late = await guard.request('POST', `/api/cases/${opened.caseId}/consents`, {
      scope: 'referral_to_national_contact_point',
      method: 'signed',
      version: view.version,
    });
    expect(late.status).toBe(409);
  });

  it('sends a referral without identity when the person did not agree to share it', async () => {
    const opened = await intake(
      guard,
      minimal({
        identity: { givenName: 'Aziz', familyName: 'Karimov', birthDate: '1991-05-04' },
        consents: [
          { scope: 'referral_to_national_contact_point', method: 'spoken' },
          { scope: 'referral_to_support_service', method: 'spoken' },
        ],
      }),
    );
    expect((await read(guard, opened.caseId)).identity?.givenName).toBe('Aziz');
    const caritasId = await orgId('caritas-centre-against-human-trafficking-and-exploitation');
    const sent = await guard.request('POST', `/api/cases/${opened.caseId}/referrals`, {
      toOrganisationId: caritasId,
      purpose: 'assistance',
    });
    expect(sent.status, sent.body).toBe(201);
    const referral = sent.json() as { id: string; version: number; sharesIdentity: boolean };
    expect(referral.sharesIdentity).toBe(false);
    const [stored] = await app.services.database.db
      .select()
      .from(referrals)
      .where(eq(referrals.id, referral.id));
    expect(stored?.sharesIdentity).toBe(false);
    expect(JSON.stringify(sent.json())).not.toContain('Aziz');
    await caritas.request('POST', `/api/referrals/${referral.id}/respond`, {
      response: 'accept',
      version: referral.version,
    });
    const seen = await read(caritas, opened.caseId);
    expect(seen.identityState).toBe('hidden');
    expect(seen.identity).toBeNull();
    expect(JSON.stringify(seen)).not.toContain('Aziz');
    expect(JSON.stringify(seen)).not.toContain('Karimov');
    // The national coordinator sees no name until opening it for a reason, which is audited and flagged.
    const national = await read(coordinator, opened.caseId);
    expect(national.identityState).toBe('openable');
    expect(JSON.stringify(national)).not.toContain('Aziz');
    const openedByCoordinator = await coordinator.request(
      'POST',
      `/api/cases/${opened.caseId}/identity/open`,
      {
        reason: 'Checking a possible duplicate reported by the police',
      },
    );
    expect(openedByCoordinator.status).toBe(200);
    expect((openedByCoordinator.json() as CaseView).identity?.givenName).toBe('Aziz');
    const audit = await app.services.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.recordId, opened.caseId));
    expect(
      audit.some((e) => e.action === 'case.identity.open' && JSON.stringify(e.detail).includes('breakGlass')),
    ).toBe(true);
  });

  it('shares the identity with the receiving organisation only while the consent to share stands', async () => {
    const opened = await intake(
      guard,
      minimal({
        identity: { givenName: 'Dilnoza', familyName: 'Rahimova', birthDate: '1996-08-19' },
        sex: 'female',
        consents: [
          { scope: 'referral_to_national_contact_point', method: 'signed' },
          { scope: 'referral_to_support_service', method: 'signed' },
          { scope: 'share_identity', method: 'signed' },
        ],
      }),
    );
    const caritasId = await orgId('caritas-centre-against-human-trafficking-and-exploitation');
    const sent = await guard.request('POST', `/api/cases/${opened.caseId}/referrals`, {
      toOrganisationId: caritasId,
      purpose: 'shelter',
    });
    const referral = sent.json() as { id: string; version: number; sharesIdentity: boolean };
    expect(referral.sharesIdentity).toBe(true);
    await caritas.request('POST', `/api/referrals/${referral.id}/respond`, {
      response: 'accept',
      version: referral.version,
    });
    const seen = await read(caritas, opened.caseId);
    expect(seen.identity?.givenName).toBe('Dilnoza');
    const consent = (seen as unknown as { consents: { id: string; scope: string }[] }).consents.find(
      (c) => c.scope === 'share_identity',
    )!;
    const withdrawn = await caritas.request(
      'POST',
      `/api/cases/${opened.caseId}/consents/${consent.id}/withdraw`,
      {
        reason: 'The person asked us to stop sharing their name.',
      },
    );
    expect(withdrawn.status, withdrawn.body).toBe(200);
    const after = await read(caritas, opened.caseId);
    expect(after.identityState).toBe('hidden');
    expect(JSON.stringify(after)).not.toContain('Dilnoza');
  });

  it('seals reasons at rest, shows them to the team, and keeps the timeline append-only', async () => {
    const opened = await intake(
      guard,
      minimal({
        consents: [{ scope: 'referral_to_support_service', method: 'spoken' }],
        kind: 'other_crime',
        otherCrime: 'violent_crime',
        exploitationForms: [],
      }),
    );
    const klaipedaId = await orgId('klaipeda-social-and-psychological-support-centre');
    const sent = (
      await guard.request('POST', `/api/cases/${opened.caseId}/referrals`, {
        toOrganisationId: klaipedaId,
        purpose: 'assistance',
      })
    ).json() as {
      id: string;
      version: number;
    };
    const secret = 'No beds left this week in the Klaipeda shelter';
    const declined = await klaipeda.request('POST', `/api/referrals/${sent.id}/respond`, {
      response: 'decline',
      version: sent.version,
      reason: secret,
    });
    expect(declined.status, declined.body).toBe(200);
    expect((declined.json() as { declineReason: string }).declineReason).toBe(secret);
    const view = await read(guard, opened.caseId);
    expect(view.timeline.some((e) => (e as { reason?: string }).reason === secret)).toBe(true);
    const { db } = app.services.database;
    const dump = JSON.stringify([
      await db.select().from(referrals).where(eq(referrals.caseId, opened.caseId)),
      await db.select().from(caseEvents).where(eq(caseEvents.caseId, opened.caseId)),
      await db.select().from(auditEvents).where(eq(auditEvents.recordId, sent.id)),
    ]);
    expect(dump).not.toContain('No beds left');
    await expect(
      db.update(caseEvents).set({ type: 'rewritten' }).where(eq(caseEvents.caseId, opened.caseId)),
    ).rejects.toThrow();
    await expect(db.delete(caseEvents).where(eq(caseEvents.caseId, opened.caseId))).rejects.toThrow();
  });

  it('creates one case from a draft submitted twice, even at the same moment', async () => {
    const id = randomUUID();
    await guard.request('PUT', `/api/intake-drafts/${id}`, { data: minimal() });
    const answers = await Promise.all([
      guard.request('POST', `/api/intake-drafts/${id}/submit`),
      guard.request('POST', `/api/intake-drafts/${id}/submit`),
    ]);
    expect(answers.map((a) => a.status)).toEqual([201, 201]);
    expect(new Set(answers.map((a) => (a.json() as { caseId: string }).caseId)).size).toBe(1);
    expect(await app.services.database.db.select().from(cases).where(eq(cases.draftId, id))).toHaveLength(1);
  });

  it('rejects incomplete and impossible intakes with the field named', async () => {
    const id = randomUUID();
    await guard.request('PUT', `/api/intake-drafts/${id}`, { data: { kind: 'trafficking', sex: 'female' } });
    const incomplete = await guard.request('POST', `/api/intake-drafts/${id}/submit`);
    expect(incomplete.status).toBe(400);
    const fields = (incomplete.json() as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['data.metAt', 'data.municipality', 'data.firstContactKind']),
    );
    for (const [data, field] of [
      [{ age: 121 }, 'body.data.age'],
      [{ metAt: new Date(Date.now() + 86_400_000).toISOString() }, 'body.data.metAt'],
      [{ indicators: ['NotAnHtcdsCode'] }, 'body.data.indicators.0'],
      [{ exploitationForms: ['Slavery'] }, 'body.data.exploitationForms.0'],
    ] as const) {
      const bad = await guard.request('PUT', `/api/intake-drafts/${randomUUID()}`, { data });
      expect(bad.status).toBe(400);
      expect((bad.json() as { errors: { field: string }[] }).errors[0]?.field).toBe(field);
    }
    expect((await guard.request('GET', '/api/cases/not-a-uuid')).status).toBe(400);
  });

  it('keeps a draft its author’s, and refuses a stale save', async () => {
    const id = randomUUID();
    const first = await guard.request('PUT', `/api/intake-drafts/${id}`, {
      data: { municipality: 'Kaunas' },
    });
    const { version } = first.json() as { version: number };
    expect(
      (
        await guard.request('PUT', `/api/intake-drafts/${id}`, {
          data: { municipality: 'Kauno r. sav.' },
          version,
        })
      ).status,
    ).toBe(200);
    expect(
      (await guard.request('PUT', `/api/intake-drafts/${id}`, { data: { municipality: 'Alytus' }, version }))
        .status,
    ).toBe(409);
    const police = await loginAs(app, 'police.officer@atrama.test');
    expect((await police.request('GET', `/api/intake-drafts/${id}`)).status).toBe(404);
    const mine = (await guard.request('GET', '/api/intake-drafts')).json() as {
      items: { id: string; data: { municipality?: string } }[];
    };
    expect(mine.items.find((d) => d.id === id)?.data.municipality).toBe('LT-16');
  });

  it('finds the same person across organisations by transliterated names, and tells the recording organisation nothing', async () => {
    const first = await intake(
      guard,
      minimal({
        identity: { givenName: 'Юлія', familyName: 'Коваленко', birthDate: '1994-03-02' },
        sex: 'female',
        citizenship: 'UA',
      }),
    );
    expect(first).not.toHaveProperty('possibleDuplicate');
    const police = await loginAs(app, 'police.officer@atrama.test');
    const second = await intake(
      police,
      minimal({
        identity: { givenName: 'Yuliia', familyName: 'Kovalenko', birthDate: '1994-03-02' },
        sex: 'female',
        firstContactKind: 'police',
      }),
    );
    // The recording organisation is told nothing: an answer saying "known elsewhere" would confirm
    // that someone of that name has a case with another organisation.
    expect(second).not.toHaveProperty('possibleDuplicate');
    const seen = await read(police, second.caseId);
    expect(seen.possibleDuplicate).toBe(false);
    expect((await read(coordinator, second.caseId)).possibleDuplicate).toBe(true);
    expect(JSON.stringify(seen)).not.toContain(first.caseId);
    expect(JSON.stringify(seen)).not.toContain(first.reference);
    // Added later, in another spelling and name order, on an anonymous case: found too.
    const third = await intake(police, minimal({ sex: 'female' }));
    const view = await read(police, third.caseId);
    const added = await police.request('POST', `/api/cases/${third.caseId}/identity`, {
      identity: { givenName: 'Kovalenko', familyName: 'Julija', birthDate: '1994-03-02' },
      version: view.version,
    });
    expect(added.status, added.body).toBe(200);
    expect((added.json() as CaseView).possibleDuplicate).toBe(false);
    expect((await read(coordinator, third.caseId)).possibleDuplicate).toBe(true);

    const desk = (await coordinator.request('GET', '/api/desk')).json() as {
      duplicates: { id: string; caseId: string; otherCaseId: string }[];
    };
    const flag = desk.duplicates.find((d) => d.caseId === second.caseId && d.otherCaseId === first.caseId);
    expect(flag).toBeDefined();
    expect(
      (
        await police.request('POST', `/api/duplicates/${flag!.id}/resolve`, {
          resolution: 'link',
          reason: 'same',
        })
      ).status,
    ).toBe(403);
    const linked = await coordinator.request('POST', `/api/duplicates/${flag!.id}/resolve`, {
      resolution: 'link',
      reason: 'Same person: name, birth date and place match.',
    });
    expect(linked.status).toBe(204);
    expect(
      (
        (await coordinator.request('GET', '/api/desk')).json() as { duplicates: { id: string }[] }
      ).duplicates.some((d) => d.id === flag!.id),
    ).toBe(false);

    // The third record is merged into the first: closed, and the police join the first case's team.
    const thirdFlag = (
      (await coordinator.request('GET', '/api/desk')).json() as {
        duplicates: { id: string; caseId: string; otherCaseId: string }[];
      }
    ).duplicates.find((d) => d.caseId === third.caseId && d.otherCaseId === first.caseId);
    const merged = await coordinator.request('POST', `/api/duplicates/${thirdFlag!.id}/resolve`, {
      resolution: 'merge',
      reason: 'The same woman, recorded again by the police.',
    });
    expect(merged.status).toBe(204);
    expect((await read(coordinator, third.caseId)).state).toBe('closed');
    const policeId = await orgId('lithuanian-police');
    expect(
      (await read(coordinator, first.caseId)).team.some((m) => m.id === policeId && m.leftAt === null),
    ).toBe(true);
    expect((await read(police, first.caseId)).timeline.map((e) => e.type)).toContain('duplicate_merged');
  });

  it('refuses what a review found open: consent-free referrals of adults, undoing a decision, unknown organisations', async () => {
    const opened = await intake(guard, minimal());
    const caritasId = await orgId('caritas-centre-against-human-trafficking-and-exploitation');
    const childRoute = await guard.request('POST', `/api/cases/${opened.caseId}/referrals`, {
      toOrganisationId: caritasId,
      purpose: 'child_protection',
    });
    expect(childRoute.status).toBe(409);
    expect(childRoute.json()).toMatchObject({ refusal: 'consent.referral_to_support_service' });
    let view = await read(coordinator, opened.caseId);
    const decided = await coordinator.request(
      'POST',
      `/api/cases/${opened.caseId}/decisions/identification`,
      {
        outcome: 'identified',
        reasons: 'Clear indicators.',
        decidedOn: new Date().toISOString().slice(0, 10),
        version: view.version,
      },
    );
    view = decided.json() as CaseView;
    const undo = await coordinator.request('POST', `/api/cases/${opened.caseId}/decisions/identification`, {
      outcome: 'more_information_needed',
      reasons: 'Second thoughts.',
      decidedOn: new Date().toISOString().slice(0, 10),
      version: view.version,
    });
    expect(undo.status).toBe(409);
    expect(undo.json()).toMatchObject({ refusal: 'already_decided' });
    const unknown = await guard.request('POST', `/api/cases/${opened.caseId}/consents`, {
      scope: 'referral_to_support_service',
      method: 'spoken',
      organisationId: randomUUID(),
      version: (await read(guard, opened.caseId)).version,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json()).toMatchObject({ errors: [{ field: 'body.organisationId' }] });
    // Tomorrow in Vilnius, as the server counts days (near midnight UTC it is already another day there).
    const tomorrow = shiftDay(todayInVilnius(), 1);
    const future = await coordinator.request('POST', `/api/cases/${opened.caseId}/decisions/cooperation`, {
      outcome: 'yes',
      decidedOn: tomorrow,
      version: view.version,
    });
    expect(future.status).toBe(400);
  });

  it('adds the child-protection service for a child', async () => {
    const opened = await intake(guard, minimal({ age: 15 }));
    const view = await read(guard, opened.caseId);
    expect(view.team.map((m) => m.role)).toContain('child_protection');
  });

  it("reads a passport's three-letter citizenship as its country and refuses a code that names none", async () => {
    const opened = await intake(guard, minimal({ citizenship: 'ukr' }));
    const view = (await read(guard, opened.caseId)) as CaseView & {
      facts: { citizenship: string };
      citizenshipPathway: string;
    };
    expect(view.facts.citizenship).toBe('UA');
    expect(view.citizenshipPathway).toBe('third_country');
    const id = randomUUID();
    const refused = await guard.request('PUT', `/api/intake-drafts/${id}`, {
      data: minimal({ citizenship: 'XX' }),
    });
    expect(refused.status).toBe(400);
    expect((refused.json() as { errors: { field: string; message: string }[] }).errors).toContainEqual(
      expect.objectContaining({
        field: 'body.data.citizenship',
        message: expect.stringMatching(/^unknown_country/),
      }),
    );
  });

  it('keeps organisation-only notes within the organisation, and team notes within the team', async () => {
    const opened = await intake(guard, minimal());
    const view = await read(guard, opened.caseId);
    await guard.request('POST', `/api/cases/${opened.caseId}/notes`, {
      text: 'For the team',
      visibility: 'team',
    });
    await guard.request('POST', `/api/cases/${opened.caseId}/notes`, {
      text: 'Only our unit',
      visibility: 'organisation',
    });
    // Off the team the coordinator reads no notes; once the point of contact is on it, the team's.
    const national = await read(coordinator, opened.caseId);
    expect(national.notes).toEqual([]);
    const decided = await coordinator.request(
      'POST',
      `/api/cases/${opened.caseId}/decisions/identification`,
      {
        outcome: 'identified',
        reasons: 'Indicators of forced labour at the site.',
        decidedOn: todayInVilnius(),
        version: national.version,
      },
    );
    expect(decided.status, decided.body).toBe(200);
    expect((decided.json() as CaseView).notes.map((n) => n.text)).toEqual(['For the team']);
    expect((await read(guard, opened.caseId)).notes).toHaveLength(2);
    expect(view.version).toBeLessThan(national.version);
  });
});
