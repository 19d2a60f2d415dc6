import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '../../src/access/tables.ts';
import { auditEvents } from '../../src/audit/tables.ts';
import {
  caseEvents,
  caseNotes,
  cases,
  consents,
  personMatchKeys,
  referrals,
} from '../../src/cases/tables.ts';
import { people, personKeys } from '../../src/people/tables.ts';
import { fill, TEXTS } from '../../src/rights/texts/index.ts';
import { backends, type Client, loginAs, ORIGIN, startTestApp, type TestApp } from '../support/harness.ts';
import { decodePdfkitText, pdfText } from '../support/pdf-text.ts';

// A person's rights through the HTTP API, on a real database: the data protection officer finds them
// from a case, exports everything held (JSON and a PDF in their language), restricts processing, and
// erases them; the statistics stay.

type CaseView = {
  id: string;
  reference: string;
  kind: string;
  state: string;
  child: boolean;
  sex: string;
  ageBand: string;
  citizenshipPathway: string;
  version: number;
  restricted: boolean;
  identityState: string;
  identity: { givenName: string } | null;
  team: { id: string; leftAt: string | null }[];
  consents: { id: string; scope: string; withdrawnAt: string | null }[];
  referrals: {
    id: string;
    status: string;
    note: string | null;
    declineReason: string | null;
    version: number;
  }[];
  decisions: {
    identification: { reasons: string | null } | null;
    cooperation: { note: string | null } | null;
  };
  timeline: { type: string; reason: string | null }[];
  notes: { text: string }[];
};
type Subject = {
  person: { id: string; identityState: string; identity: { givenName: string } | null };
  restriction: { restricted: boolean; history: { restricted: boolean; reason: string | null }[] };
  cases: { id: string; reference: string }[];
  language: string;
};
type Export = {
  format: string;
  language: string;
  person: Subject['person'] & { sex: string; ageBand: string };
  restriction: Subject['restriction'];
  cases: {
    reference: string;
    notes: { text: string | null }[];
    referrals: { note: string | null; reason: string | null }[];
    decisions: { identification: { reasons: string | null }; cooperation: { note: string | null } };
    timeline: { type: string; reason: string | null }[];
  }[];
  audit: { action: string; outcome: string; role: string | null; detail: Record<string, unknown> | null }[];
};

const NAME = { givenName: 'Олена', familyName: 'Коваленко-Шевчук' };
const CORRECTED = 'Коваленко';
const NOTE = 'Met at the Kaunas bus station; asked for help in Ukrainian. Šaltinis: Žalgirio g.';
const REFERRAL_NOTE = 'Needs a safe place near Klaipėda tonight.';
const DECLINE = 'No free place this week; try Caritas.';
const REASONS = 'Passport withheld by the employer, unpaid for three months, lives at the farm.';
const COOPERATION_NOTE = 'Will decide after speaking to a lawyer.';
const BREAK_GLASS = 'Preparing the identification interview with an interpreter';

