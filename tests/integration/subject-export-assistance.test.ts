import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRINT_TEXTS } from '../../src/assistance/print/texts/index.ts';
import { todayInVilnius } from '../../src/cases/model.ts';
import { EXPORT_LANGUAGES, TEXTS } from '../../src/rights/texts/index.ts';
import { backends, type Client, loginAs, ORIGIN, startTestApp, type TestApp } from '../support/harness.ts';
import { pdfText } from '../support/pdf-text.ts';

// The copy of their data a person receives, with the assistance a support service recorded: the JSON
// names organisations and not the staff, and the PDF words every record in each language.

const NEED_NOTE = 'Asthma; the inhaler was left at the farm.';
const RISK = 'The recruiter lives in the same town.';

describe.each(backends())('a person’s copy with their assistance on %s', (backend) => {
  let app: TestApp;
  let caritas: Client;
  let dpo: Client;
  let personId: string;

  beforeAll(async () => {
    app = await startTestApp(backend);
    [caritas, dpo] = await Promise.all([
      loginAs(app, 'case.worker@atrama.test', 'caritas-centre-against-human-trafficking-and-exploitation'),
      loginAs(app, 'dpo@atrama.test'),
    ]);
    const draft = randomUUID();
    const saved = await caritas.request('PUT', `/api/intake-drafts/${draft}`, {
      data: {
        kind: 'trafficking',
        metAt: new Date(Date.now() - 20 * 86_400_000).toISOString(),
        municipality: 'Vilnius',
        firstContactKind: 'ngo',
        exploitationForms: ['ForcedLabour'],
        sex: 'female',
        age: 29,
        citizenship: 'UZ',
        languages: ['ru'],
        identity: { givenName: 'Dilnoza', familyName: 'Rahimova' },
        consents: [
          { scope: 'referral_to_national_contact_point', method: 'spoken' },
          { scope: 'referral_to_support_service', method: 'spoken' },
        ],
      },
    });
    expect(saved.status, saved.body).toBe(200);
    const submitted = await caritas.request('POST', `/api/intake-drafts/${draft}/submit`);
    expect(submitted.status, submitted.body).toBe(201);
    const { caseId } = submitted.json() as { caseId: string };
    const base = `/api/cases/${caseId}/assistance`;
    for (const [url, body] of [
      [`${base}/rights`, { givenOn: todayInVilnius(), language: 'ru', form: 'spoken_and_leaflet' }],
      [
        `${base}/assessments`,
        {
          assessedOn: todayInVilnius(),
          needs: [{ domain: 'health', urgency: 'high', note: NEED_NOTE }],
          risk: { level: 'medium', reasons: RISK },
        },
      ],
      [
        `${base}/services`,
        { services: [{ type: 'health_care', givenOn: todayInVilnius(), mode: 'in_person' }] },
      ],
    ] as const) {
      const response = await caritas.request('POST', url, body);
      expect(response.status, response.body).toBe(200);
    }
    const found = await dpo.request('GET', `/api/people/lookup?case=${caseId}`);
    personId = (found.json() as { person: { id: string } }).person.id;
  });
  afterAll(() => app?.close());

  it('the JSON names the organisation that recorded each assistance record, not the worker', async () => {
    const response = await dpo.request('GET', `/api/people/${personId}/export`);
    expect(response.status, response.body).toBe(200);
    const data = response.json() as {
      cases: {
        assistance: {
          rights: { userName: string | null; organisation: { id: string } }[];
          assessments: { userName: string | null }[];
          services: { userName: string | null }[];
        };
      }[];
    };
    const { assistance } = data.cases[0]!;
    expect(assistance.rights).toHaveLength(1);
    expect(assistance.assessments).toHaveLength(1);
    expect(assistance.services).toHaveLength(1);
    expect(
      [...assistance.rights, ...assistance.assessments, ...assistance.services].map((r) => r.userName),
    ).toEqual([null, null, null]);
  });

  it.each(EXPORT_LANGUAGES)(
    'the PDF in %s words the rights, the assessment and the service',
    async (lang) => {
      const response = await app.app.inject({
        method: 'GET',
        url: `/api/people/${personId}/export?format=pdf&lang=${lang}`,
        headers: { host: 'localhost', origin: ORIGIN, cookie: dpo.cookie },
      });
      expect(response.statusCode).toBe(200);
      const text = pdfText(response.rawPayload);
      const flat = (s: string) => s.replace(/\s/g, '');
      const t = TEXTS[lang];
      const p = PRINT_TEXTS[lang].codes;
      for (const words of [
        t.codes.rightsForm.spoken_and_leaflet,
        p.need.health,
        t.codes.urgency.high,
        NEED_NOTE,
        t.codes.risk.medium,
        RISK,
        p.service.health_care,
        t.codes.auditAction['assistance.rights'],
        t.codes.auditAction['assistance.assessment'],
        t.codes.auditAction['assistance.services'],
      ]) {
        expect(flat(text), `${lang}: ${words}`).toContain(flat(words));
      }
      expect(text).not.toMatch(/\b(person|case|referral|assistance|card|auth)\.[a-z_.]+/);
      expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    },
  );
});
