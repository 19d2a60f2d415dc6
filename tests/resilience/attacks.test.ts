import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '../../src/access/tables.ts';
import { currentTotp } from '../../src/access/totp.ts';
import { auditEvents } from '../../src/audit/tables.ts';
import { todayInVilnius } from '../../src/cases/model.ts';
import { cases } from '../../src/cases/tables.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/demo/staff.ts';
import { backends, type Client, clientFor, loginAs, startTestApp, type TestApp } from '../support/harness.ts';
import { pdfText } from '../support/pdf-text.ts';

// The attacks of the trust-boundary review, each replayed through the HTTP API with nothing but demo
// logins, on both databases. Each must fail; docs/data-protection.md lists them with what stops them.

type CaseView = {
  id: string;
  version: number;
  identityState: string;
  identity: { givenName: string; familyName?: string } | null;
  possibleDuplicate: boolean;
  notes: { text: string }[];
  referrals: { id: string; to: { id: string }; status: string; version: number }[];
};
type Problem = { status: number; code: string; detail: string; refusal?: string; lockedUntil?: string };

const CARITAS = 'caritas-centre-against-human-trafficking-and-exploitation';

describe.each(backends())('attacks on the trust boundary, on %s', (backend) => {
  let app: TestApp;
  let guard: Client;
  let coordinator: Client;
  let caritas: Client;
  let orgId: (slug: string) => Promise<string>;

  beforeAll(async () => {
    app = await startTestApp(backend);
    [guard, coordinator, caritas] = await Promise.all([
      loginAs(app, 'border.guard@atrama.test'),
      loginAs(app, 'coordinator@atrama.test'),
      loginAs(app, 'case.worker@atrama.test', CARITAS),
    ]);
    orgId = async (slug) =>
      (await app.services.database.db.select().from(organisations).where(eq(organisations.slug, slug)))[0]!
        .id;
  });
  afterAll(() => app?.close());

  const today = () => todayInVilnius();
  const json = <T>(response: { json: () => unknown }) => response.json() as T;

  /** A border guard's record of a named person who agreed to referrals but not to sharing their name. */
  async function namedIntake(givenName: string, extraConsents: { scope: string; method: string }[] = []) {
    const id = randomUUID();
    const data = {
      kind: 'trafficking',
      metAt: new Date(Date.now() - 3_600_000).toISOString(),
      municipality: 'Vilnius',
      firstContactKind: 'border_guard',
      exploitationForms: ['ForcedLabour'],
      indicators: ['WithholdsDocuments'],
      sex: 'male',
      age: 31,
      citizenship: 'UZ',
      identity: { givenName, familyName: 'Tursunov', birthDate: '1995-01-02' },
      consents: [
        { scope: 'referral_to_national_contact_point', method: 'spoken' },
        { scope: 'referral_to_support_service', method: 'spoken' },
        ...extraConsents,
      ],
    };
    expect((await guard.request('PUT', `/api/intake-drafts/${id}`, { data })).status).toBe(200);
    const submitted = await guard.request('POST', `/api/intake-drafts/${id}/submit`);
    expect(submitted.status, submitted.body).toBe(201);
    return submitted.json() as Record<string, unknown> & { caseId: string; reference: string };
  }

  /** The guard refers the case to Caritas, which accepts: the guard's organisation leaves the team. */
  async function handOverToCaritas(caseId: string) {
    const sent = await guard.request('POST', `/api/cases/${caseId}/referrals`, {
      toOrganisationId: await orgId(CARITAS),
      purpose: 'assistance',
    });
    expect(sent.status, sent.body).toBe(201);
    const referral = json<{ id: string; version: number }>(sent);
    const accepted = await caritas.request('POST', `/api/referrals/${referral.id}/respond`, {
      response: 'accept',
      version: referral.version,
    });
    expect(accepted.status, accepted.body).toBe(200);
  }

  const read = async (client: Client, caseId: string) => {
    const response = await client.request('GET', `/api/cases/${caseId}`);
    expect(response.status, response.body).toBe(200);
    return json<CaseView>(response);
  };

  async function identifiedWithCard(caseId: string) {
    const identified = await coordinator.request('POST', `/api/cases/${caseId}/decisions/identification`, {
      outcome: 'identified',
      reasons: 'Documents withheld by the employer.',
      decidedOn: today(),
      version: (await read(coordinator, caseId)).version,
    });
    expect(identified.status, identified.body).toBe(200);
    const issued = await caritas.request('POST', `/api/cases/${caseId}/cards`);
    expect(issued.status, issued.body).toBe(201);
    return json<{ cards: { id: string }[] }>(issued).cards[0]!.id;
  }

  const flaggedAudit = async (caseId: string, action: string) =>
    (
      await app.services.database.db.select().from(auditEvents).where(eq(auditEvents.recordId, caseId))
    ).filter((e) => e.action === action);

  describe('1. card prints obey the identity rules', () => {
    it('a team member the case page hides the identity from gets a refusal, never the name', async () => {
      const { caseId } = await namedIntake('Bekzod');
      await handOverToCaritas(caseId);
      expect((await read(caritas, caseId)).identityState).toBe('hidden');
      const cardId = await identifiedWithCard(caseId);
      const printed = await caritas.request('GET', `/api/cases/${caseId}/cards/${cardId}/pdf?lang=en`);
      expect(printed.status).toBe(409);
      expect(json<Problem>(printed).refusal).toBe('card_identity_hidden');
      expect(printed.body).not.toContain('Bekzod');
    });

    it('the national coordinator prints a name only after opening it for a reason, and the print is flagged', async () => {
      const { caseId } = await namedIntake('Jasur', [{ scope: 'share_identity', method: 'signed' }]);
      await handOverToCaritas(caseId);
      const cardId = await identifiedWithCard(caseId);
      const url = `/api/cases/${caseId}/cards/${cardId}/pdf?lang=en`;
      const before = await coordinator.request('GET', url);
      expect(before.status).toBe(409);
      expect(json<Problem>(before).refusal).toBe('card_identity_not_opened');
      const reason = 'The embassy asked to confirm the card is genuine.';
      const opened = await coordinator.request('POST', `/api/cases/${caseId}/identity/open`, { reason });
      expect(opened.status, opened.body).toBe(200);
      const after = await coordinator.request('GET', url);
      expect(after.status, after.body).toBe(200);
      expect(pdfText(after.raw)).toContain('Jasur');
      const prints = await flaggedAudit(caseId, 'card.print');
      expect(prints.at(-1)?.detail).toMatchObject({ breakGlass: true, reason });
      // The team member the identity was shared with prints it as before.
      expect((await caritas.request('GET', url)).status).toBe(200);
    });
  });

  describe('2. an organisation cannot grant itself powers', () => {
    it('a manager cannot change their own functions, accreditation or two-factor requirement', async () => {
      const manager = await loginAs(app, 'manager@atrama.test');
      const caritasId = await orgId(CARITAS);
      const db = app.services.database.db;
      const [before] = await db.select().from(organisations).where(eq(organisations.id, caritasId));
      for (const body of [
        { functions: ['support_service', 'national_contact_point'] },
        { accredited: !before!.accredited },
        { requiresTwoFactor: !before!.requiresTwoFactor },
        { functions: ['support_service', 'national_contact_point'], reason: 'We are the contact point now.' },
      ]) {
        const answer = await manager.request('PATCH', `/api/organisations/${caritasId}`, body);
        expect(answer.status, JSON.stringify(body)).toBe(403);
      }
      const [row] = await db.select().from(organisations).where(eq(organisations.id, caritasId));
      expect(row).toMatchObject({
        functions: before!.functions,
        accredited: before!.accredited,
        requiresTwoFactor: before!.requiresTwoFactor,
      });
      // Renaming stays theirs.
      const renamed = await manager.request('PATCH', `/api/organisations/${caritasId}`, {
        name: { lt: row!.nameLt, en: row!.nameEn },
      });
      expect(renamed.status, renamed.body).toBe(200);
    });

    it('an administrator changes them only with a reason, kept in the audit trail, and never moves the contact point', async () => {
      const admin = await loginAs(app, 'admin@atrama.test');
      const klaipedaId = await orgId('klaipeda-social-and-psychological-support-centre');
      const url = `/api/organisations/${klaipedaId}`;
      const noReason = await admin.request('PATCH', url, { requiresTwoFactor: true });
      expect(noReason.status).toBe(400);
      const reason = 'Holds identities of trafficking victims: two-factor from now on.';
      const done = await admin.request('PATCH', url, { requiresTwoFactor: true, reason });
      expect(done.status, done.body).toBe(200);
      const [event] = (
        await app.services.database.db.select().from(auditEvents).where(eq(auditEvents.recordId, klaipedaId))
      ).filter((e) => e.action === 'organisation.update');
      expect(event?.detail).toMatchObject({ powers: ['requiresTwoFactor'], reason });
      const moved = await admin.request('PATCH', url, {
        functions: ['support_service', 'national_contact_point'],
        reason: 'Trying to add a second contact point.',
      });
      expect(moved.status).toBe(409);
      expect(json<Problem>(moved).refusal).toBe('national_contact_point_configured');
    });

    it('the database holds at most one national point of contact, and intakes go to the configured one', async () => {
      const db = app.services.database.db;
      await expect(
        db.execute(
          sql`update organisations set functions = functions || array['national_contact_point'] where slug = ${CARITAS}`,
        ),
      ).rejects.toThrow();
      const { caseId } = await namedIntake('Otabek');
      const view = await read(coordinator, caseId);
      expect(view.referrals.map((r) => r.to.id)).toEqual([await orgId('ministry-of-the-interior')]);
    });
  });

  describe('3. identity follows the case team', () => {
    it('after hand-over the first responder reads neither the case nor the person', async () => {
      const { caseId } = await namedIntake('Sardor', [{ scope: 'share_identity', method: 'signed' }]);
      const [row] = await app.services.database.db.select().from(cases).where(eq(cases.id, caseId));
      const personUrl = `/api/people/${row!.personId}`;
      expect(
        json<{ identity: { givenName: string } }>(await guard.request('GET', personUrl)).identity.givenName,
      ).toBe('Sardor');
      await handOverToCaritas(caseId);
      // The new team corrects the name; the organisation that left learns nothing of it.
      const view = await read(caritas, caseId);
      const corrected = await caritas.request('POST', `/api/cases/${caseId}/identity`, {
        identity: { givenName: 'Sardorbek', familyName: 'Tursunov', birthDate: '1995-01-02' },
        version: view.version,
      });
      expect(corrected.status, corrected.body).toBe(200);
      expect((await guard.request('GET', `/api/cases/${caseId}`)).status).toBe(404);
      const person = await guard.request('GET', personUrl);
      expect(person.status).toBe(404);
      expect(person.body).not.toContain('Sardor');
      const forTeam = json<{ identity: { givenName: string } }>(await caritas.request('GET', personUrl));
      expect(forTeam.identity.givenName).toBe('Sardorbek');
    });

    it('a team member without the consent to share reads the person without their identity', async () => {
      const { caseId } = await namedIntake('Rustam');
      await handOverToCaritas(caseId);
      const [row] = await app.services.database.db.select().from(cases).where(eq(cases.id, caseId));
      const person = await caritas.request('GET', `/api/people/${row!.personId}`);
      expect(person.status, person.body).toBe(200);
      expect(json<{ identity: unknown }>(person).identity).toBeNull();
      expect(person.body).not.toContain('Rustam');
    });
  });

  describe('5. lockout holds under concurrency', () => {
    it('25 parallel wrong passwords: four answered "wrong", the rest "locked", and then the right one is locked too', async () => {
      const email = 'investigator@atrama.test';
      const answers = await Promise.all(
        Array.from({ length: 25 }, () =>
          clientFor(app).request('POST', '/api/auth/login', { email, password: 'a wrong password here' }),
        ),
      );
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(4);
      expect(statuses.filter((s) => s === 423)).toHaveLength(21);
      const right = await clientFor(app).request('POST', '/api/auth/login', {
        email,
        password: DEMO_PASSWORD,
      });
      expect(right.status).toBe(423);
    });
  });

  describe('6. the second factor', () => {
    async function atSecondFactor(email: string) {
      const login = await clientFor(app).request('POST', '/api/auth/login', {
        email,
        password: DEMO_PASSWORD,
      });
      expect(login.status, login.body).toBe(200);
      return clientFor(app, String(login.headers['set-cookie']).split(';')[0]!, email);
    }

    it('five wrong codes lock the second factor, whatever the session, and a right code is then refused', async () => {
      const email = 'auditor@atrama.test';
      const first = await atSecondFactor(email);
      for (let i = 0; i < 4; i++) {
        expect((await first.request('POST', '/api/auth/totp', { code: '000000' })).status).toBe(401);
      }
      // A new session does not start the count again.
      const second = await atSecondFactor(email);
      expect((await second.request('POST', '/api/auth/totp', { code: '000000' })).status).toBe(423);
      await app.services.database.db.execute(
        sql`update users set totp_last_step = null where email = ${email}`,
      );
      const right = await second.request('POST', '/api/auth/totp', {
        code: currentTotp(DEMO_TOTP_SECRET, email),
      });
      expect(right.status).toBe(423);
    });

    it('a logged-in session cannot replace the second factor or get new recovery codes without the password and a current code', async () => {
      const dpo = await loginAs(app, 'dpo@atrama.test');
      const bare = await dpo.request('POST', '/api/auth/totp/enrolment', {});
      expect(bare.status).toBe(400);
      const wrongPassword = await dpo.request('POST', '/api/auth/totp/enrolment', {
        password: 'not the password at all',
        code: '123456',
      });
      expect(wrongPassword.status).toBe(401);
      const wrongCode = await dpo.request('POST', '/api/auth/totp/enrolment', {
        password: DEMO_PASSWORD,
        code: '000000',
      });
      expect(wrongCode.status).toBe(401);
      const email = 'dpo@atrama.test';
      await app.services.database.db.execute(
        sql`update users set totp_last_step = null where email = ${email}`,
      );
      const proven = await dpo.request('POST', '/api/auth/totp/enrolment', {
        password: DEMO_PASSWORD,
        code: currentTotp(DEMO_TOTP_SECRET, email),
      });
      expect(proven.status, proven.body).toBe(200);
    });
  });

  describe('8. no oracles', () => {
    it('an intake never tells the first responder that the person is known elsewhere', async () => {
      const first = await namedIntake('Alisher');
      const police = await loginAs(app, 'police.officer@atrama.test');
      const id = randomUUID();
      const data = {
        kind: 'trafficking',
        metAt: new Date().toISOString(),
        municipality: 'Kaunas',
        firstContactKind: 'police',
        exploitationForms: ['ForcedLabour'],
        sex: 'male',
        identity: { givenName: 'Alisher', familyName: 'Tursunov', birthDate: '1995-01-02' },
        consents: [{ scope: 'referral_to_national_contact_point', method: 'spoken' }],
      };
      await police.request('PUT', `/api/intake-drafts/${id}`, { data });
      const second = await police.request('POST', `/api/intake-drafts/${id}/submit`);
      expect(second.status, second.body).toBe(201);
      expect(Object.keys(second.json() as object).sort()).toEqual(['caseId', 'reference']);
      const { caseId } = json<{ caseId: string }>(second);
      expect((await read(police, caseId)).possibleDuplicate).toBe(false);
      expect((await read(coordinator, caseId)).possibleDuplicate).toBe(true);
      expect(first).not.toHaveProperty('possibleDuplicate');
    });

    it('a locked account and an unknown e-mail answer alike, and neither lets more than four tries be answered "wrong"', async () => {
      const burst = (email: string) =>
        Promise.all(
          Array.from({ length: 12 }, () =>
            clientFor(app).request('POST', '/api/auth/login', { email, password: 'a wrong password here' }),
          ),
        );
      const known = await burst('compensation@atrama.test');
      const unknown = await burst('no-such-person@atrama.test');
      for (const answers of [known, unknown]) {
        expect(answers.filter((a) => a.status === 401)).toHaveLength(4);
        expect(answers.filter((a) => a.status === 423)).toHaveLength(8);
      }
      const shape = (a: { json: () => unknown }) => {
        const { lockedUntil, detail, ...rest } = a.json() as Problem & Record<string, unknown>;
        return {
          ...rest,
          detail: detail.replace(lockedUntil ?? '', '<time>'),
          lockedUntil: typeof lockedUntil,
        };
      };
      const lockedKnown = known.find((a) => a.status === 423)!;
      const lockedUnknown = unknown.find((a) => a.status === 423)!;
      expect(shape(lockedUnknown)).toEqual(shape(lockedKnown));
      expect(Object.keys(lockedUnknown.headers).sort()).toEqual(Object.keys(lockedKnown.headers).sort());
    });
  });

  describe('10. team notes and the national coordinator', () => {
    it('the coordinator off the team reads neither the team notes nor the words of assistance', async () => {
      const { caseId } = await namedIntake('Farrukh');
      const note = 'He said his brother is still at the farm near Ukmergė.';
      const added = await guard.request('POST', `/api/cases/${caseId}/notes`, {
        text: note,
        visibility: 'team',
      });
      expect(added.status, added.body).toBe(200);
      const national = await coordinator.request('GET', `/api/cases/${caseId}`);
      expect(json<CaseView>(national).notes).toEqual([]);
      expect(national.body).not.toContain('Ukmergė');
      // On the team (after taking the referral up by deciding), the coordinator reads them.
      const decided = await coordinator.request('POST', `/api/cases/${caseId}/decisions/identification`, {
        outcome: 'identified',
        reasons: 'Indicators of forced labour.',
        decidedOn: today(),
        version: json<CaseView>(national).version,
      });
      expect(decided.status, decided.body).toBe(200);
      expect(json<CaseView>(decided).notes.map((n) => n.text)).toContain(note);
    });
  });
});
