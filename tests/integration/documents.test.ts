import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '../../src/access/tables.ts';
import { auditEvents } from '../../src/audit/tables.ts';
import { MAX_DOCUMENT_BYTES } from '../../src/documents/catalogue.ts';
import { checkUpload } from '../../src/documents/rules.ts';
import { caseDocuments } from '../../src/documents/tables.ts';
import { backends, type Client, loginAs, startTestApp, type TestApp } from '../support/harness.ts';
import { pdfText } from '../support/pdf-text.ts';

// Files attached to a case, through the HTTP API on a real database: the case team adds, lists and
// downloads them (as attachments, audited); another organisation, a team member the identity is not
// shared with and the national coordinator do not reach them; a refused file leaves nothing; the
// person's copy holds them and erasing the person deletes them.

type Listed = {
  available: boolean;
  items: {
    id: string;
    kind: string;
    name: string;
    mediaType: string;
    size: number;
    uploadedBy: string | null;
  }[];
};

const MARK = 'Olena Kovalenko signed this consent on 2026-11-02';
const pdf = (text = MARK) => Buffer.from(`%PDF-1.7\n%${text}\n%%EOF\n`, 'latin1');
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const EXE = Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]);
const NAME = 'Šarūnės sutikimas (pasirašytas).pdf';

const uploadUrl = (caseId: string, kind: string, name: string) =>
  `/api/cases/${caseId}/documents?kind=${kind}&name=${encodeURIComponent(name)}`;