describe.each(backends())('data-subject rights on %s', (backend) => {
  let app: TestApp;
  let guard: Client;
  let coordinator: Client;
  let klaipeda: Client;
  let caritas: Client;
  let dpo: Client;
  let caseId: string;
  let reference: string;
  let personId: string;

  const read = async (client: Client, id = caseId) => {
    const response = await client.request('GET', `/api/cases/${id}`);
    expect(response.status, response.body).toBe(200);
    return response.json() as CaseView;
  };
  /** A GET whose body is binary (the harness client reads bodies as text). */
  const raw = async (client: Client, url: string) => {
    const response = await app.app.inject({
      method: 'GET',
      url,
      headers: { host: 'localhost', origin: ORIGIN, cookie: client.cookie },
    });
    return { status: response.statusCode, headers: response.headers, bytes: response.rawPayload };
  };
  /** The audit events of an action on a record, newest first, as stored (with their detail). */
  const auditOf = (action: string, recordId = personId) =>
    app.services.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, action), eq(auditEvents.recordId, recordId)))
      .orderBy(desc(auditEvents.seq));
  const deniedOf = async (action: string) =>
    (
      (await dpo.request('GET', `/api/audit?action=${action}&outcome=denied`)).json() as {
        items: { actorEmail: string | null }[];
      }
    ).items;
  const orgId = async (slug: string) =>
    (await app.services.database.db.select().from(organisations).where(eq(organisations.slug, slug)))[0]!.id;

  beforeAll(async () => {
    app = await startTestApp(backend);
    [guard, coordinator, klaipeda, caritas, dpo] = await Promise.all([
      loginAs(app, 'border.guard@atrama.test'),
      loginAs(app, 'coordinator@atrama.test'),
      loginAs(app, 'klaipeda.worker@atrama.test'),
      loginAs(app, 'case.worker@atrama.test', 'caritas-centre-against-human-trafficking-and-exploitation'),
      loginAs(app, 'dpo@atrama.test'),
    ]);

    // A border guard records a Ukrainian woman, named, who agreed to referral and to sharing her name.
    const draft = randomUUID();
    const saved = await guard.request('PUT', `/api/intake-drafts/${draft}`, {
      data: {
        kind: 'trafficking',
        metAt: new Date(Date.now() - 86_400_000).toISOString(),
        municipality: 'Kaunas',
        firstContactKind: 'border_guard',
        exploitationForms: ['ForcedLabour'],
        indicators: ['WithholdsDocuments', 'UnpaidOrUnderpaid'],
        sex: 'female',
        age: 29,
        citizenship: 'UA',
        languages: ['uk', 'ru'],
        interpreterNeeded: true,
        urgentNeeds: ['shelter'],
        identity: {
          ...NAME,
          birthDate: '1996-03-08',
          contacts: [{ kind: 'phone', value: '+380 67 123 4567' }],
        },
        consents: [
          { scope: 'referral_to_national_contact_point', method: 'spoken' },
          { scope: 'referral_to_support_service', method: 'spoken' },
          { scope: 'contact_by_phone', method: 'spoken' },
        ],
      },
    });
    expect(saved.status, saved.body).toBe(200);
    const opened = await guard.request('POST', `/api/intake-drafts/${draft}/submit`);
    expect(opened.status, opened.body).toBe(201);
    ({ caseId, reference } = opened.json() as { caseId: string; reference: string });
    expect(
      (await guard.request('POST', `/api/cases/${caseId}/notes`, { text: NOTE, visibility: 'team' })).status,
    ).toBe(200);
    let view = await read(guard);
    const phone = view.consents.find((c) => c.scope === 'contact_by_phone')!;
    const withdrawn = await guard.request('POST', `/api/cases/${caseId}/consents/${phone.id}/withdraw`, {
      reason: 'She lost the phone; call through Caritas.',
    });
    expect(withdrawn.status, withdrawn.body).toBe(200);

    // The national coordinator opens the name for a reason, decides, and refers her to Klaipėda, who declines.
    expect(
      (await coordinator.request('POST', `/api/cases/${caseId}/identity/open`, { reason: BREAK_GLASS }))
        .status,
    ).toBe(200);
    view = await read(coordinator);
    const decided = await coordinator.request('POST', `/api/cases/${caseId}/decisions/identification`, {
      outcome: 'identified',
      reasons: REASONS,
      decidedOn: new Date().toISOString().slice(0, 10),
      version: view.version,
    });
    expect(decided.status, decided.body).toBe(200);
    const cooperation = await coordinator.request('POST', `/api/cases/${caseId}/decisions/cooperation`, {
      outcome: 'not_yet',
      note: COOPERATION_NOTE,
      decidedOn: new Date().toISOString().slice(0, 10),
      version: (decided.json() as CaseView).version,
    });
    expect(cooperation.status, cooperation.body).toBe(200);
    const sent = await coordinator.request('POST', `/api/cases/${caseId}/referrals`, {
      toOrganisationId: await orgId('klaipeda-social-and-psychological-support-centre'),
      purpose: 'shelter',
      note: REFERRAL_NOTE,
    });
    expect(sent.status, sent.body).toBe(201);
    const referral = sent.json() as { id: string; version: number };
    const declined = await klaipeda.request('POST', `/api/referrals/${referral.id}/respond`, {
      response: 'decline',
      version: referral.version,
      reason: DECLINE,
    });
    expect(declined.status, declined.body).toBe(200);
  });
  afterAll(() => app?.close());

  it('finds the person from the case reference or id, for the data protection officer only (audited)', async () => {
    const byReference = await dpo.request('GET', `/api/people/lookup?case=${reference.toLowerCase()}`);
    expect(byReference.status, byReference.body).toBe(200);
    const subject = byReference.json() as Subject;
    personId = subject.person.id;
    expect(subject.person.identity?.givenName).toBe(NAME.givenName);
    expect(subject.cases.map((c) => c.reference)).toEqual([reference]);
    expect(subject.language).toBe('uk');
    expect(subject.restriction.restricted).toBe(false);
    const byId = (await dpo.request('GET', `/api/people/lookup?case=${caseId}`)).json() as Subject;
    expect(byId.person.id).toBe(personId);
    expect((await dpo.request('GET', '/api/people/lookup?case=ATR-1999-999999')).status).toBe(404);

    expect((await auditOf('person.lookup'))[0]).toMatchObject({
      actorEmail: 'dpo@atrama.test',
      outcome: 'success',
    });
    const refused = await coordinator.request('GET', `/api/people/lookup?case=${reference}`);
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.json())).not.toContain(NAME.givenName);
    expect((await deniedOf('person.lookup')).some((e) => e.actorEmail === 'coordinator@atrama.test')).toBe(
      true,
    );
  });

  it('exports everything held about the person as JSON: identity, notes, referral texts, decisions, audit', async () => {
    const response = await dpo.request('GET', `/api/people/${personId}/export?format=json`);
    expect(response.status, response.body).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="atrama-.*\.json"/);
    const data = response.json() as Export;
    expect(data.format).toBe('atrama.subject-export/1');
    expect(data.language).toBe('uk');
    expect(data.person.identity).toMatchObject(NAME);
    const [exported] = data.cases;
    expect(exported?.reference).toBe(reference);
    expect(exported?.notes.map((n) => n.text)).toEqual([NOTE]);
    expect(exported?.referrals.find((r) => r.note === REFERRAL_NOTE)?.reason).toBe(DECLINE);
    expect(exported?.decisions.identification.reasons).toBe(REASONS);
    expect(exported?.decisions.cooperation.note).toBe(COOPERATION_NOTE);
    expect(exported?.timeline.map((e) => e.reason)).toEqual(
      expect.arrayContaining(['She lost the phone; call through Caritas.', BREAK_GLASS, DECLINE]),
    );
    // The audit trail about her: who recorded, read and opened her case, and the officer's look-up.
    expect(data.audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'case.create',
        'case.read',
        'case.identity.open',
        'referral.decline',
        'person.lookup',
      ]),
    );
    expect(JSON.stringify(data)).not.toContain('@atrama.test');
    // Every text about her is sealed at rest: the cooperation note is not in the case row in the clear.
    const [stored] = await app.services.database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(JSON.stringify(stored)).not.toContain(COOPERATION_NOTE);
    expect((await read(coordinator)).decisions.cooperation?.note).toBe(COOPERATION_NOTE);

    expect((await auditOf('person.export'))[0]).toMatchObject({
      actorEmail: 'dpo@atrama.test',
      outcome: 'success',
      detail: { format: 'json', language: 'uk', cases: 1 },
    });
    for (const denied of [coordinator, guard]) {
      const refused = await denied.request('GET', `/api/people/${personId}/export`);
      expect(refused.status).toBe(403);
      expect(refused.body).not.toContain(NAME.givenName);
    }
    expect((await deniedOf('person.export')).map((e) => e.actorEmail)).toEqual(
      expect.arrayContaining(['coordinator@atrama.test', 'border.guard@atrama.test']),
    );
  });

  it('exports a PDF in the person’s language, with her name in Cyrillic', async () => {
    const uk = await raw(dpo, `/api/people/${personId}/export?format=pdf&lang=uk`);
    expect(uk.status, uk.bytes.toString('utf8').slice(0, 300)).toBe(200);
    expect(uk.headers['content-type']).toBe('application/pdf');
    expect(uk.headers['content-disposition']).toMatch(/\.pdf"$/);
    expect(uk.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(uk.bytes);
    for (const expected of [NAME.givenName, NAME.familyName, 'Дані про вас', 'Примусова праця']) {
      expect(text).toContain(expected);
    }
    // The decoder used where pdftotext is missing reads the same words.
    expect(decodePdfkitText(uk.bytes)).toContain(NAME.familyName);
    expect((await auditOf('person.export'))[0]).toMatchObject({ detail: { format: 'pdf', language: 'uk' } });

    const lt = await raw(dpo, `/api/people/${personId}/export?format=pdf&lang=lt`);
    const ltText = pdfText(lt.bytes);
    expect(ltText).toContain('Atramoje saugomi duomenys apie jus');
    expect(ltText).toContain('Priverstinis darbas');
    expect(ltText).toContain('Klaipėda');
  });

  it('words everything in the PDF in each language: no codes, and refused attempts by others said in words', async () => {
    // Caritas is not on the team: its worker is not shown the case (nor told it exists), and the
    // refusal is audited.
    expect((await caritas.request('GET', `/api/cases/${caseId}`)).status).toBe(404);
    const caritasName = (
      await app.services.database.db
        .select()
        .from(organisations)
        .where(eq(organisations.slug, 'caritas-centre-against-human-trafficking-and-exploitation'))
    )[0]!;
    for (const lang of ['lt', 'en', 'ru', 'uk'] as const) {
      const pdf = await raw(dpo, `/api/people/${personId}/export?format=pdf&lang=${lang}`);
      expect(pdf.status).toBe(200);
      const text = pdfText(pdf.bytes);
      // Action names ("case.read", "assistance.read") and snake_case identifiers are codes, not words.
      expect(text, lang).not.toMatch(/\b(person|case|referral|assistance|card|auth)\.[a-z_.]+/);
      expect(text, lang).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
      expect(text, lang).not.toMatch(/Refused|Denied/);
      // The refused read is said in words: who tried, and that nothing was shown.
      const t = TEXTS[lang];
      const who = `${lang === 'lt' ? caritasName.nameLt : caritasName.nameEn}, ${t.codes.role.case_worker}`;
      const flat = (words: string) => words.replace(/\s/g, '');
      expect(flat(text), lang).toContain(
        flat(`${t.codes.auditAction['case.read']} ${fill(t.audit.denied, { who })}`),
      );
    }
  });

  it('says clearly when the PDF font is missing, and exports nothing', async () => {
    const before = (await auditOf('person.export')).length;
    const config = app.services.config;
    config.pdfFont = '/nonexistent/DejaVuSans.ttf';
    try {
      const refused = await dpo.request('GET', `/api/people/${personId}/export?format=pdf`);
      expect(refused.status).toBe(503);
      expect(refused.json()).toMatchObject({ detail: expect.stringContaining('ATRAMA_PDF_FONT') });
    } finally {
      config.pdfFont = undefined;
    }
    expect((await auditOf('person.export')).length).toBe(before);
  });

  it('rectification: the organisation holding the identity corrects it on the case, and the export follows', async () => {
    const view = await read(guard);
    const corrected = await guard.request('POST', `/api/cases/${caseId}/identity`, {
      identity: { ...view.identity, familyName: CORRECTED },
      version: view.version,
    });
    expect(corrected.status, corrected.body).toBe(200);
    expect((corrected.json() as CaseView).timeline.map((e) => e.type)).toContain('identity_corrected');
    // Another organisation cannot correct what it does not hold.
    const elsewhere = await coordinator.request('POST', `/api/cases/${caseId}/identity`, {
      identity: { givenName: 'X' },
      version: (corrected.json() as CaseView).version,
    });
    expect(elsewhere.json()).toMatchObject({ status: 409, refusal: 'identity_elsewhere' });
    const exported = (await dpo.request('GET', `/api/people/${personId}/export`)).json() as Export;
    expect(exported.person.identity).toMatchObject({ givenName: NAME.givenName, familyName: CORRECTED });
    expect((await auditOf('case.identity.set', caseId))[0]).toMatchObject({
      actorEmail: 'border.guard@atrama.test',
      outcome: 'success',
    });
  });

  it('restriction: reads still work and show it, every change is refused with 409 "restricted" until lifted', async () => {
    const waiting = await coordinator.request('POST', `/api/cases/${caseId}/referrals`, {
      toOrganisationId: await orgId('caritas-centre-against-human-trafficking-and-exploitation'),
      purpose: 'assistance',
    });
    expect(waiting.status, waiting.body).toBe(201);
    const pending = waiting.json() as { id: string; version: number };

    const set = await dpo.request('POST', `/api/people/${personId}/restriction`, {
      restricted: true,
      reason: 'She contests the accuracy of the recorded facts (request 2026-14).',
    });
    expect(set.status, set.body).toBe(200);
    expect(set.json()).toMatchObject({ restricted: true, history: [{ restricted: true }] });
    expect((await auditOf('person.restrict'))[0]).toMatchObject({
      actorEmail: 'dpo@atrama.test',
      outcome: 'success',
    });
    const again = await dpo.request('POST', `/api/people/${personId}/restriction`, {
      restricted: true,
      reason: 'x',
    });
    expect(again.json()).toMatchObject({ status: 409, refusal: 'restriction_unchanged' });
    const notAllowed = await coordinator.request('POST', `/api/people/${personId}/restriction`, {
      restricted: false,
      reason: 'x',
    });
    expect(notAllowed.status).toBe(403);
    expect((await deniedOf('person.restrict')).some((e) => e.actorEmail === 'coordinator@atrama.test')).toBe(
      true,
    );

    const view = await read(guard);
    expect(view.restricted).toBe(true);
    expect(view.notes.map((n) => n.text)).toEqual([NOTE]);
    const refusals = [
      await guard.request('POST', `/api/cases/${caseId}/notes`, {
        text: 'One more thing.',
        visibility: 'team',
      }),
      await guard.request('POST', `/api/cases/${caseId}/consents`, {
        scope: 'share_identity',
        method: 'spoken',
        version: view.version,
      }),
      await coordinator.request('POST', `/api/cases/${caseId}/decisions/residence-permit`, {
        status: 'applied',
        version: view.version,
      }),
      await coordinator.request('POST', `/api/cases/${caseId}/transitions`, {
        transition: 'close',
        reason: 'x',
        version: view.version,
      }),
      await coordinator.request('POST', `/api/cases/${caseId}/referrals`, {
        toOrganisationId: await orgId('klaipeda-social-and-psychological-support-centre'),
        purpose: 'legal_aid',
      }),
      await caritas.request('POST', `/api/referrals/${pending.id}/respond`, {
        response: 'accept',
        version: pending.version,
      }),
    ];
    expect(refusals.map((r) => [r.status, (r.json() as { refusal?: string }).refusal])).toEqual(
      refusals.map(() => [409, 'restricted']),
    );
    expect((await read(guard)).version).toBe(view.version);

    const lifted = await dpo.request('POST', `/api/people/${personId}/restriction`, {
      restricted: false,
      reason: 'The facts were corrected with her.',
    });
    expect(lifted.status, lifted.body).toBe(200);
    expect(lifted.json()).toMatchObject({ restricted: false, since: null });
    expect((await auditOf('person.unrestrict'))[0]).toMatchObject({ actorEmail: 'dpo@atrama.test' });
    const note = await guard.request('POST', `/api/cases/${caseId}/notes`, {
      text: 'Called back.',
      visibility: 'team',
    });
    expect(note.status, note.body).toBe(200);
    expect((note.json() as CaseView).restricted).toBe(false);
    const withdrawn = await coordinator.request('POST', `/api/referrals/${pending.id}/respond`, {
      response: 'withdraw',
      version: pending.version,
      reason: 'Sent by mistake.',
    });
    expect(withdrawn.status, withdrawn.body).toBe(200);

    const history = ((await dpo.request('GET', `/api/people/lookup?case=${reference}`)).json() as Subject)
      .restriction.history;
    expect(history.map((h) => [h.restricted, h.reason])).toEqual([
      [false, 'The facts were corrected with her.'],
      [true, 'She contests the accuracy of the recorded facts (request 2026-14).'],
    ]);
  });

  it('erasure: identity, notes, referral and decision texts unreadable; statistics unchanged', async () => {
    const db = app.services.database.db;
    const counts = async () => ({
      notes: (await db.select().from(caseNotes).where(eq(caseNotes.caseId, caseId))).length,
      events: (await db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId))).length,
      consents: (await db.select().from(consents).where(eq(consents.caseId, caseId))).length,
      referrals: (await db.select().from(referrals).where(eq(referrals.caseId, caseId)))
        .map((r) => r.status)
        .sort(),
    });
    const statistics = (v: CaseView) => ({
      kind: v.kind,
      state: v.state,
      child: v.child,
      sex: v.sex,
      ageBand: v.ageBand,
      citizenshipPathway: v.citizenshipPathway,
      referrals: v.referrals.map((r) => r.status),
      team: v.team.map((m) => [m.id, m.leftAt]),
      consents: v.consents.map((c) => [c.scope, c.withdrawnAt]),
    });
    const before = await read(coordinator);
    const countsBefore = await counts();
    const listed = async () =>
      (
        (await coordinator.request('GET', '/api/cases')).json() as {
          items: { id: string; updatedAt: string }[];
        }
      ).items.find((c) => c.id === caseId);
    const summaryBefore = await listed();

    expect((await coordinator.request('POST', `/api/people/${personId}/erase`, {})).status).toBe(403);
    expect((await deniedOf('person.erase')).some((e) => e.actorEmail === 'coordinator@atrama.test')).toBe(
      true,
    );
    expect((await dpo.request('POST', `/api/people/${personId}/erase`, {})).status).toBe(204);
    expect((await auditOf('person.erase'))[0]).toMatchObject({
      actorEmail: 'dpo@atrama.test',
      outcome: 'success',
    });

    for (const client of [guard, coordinator]) {
      const after = await read(client);
      expect(after.identityState).toBe('erased');
      expect(after.identity).toBeNull();
      expect(after.notes).toEqual([]);
      expect(after.referrals.map((r) => [r.note, r.declineReason])).toEqual(
        after.referrals.map(() => [null, null]),
      );
      expect(after.decisions.identification?.reasons).toBeNull();
      expect(after.decisions.cooperation?.note).toBeNull();
      expect(after.timeline.map((e) => e.reason)).toEqual(after.timeline.map(() => null));
      expect(statistics(after)).toEqual(statistics(before));
      for (const text of [
        NAME.givenName,
        CORRECTED,
        NOTE,
        REFERRAL_NOTE,
        DECLINE,
        REASONS,
        COOPERATION_NOTE,
      ]) {
        expect(JSON.stringify(after)).not.toContain(text);
      }
    }
    expect(await counts()).toEqual(countsBefore);
    const { updatedAt: _moved, ...summary } = (await listed())!;
    const { updatedAt: _before, ...summaryWas } = summaryBefore!;
    expect(summary).toEqual(summaryWas);

    const [person] = await db.select().from(people).where(eq(people.id, personId));
    expect(person).toMatchObject({
      sex: 'female',
      ageBand: '25-34',
      citizenshipPathway: 'third_country',
      blindIndex: null,
    });
    expect(await db.select().from(personKeys).where(eq(personKeys.personId, personId))).toEqual([]);
    expect(await db.select().from(personMatchKeys).where(eq(personMatchKeys.personId, personId))).toEqual([]);
    const [row] = await db
      .select()
      .from(cases)
      .where(inArray(cases.id, [caseId]));
    expect(JSON.stringify(row)).not.toContain(COOPERATION_NOTE);

    // The export says what is left: the facts, that texts existed, and that they can no longer be read.
    const exported = (await dpo.request('GET', `/api/people/${personId}/export`)).json() as Export;
    expect(exported.person).toMatchObject({ identityState: 'erased', identity: null, sex: 'female' });
    expect(exported.cases[0]?.notes.map((n) => n.text)).toEqual([null, null]);
    for (const text of [NAME.givenName, CORRECTED, NOTE, REFERRAL_NOTE, DECLINE, REASONS, COOPERATION_NOTE]) {
      expect(JSON.stringify(exported)).not.toContain(text);
    }
    const pdf = await raw(dpo, `/api/people/${personId}/export?format=pdf&lang=en`);
    expect(pdf.status).toBe(200);
    expect(pdfText(pdf.bytes)).not.toContain(NAME.givenName);
    // Nothing more is written about her, and the restriction cannot be set on what is gone.
    const restrict = await dpo.request('POST', `/api/people/${personId}/restriction`, {
      restricted: true,
      reason: 'x',
    });
    expect(restrict.json()).toMatchObject({ status: 409, refusal: 'erased' });
  });
});