describe.each(backends())('documents of a case on %s', (backend) => {
  let app: TestApp;
  let guard: Client;
  let caritas: Client;
  let klaipeda: Client;
  let coordinator: Client;
  let dpo: Client;
  let caseId: string;
  let reference: string;
  let documentId: string;

  const stored = async () =>
    (
      await app.services.database.db
        .select({ n: count() })
        .from(caseDocuments)
        .where(eq(caseDocuments.caseId, caseId))
    )[0]!.n;
  const audited = (action: string) =>
    app.services.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, action), eq(auditEvents.recordId, caseId)));
  const orgId = async (slug: string) =>
    (await app.services.database.db.select().from(organisations).where(eq(organisations.slug, slug)))[0]!.id;

  beforeAll(async () => {
    app = await startTestApp(backend);
    [guard, caritas, klaipeda, coordinator, dpo] = await Promise.all([
      loginAs(app, 'border.guard@atrama.test'),
      loginAs(app, 'case.worker@atrama.test', 'caritas-centre-against-human-trafficking-and-exploitation'),
      loginAs(app, 'klaipeda.worker@atrama.test'),
      loginAs(app, 'coordinator@atrama.test'),
      loginAs(app, 'dpo@atrama.test'),
    ]);
    // A border guard records a named woman who agreed to referral, not to sharing her name.
    const draft = randomUUID();
    const saved = await guard.request('PUT', `/api/intake-drafts/${draft}`, {
      data: {
        kind: 'trafficking',
        metAt: new Date(Date.now() - 86_400_000).toISOString(),
        municipality: 'Vilnius',
        firstContactKind: 'border_guard',
        exploitationForms: ['ForcedLabour'],
        sex: 'female',
        citizenship: 'UA',
        languages: ['uk'],
        identity: { givenName: 'Olena', familyName: 'Kovalenko', birthDate: '1996-03-08' },
        consents: [
          { scope: 'referral_to_national_contact_point', method: 'signed' },
          { scope: 'referral_to_support_service', method: 'signed' },
        ],
      },
    });
    expect(saved.status, saved.body).toBe(200);
    const opened = await guard.request('POST', `/api/intake-drafts/${draft}/submit`);
    expect(opened.status, opened.body).toBe(201);
    ({ caseId, reference } = opened.json() as { caseId: string; reference: string });
  });
  afterAll(() => app?.close());

  it('adds a PDF to the case, its name and bytes sealed, on the timeline and in the audit trail', async () => {
    const response = await guard.request('POST', uploadUrl(caseId, 'consent', NAME), pdf());
    expect(response.status, response.body).toBe(201);
    const added = response.json() as Listed['items'][number];
    documentId = added.id;
    expect(added).toMatchObject({
      kind: 'consent',
      name: NAME,
      mediaType: 'application/pdf',
      size: pdf().length,
    });

    const [row] = await app.services.database.db
      .select()
      .from(caseDocuments)
      .where(eq(caseDocuments.id, documentId));
    expect(row!.sealedContent.toString('latin1')).not.toContain('Kovalenko');
    expect(row!.sealedName.toString('utf8')).not.toContain('sutikimas');

    const view = (await guard.request('GET', `/api/cases/${caseId}`)).json() as {
      timeline: { type: string; detail: Record<string, unknown> }[];
    };
    expect(view.timeline.find((e) => e.type === 'document_added')?.detail).toEqual({ kind: 'consent' });
    expect((await audited('document.upload'))[0]?.detail).toMatchObject({ documentId, kind: 'consent' });
  });

  it('lists the files to the team, names opened, and audits the listing', async () => {
    const jpeg = await guard.request('POST', uploadUrl(caseId, 'identity_document', 'pasas.JPG'), JPEG);
    expect(jpeg.status, jpeg.body).toBe(201);
    const listed = await guard.request('GET', `/api/cases/${caseId}/documents`);
    expect(listed.status, listed.body).toBe(200);
    const { available, items } = listed.json() as Listed;
    expect(available).toBe(true);
    expect(items.map((d) => [d.kind, d.name, d.mediaType])).toEqual([
      ['consent', NAME, 'application/pdf'],
      ['identity_document', 'pasas.JPG', 'image/jpeg'],
    ]);
    expect(items[0]!.uploadedBy).toBeTruthy();
    expect((await audited('document.list')).length).toBeGreaterThan(0);
  });

  it('downloads the file as an attachment with its name, never inline, with the security headers', async () => {
    const response = await guard.request('GET', `/api/cases/${caseId}/documents/${documentId}`);
    expect(response.status).toBe(200);
    expect(Buffer.compare(response.raw, pdf())).toBe(0);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="_ar_n_s sutikimas (pasira_ytas).pdf"; filename*=UTF-8''${encodeURIComponent(NAME).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['cache-control']).toBe('no-store');
    const downloads = await audited('document.download');
    expect(downloads.map((e) => e.detail)).toContainEqual({ documentId, kind: 'consent' });
    expect(downloads[0]).toMatchObject({ actorEmail: 'border.guard@atrama.test', outcome: 'success' });
  });

  it('refuses another organisation as if the case did not exist, and stores nothing it sends', async () => {
    const before = await stored();
    expect((await caritas.request('GET', `/api/cases/${caseId}/documents`)).status).toBe(404);
    const download = await caritas.request('GET', `/api/cases/${caseId}/documents/${documentId}`);
    expect(download.status).toBe(404);
    expect(download.body).not.toContain('Kovalenko');
    expect((await caritas.request('POST', uploadUrl(caseId, 'other', 'x.pdf'), pdf())).status).toBe(404);
    expect(await stored()).toBe(before);
    const denied = await app.services.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'document.download'), eq(auditEvents.outcome, 'denied')));
    expect(denied.some((e) => e.actorEmail === 'case.worker@atrama.test')).toBe(true);
  });

  it('refuses the national coordinator, who sees no identity without a stated reason', async () => {
    expect((await coordinator.request('GET', `/api/cases/${caseId}/documents`)).status).toBe(403);
    expect((await coordinator.request('GET', `/api/cases/${caseId}/documents/${documentId}`)).status).toBe(
      403,
    );
    expect((await coordinator.request('POST', uploadUrl(caseId, 'other', 'x.pdf'), pdf())).status).toBe(403);
  });

  it('finds no document of another case under this one', async () => {
    const draft = randomUUID();
    await guard.request('PUT', `/api/intake-drafts/${draft}`, {
      data: {
        kind: 'trafficking',
        metAt: new Date(Date.now() - 86_400_000).toISOString(),
        municipality: 'Kaunas',
        firstContactKind: 'border_guard',
        exploitationForms: ['ForcedLabour'],
        sex: 'male',
        consents: [{ scope: 'referral_to_national_contact_point', method: 'spoken' }],
      },
    });
    const other = (
      (await guard.request('POST', `/api/intake-drafts/${draft}/submit`)).json() as { caseId: string }
    ).caseId;
    expect((await guard.request('GET', `/api/cases/${other}/documents/${documentId}`)).status).toBe(404);
    expect((await guard.request('GET', `/api/cases/${caseId}/documents/${randomUUID()}`)).status).toBe(404);
  });

  it('refuses a file over 10 MB with 413 and says so; nothing is stored', async () => {
    const before = await stored();
    const big = Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x20);
    pdf().copy(big);
    const response = await guard.request('POST', uploadUrl(caseId, 'medical', 'scan.pdf'), big);
    expect(response.status).toBe(413);
    expect((response.json() as { detail: string }).detail).toContain('10 MB');
    expect(await stored()).toBe(before);
  });

  it.each([
    ['a PNG named .pdf', 'consent.pdf', PNG, 415, 'content_mismatch', 'its content is a PNG image'],
    ['a program renamed .pdf', 'consent.pdf', EXE, 415, 'unknown_content', 'not a PDF, JPEG or PNG'],
    ['a program under its own name', 'setup.exe', EXE, 415, 'unknown_extension', '.pdf, .jpg, .jpeg, .png'],
    ['a PDF named .png', 'scan.png', pdf(), 415, 'content_mismatch', 'its content is a PDF'],
  ])('refuses %s with the reason; nothing is stored', async (_what, name, bytes, status, refusal, words) => {
    const before = await stored();
    const response = await guard.request('POST', uploadUrl(caseId, 'other', name), bytes);
    expect(response.status, response.body).toBe(status);
    const problem = response.json() as { refusal: string; detail: string };
    expect(problem.refusal).toBe(refusal);
    expect(problem.detail).toContain(words);
    expect(await stored()).toBe(before);
  });

  it('refuses an upload that is not a file, or a name that is a path, with 4xx; nothing is stored', async () => {
    const before = await stored();
    const asJson = await guard.request('POST', uploadUrl(caseId, 'other', 'a.pdf'), { content: 'JVBERi0=' });
    expect(asJson.status).toBe(400);
    expect((await guard.request('POST', uploadUrl(caseId, 'other', '../etc/a.pdf'), pdf())).status).toBe(400);
    expect((await guard.request('POST', uploadUrl(caseId, 'other', 'a\r\nb.pdf'), pdf())).status).toBe(400);
    expect((await guard.request('POST', uploadUrl(caseId, 'passport', 'a.pdf'), pdf())).status).toBe(400);
    expect((await guard.request('POST', `/api/cases/${caseId}/documents?kind=other`, pdf())).status).toBe(
      400,
    );
    const declared = await app.app.inject({
      method: 'POST',
      url: uploadUrl(caseId, 'other', 'a.pdf'),
      headers: {
        host: 'localhost',
        origin: 'http://localhost',
        cookie: guard.cookie,
        'content-type': 'application/pdf',
      },
      payload: pdf(),
    });
    expect(declared.statusCode).toBe(415);
    expect(await stored()).toBe(before);
  });

  it('answers every upload as its content decides: kept when the name says what it is, refused otherwise', async () => {
    const starts = [pdf(), PNG, JPEG, EXE, Buffer.from('<html>')];
    const names = ['a.pdf', 'b.png', 'c.jpg', 'd.jpeg', 'e.exe', 'f', 'g.PDF'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...starts),
        fc.uint8Array({ maxLength: 64 }),
        fc.constantFrom(...names),
        async (start, rest, name) => {
          const bytes = Buffer.concat([start, rest]);
          const before = await stored();
          const response = await guard.request('POST', uploadUrl(caseId, 'other', name), bytes);
          const expected = checkUpload(name, bytes);
          expect(response.status, response.body).toBe(expected.ok ? 201 : 415);
          expect(await stored()).toBe(before + (expected.ok ? 1 : 0));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('keeps the files from a team member the identity is not shared with', async () => {
    const sent = await coordinator.request('POST', `/api/cases/${caseId}/referrals`, {
      toOrganisationId: await orgId('klaipeda-social-and-psychological-support-centre'),
      purpose: 'shelter',
    });
    expect(sent.status, sent.body).toBe(201);
    const referral = sent.json() as { id: string; version: number; sharesIdentity: boolean };
    expect(referral.sharesIdentity).toBe(false);
    const accepted = await klaipeda.request('POST', `/api/referrals/${referral.id}/respond`, {
      response: 'accept',
      version: referral.version,
    });
    expect(accepted.status, accepted.body).toBe(200);
    // The border guard handed the case over when the support service joined: off the team, no files.
    expect((await guard.request('GET', `/api/cases/${caseId}/documents`)).status).toBe(404);

    const listed = await klaipeda.request('GET', `/api/cases/${caseId}/documents`);
    expect(listed.status, listed.body).toBe(200);
    expect(listed.json()).toEqual({ available: false, items: [] });
    expect((await klaipeda.request('GET', `/api/cases/${caseId}/documents/${documentId}`)).status).toBe(404);
    const before = await stored();
    expect((await klaipeda.request('POST', uploadUrl(caseId, 'medical', 'x.pdf'), pdf())).status).toBe(404);
    expect(await stored()).toBe(before);
  });

  it("puts the files in the person's copy: listed in the PDF, held in the JSON", async () => {
    const lookup = await dpo.request('GET', `/api/people/lookup?case=${reference}`);
    const personId = (lookup.json() as { person: { id: string } }).person.id;
    const json = await dpo.request('GET', `/api/people/${personId}/export?format=json`);
    expect(json.status, json.body.slice(0, 300)).toBe(200);
    const exported = json.json() as {
      cases: {
        reference: string;
        documents: { id: string; name: string; kind: string; content: string }[];
      }[];
    };
    const documents = exported.cases.find((c) => c.reference === reference)!.documents;
    const consent = documents.find((d) => d.id === documentId)!;
    expect(consent).toMatchObject({ name: NAME, kind: 'consent' });
    expect(Buffer.from(consent.content, 'base64').toString('latin1')).toContain(MARK);
    expect(JSON.stringify(documents)).not.toContain('uploadedBy');

    const printed = await dpo.request('GET', `/api/people/${personId}/export?format=pdf&lang=en`);
    expect(printed.status).toBe(200);
    const text = pdfText(printed.raw).replace(/\s/g, '');
    expect(text).toContain('Documents');
    expect(text).toContain(NAME.replace(/\s/g, ''));
  });

  it('describes the upload in the API document as a file of at most 10 MB', async () => {
    const document = (await guard.request('GET', '/openapi.json')).json() as {
      paths: Record<string, { post?: { requestBody: { content: Record<string, { schema: unknown }> } } }>;
    };
    expect(document.paths['/api/cases/{id}/documents']?.post?.requestBody.content).toEqual({
      'application/octet-stream': {
        schema: { type: 'string', format: 'binary', maxLength: MAX_DOCUMENT_BYTES },
      },
    });
  });

  it('leaves no file behind when an upload races the erasure of the person', async () => {
    const draft = randomUUID();
    await guard.request('PUT', `/api/intake-drafts/${draft}`, {
      data: {
        kind: 'trafficking',
        metAt: new Date(Date.now() - 86_400_000).toISOString(),
        municipality: 'Vilnius',
        firstContactKind: 'border_guard',
        exploitationForms: ['ForcedLabour'],
        sex: 'male',
        identity: { givenName: 'Petro', familyName: 'Shevchenko' },
        consents: [{ scope: 'referral_to_national_contact_point', method: 'spoken' }],
      },
    });
    const opened = (await guard.request('POST', `/api/intake-drafts/${draft}/submit`)).json() as {
      caseId: string;
      reference: string;
    };
    expect((await guard.request('POST', uploadUrl(opened.caseId, 'consent', 'a.pdf'), pdf())).status).toBe(
      201,
    );
    const lookup = await dpo.request('GET', `/api/people/lookup?case=${opened.reference}`);
    const personId = (lookup.json() as { person: { id: string } }).person.id;
    const [upload, erase] = await Promise.all([
      guard.request('POST', uploadUrl(opened.caseId, 'medical', 'b.pdf'), pdf()),
      dpo.request('POST', `/api/people/${personId}/erase`, {}),
    ]);
    expect([201, 409]).toContain(upload.status);
    expect(erase.status).toBe(204);
    const left = await app.services.database.db
      .select({ n: count() })
      .from(caseDocuments)
      .where(eq(caseDocuments.caseId, opened.caseId));
    expect(left[0]!.n).toBe(0);
  });

  it('deletes the files when the person is erased', async () => {
    expect(await stored()).toBeGreaterThan(0);
    const lookup = await dpo.request('GET', `/api/people/lookup?case=${reference}`);
    const personId = (lookup.json() as { person: { id: string } }).person.id;
    expect((await dpo.request('POST', `/api/people/${personId}/erase`, {})).status).toBe(204);
    expect(await stored()).toBe(0);
    // Klaipėda has the case now (the border guard handed it over when a support service joined).
    expect((await klaipeda.request('GET', `/api/cases/${caseId}/documents`)).json()).toEqual({
      available: false,
      items: [],
    });
    expect((await klaipeda.request('GET', `/api/cases/${caseId}/documents/${documentId}`)).status).toBe(404);
    const after = await klaipeda.request('POST', uploadUrl(caseId, 'other', 'late.pdf'), pdf());
    expect(after.status).toBe(409);
    expect((after.json() as { refusal: string }).refusal).toBe('erased');
    expect(await stored()).toBe(0);
  });
});
