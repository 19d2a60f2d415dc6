import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../tests/support/pdf-text.ts';
import { PRINT_TEXTS } from '../assistance/print/texts/index.ts';
import type { SubjectExport } from './model.ts';
import { DEFAULT_PDF_FONT, renderPdf } from './pdf.ts';
import { EXPORT_LANGUAGES, type ExportLanguage, fill, TEXTS } from './texts/index.ts';

// The copy handed to the person holds everything the JSON export holds, in words of their language:
// the assistance records (rights, assessment, plan, services, return, legal steps, compensation,
// long-term help, cards) and the audit trail, with no code a developer would write.

const org = (lt: string, en: string) => ({ id: randomUUID(), name: { lt, en } });
const CARITAS = org('Caritas centras', 'Caritas Centre');
const VILNIUS = org('Vilniaus miesto savivaldybė', 'Vilnius City Municipality');
const GUARD = org('Valstybės sienos apsaugos tarnyba', 'State Border Guard Service');
const by = { organisation: CARITAS, userName: null };

const NEED_NOTE = 'Sleeps at a friend’s flat, can stay two more nights';
const RISK_REASONS = 'The employer phoned her twice last week';
const CHANGE = 'She found a room of her own';
const PLAN_NOTE = 'Ask the shelter in Žvėrynas first';
const VICTIM_WORDS = 'I want to learn Lithuanian and find work in a kitchen';
const RECEIVING = 'La Strada Ukraine, Kyiv';
const REINTEGRATION = 'Sewing course paid to the supplier';
const CASE_NUMBER = '01-2-00345-26';
const OFFICER = 'Rasa Petraitienė';
const STEP_NOTE = 'Lawyer appointed by the legal aid service';
const HANDOVER = 'Meets the social worker on Mondays';
const REMOVED_WHY = 'Entered twice on the same day';
const CARD_VALID = 'ATR-K-2026-0001';
const CARD_REVOKED = 'ATR-K-2026-0002';
const BREAK_GLASS = 'To arrange travel documents';

function everything(language: ExportLanguage): SubjectExport {
  const caseId = randomUUID();
  const planItemId = randomUUID();
  return {
    format: 'atrama.subject-export/1',
    exportedAt: '2026-12-06T10:00:00.000Z',
    language,
    exportedBy: { organisation: GUARD, role: 'data_protection_officer' },
    person: {
      id: randomUUID(),
      sex: 'female',
      ageBand: '25-34',
      citizenshipPathway: 'third_country',
      disability: false,
      createdAt: '2026-11-01T09:00:00.000Z',
      holder: GUARD,
      erasedAt: null,
      identityState: 'shown',
      identity: { givenName: 'Olena', familyName: 'Kovalenko' },
    },
    restriction: { restricted: false, since: null, history: [] },
    cases: [
      {
        id: caseId,
        reference: 'ATR-2026-000042',
        kind: 'trafficking',
        state: 'identified',
        child: false,
        openedAt: '2026-11-01T09:00:00.000Z',
        closedAt: null,
        origin: GUARD,
        facts: {
          exploitationForms: ['ForcedLabour'],
          citizenship: 'UA',
          languages: ['uk'],
          consentsRefused: ['share_identity'],
        },
        team: [],
        consents: [],
        referrals: [],
        decisions: {
          identification: null,
          cooperation: null,
          reflection: null,
          residencePermit: null,
          reconsiderations: [],
        },
        approvals: [],
        notes: [],
        documents: [
          {
            id: randomUUID(),
            kind: 'identity_document',
            name: 'Pasas Olena.jpg',
            mediaType: 'image/jpeg',
            size: 245_000,
            uploadedAt: '2026-11-02T09:00:00.000Z',
            organisation: CARITAS,
            content: '/9j/4AAQ',
          },
        ],
        timeline: [
          ...(
            [
              ['card_issued', { cardId: randomUUID(), number: CARD_VALID, replacesNumbers: [CARD_REVOKED] }],
              ['plan_item_changed', { itemId: planItemId, from: 'planned', to: 'done' }],
              ['legal_step_added', { kind: 'protection', measure: 'restraining_order', status: 'granted' }],
              ['rights_given', { language: 'uk', form: 'leaflet' }],
            ] as const
          ).map(([type, detail]) => ({
            at: '2026-11-25T10:00:00.000Z',
            type,
            organisation: CARITAS,
            detail,
            reason: null,
          })),
        ],
        assistance: {
          caseId,
          rights: [
            { ...by, id: randomUUID(), givenOn: '2026-11-02', language: 'uk', form: 'spoken_and_leaflet' },
          ],
          assessments: [
            {
              ...by,
              id: randomUUID(),
              assessedOn: '2026-11-20',
              needs: [
                { domain: 'accommodation', urgency: 'immediate', note: NEED_NOTE },
                { domain: 'employment', urgency: 'medium', note: null },
              ],
              risk: { level: 'high', reasons: RISK_REASONS },
              changeReason: CHANGE,
              current: true,
              approval: null,
            },
            {
              ...by,
              id: randomUUID(),
              assessedOn: '2026-11-03',
              needs: [{ domain: 'psychological', urgency: 'low', note: null }],
              risk: { level: 'low', reasons: null },
              changeReason: null,
              current: false,
              approval: null,
            },
          ],
          plan: {
            items: [
              {
                id: planItemId,
                need: 'accommodation',
                measure: 'temporary_accommodation',
                organisation: CARITAS,
                dueOn: '2026-12-10',
                status: 'in_progress',
                note: PLAN_NOTE,
                createdOn: '2026-11-20',
                version: 1,
              },
            ],
            agreements: [
              {
                ...by,
                id: randomUUID(),
                agreedOn: '2026-11-21',
                victimWords: VICTIM_WORDS,
                reviewOn: '2027-02-21',
                approval: 'approved',
              },
            ],
            status: 'agreed',
            reviewOn: '2027-02-21',
          },
          services: [
            {
              ...by,
              id: randomUUID(),
              type: 'crisis_intervention',
              givenOn: '2026-11-02',
              minutes: 90,
              amountEur: null,
              mode: 'in_person',
              planItemId: null,
              allocationId: null,
              version: 2,
            },
            {
              ...by,
              id: randomUUID(),
              type: 'material_help',
              givenOn: '2026-11-22',
              minutes: null,
              amountEur: 45.5,
              mode: 'remote',
              planItemId,
              allocationId: null,
              version: 1,
            },
          ],
          serviceCorrections: [
            {
              ...by,
              id: randomUUID(),
              serviceId: randomUUID(),
              kind: 'removed',
              at: '2026-11-23T09:00:00.000Z',
              before: {
                type: 'food',
                givenOn: '2026-11-22',
                minutes: null,
                amountEur: 12,
                mode: 'in_person',
                planItemId: null,
                allocationId: null,
              },
              after: null,
              reason: REMOVED_WHY,
            },
          ],
          return: {
            pathway: 'third_country',
            partners: ['iom_vilnius'],
            destinationCountry: 'UA',
            travelOn: '2027-01-15',
            receivingOrganisation: RECEIVING,
            status: 'travel_booked',
            checklist: [
              { kind: 'travel_documents', status: 'done', costEur: 20 },
              { kind: 'meeting_at_origin', status: 'to_do', costEur: null },
            ],
            totalCostEur: 20,
            reintegrationNote: REINTEGRATION,
            organisation: CARITAS,
            version: 2,
          },
          returnPathway: { pathway: 'third_country', partners: ['iom_vilnius'] },
          legal: {
            investigation: {
              institution: 'state_border_guard',
              caseNumber: CASE_NUMBER,
              startedOn: '2026-11-05',
              officerName: OFFICER,
              officerContact: '+370 600 00000',
              closedOn: null,
              outcome: null,
              recordedBy: null,
              version: 1,
            },
            steps: [
              {
                ...by,
                id: randomUUID(),
                kind: 'protection',
                measure: 'restraining_order',
                status: 'granted',
                on: '2026-11-10',
                answeredOn: '2026-11-11',
                note: null,
                version: 1,
              },
              {
                ...by,
                id: randomUUID(),
                kind: 'secondary_legal_aid',
                measure: null,
                status: 'requested',
                on: '2026-11-12',
                answeredOn: null,
                note: STEP_NOTE,
                version: 1,
              },
            ],
            compensation: {
              crime: 'crime_against_freedom',
              crimeOn: '2026-06-01',
              status: 'filed',
              filedOn: '2026-11-25',
              amountEur: 3000,
              lawfullyResidentInEu: false,
              eligibility: { eligible: false, reasons: ['not_eu_citizen_or_resident'] },
              ministry: null,
              version: 1,
            },
          },
          longTerm: {
            municipality: VILNIUS,
            contactName: 'Social services desk',
            contactPhone: '+370 5 000 0000',
            note: HANDOVER,
            handedOverOn: '2026-12-01',
            referralId: randomUUID(),
          },
          followUpOn: '2027-03-01',
          cards: [
            {
              id: randomUUID(),
              number: CARD_VALID,
              issuedAt: '2026-11-25T10:00:00.000Z',
              validUntil: '2027-11-25',
              status: 'valid',
              issuedBy: by,
              revokedAt: null,
              verifyPath: '/check/abc',
            },
            {
              id: randomUUID(),
              number: CARD_REVOKED,
              issuedAt: '2026-11-24T10:00:00.000Z',
              validUntil: '2027-11-24',
              status: 'revoked',
              issuedBy: by,
              revokedAt: '2026-11-25T10:00:00.000Z',
              verifyPath: '/check/def',
            },
          ],
        },
      },
    ],
    audit: [
      ...(
        [
          ['case.read', 'success'],
          ['assistance.read', 'success'],
          ['assistance.services', 'success'],
          ['card.issue', 'success'],
          ['case.transition.start_assistance', 'success'],
          ['some.future_action', 'success'],
          ['person.export', 'failure'],
          ['person.export', 'success'],
        ] as const
      ).map(([action, outcome]) => ({
        at: '2026-11-26T10:00:00.000Z',
        action,
        outcome,
        recordType: 'case',
        recordId: caseId,
        organisation: CARITAS,
        role: 'case_worker',
        detail: action === 'person.export' ? { format: 'pdf', language: 'uk', cases: 1 } : null,
      })),
      {
        at: '2026-11-26T11:00:00.000Z',
        action: 'case.identity.open',
        outcome: 'success',
        recordType: 'case',
        recordId: caseId,
        organisation: GUARD,
        role: 'national_coordinator',
        detail: { identity: 'shown', outsideTeam: true, breakGlass: true, reason: BREAK_GLASS },
      },
      {
        at: '2026-11-27T10:00:00.000Z',
        action: 'case.read',
        outcome: 'denied',
        recordType: 'case',
        recordId: caseId,
        organisation: VILNIUS,
        role: 'case_worker',
        detail: null,
      },
    ],
  };
}

const hasFont = existsSync(DEFAULT_PDF_FONT);

describe.skipIf(!hasFont)('the PDF handed to the person', () => {
  it.each(EXPORT_LANGUAGES)(
    'holds every assistance record and the audit trail in words (%s)',
    async (lang) => {
      const t = TEXTS[lang];
      const p = PRINT_TEXTS[lang].codes;
      const x = t.assistance;
      const c = t.codes;
      const org = (o: { name: { lt: string; en: string } }) => (lang === 'lt' ? o.name.lt : o.name.en);
      const pdf = await renderPdf(everything(lang), DEFAULT_PDF_FONT);
      const text = pdfText(pdf);
      // Lines wrap where the page ends: compare without spaces.
      const flat = text.replace(/\s/g, '');

      const expected = [
        // Headings of every part.
        ...['rightsGiven', 'assessments', 'plan', 'services', 'return', 'legal', 'longTerm', 'cards'].map(
          (k) => t.sections[k as keyof typeof t.sections],
        ),
        // Facts of the intake: what the person said no to.
        t.caseFields.consentsRefused,
        c.consentScope.share_identity,
        // Rights.
        c.rightsForm.spoken_and_leaflet,
        // Assessments: needs with urgency and notes, risk, what changed, the earlier one.
        fill(x.need, { need: p.need.accommodation, urgency: c.urgency.immediate }),
        fill(x.need, { need: p.need.employment, urgency: c.urgency.medium }),
        fill(x.need, { need: p.need.psychological, urgency: c.urgency.low }),
        NEED_NOTE,
        c.risk.high,
        RISK_REASONS,
        CHANGE,
        x.current,
        x.earlier,
        // The plan and its agreement.
        p.service.temporary_accommodation,
        p.planStatus.in_progress,
        PLAN_NOTE,
        VICTIM_WORDS,
        x.victimWords,
        // Services.
        p.service.crisis_intervention,
        p.service.material_help,
        c.serviceMode.in_person,
        c.serviceMode.remote,
        fill(x.minutes, { minutes: 90 }),
        // A service taken out: what it was and why.
        x.serviceWas,
        p.service.food,
        REMOVED_WHY,
        // Return.
        c.returnStatus.travel_booked,
        c.returnHelp.travel_documents,
        c.returnHelp.meeting_at_origin,
        c.returnHelpStatus.done,
        c.returnPartner.iom_vilnius,
        RECEIVING,
        REINTEGRATION,
        // Investigation, legal steps, compensation.
        c.institution.state_border_guard,
        CASE_NUMBER,
        OFFICER,
        c.legalStepKind.protection,
        c.legalStepKind.secondary_legal_aid,
        c.protection.restraining_order,
        c.legalStepStatus.granted,
        STEP_NOTE,
        c.compensationCrime.crime_against_freedom,
        c.compensationStatus.filed,
        c.eligibility.not_eu_citizen_or_resident,
        // Long-term help and the follow-up.
        org(VILNIUS),
        HANDOVER,
        x.followUpOn,
        // Cards: number, validity and status.
        fill(x.card, { number: CARD_VALID }),
        fill(x.card, { number: CARD_REVOKED }),
        c.cardStatus.valid,
        c.cardStatus.revoked,
        x.cardValidUntil,
        x.cardRevokedOn,
        // The history of the case says what each assistance event recorded.
        `${c.event.plan_item_changed}: ${p.planStatus.planned} → ${p.planStatus.done}`,
        `${c.event.card_issued} ${fill(x.card, { number: CARD_VALID })}`,
        `${c.event.rights_given}: ${c.rightsForm.leaflet}`,
        // The files attached to the case, listed; the files themselves are in the JSON copy.
        t.attachments.section,
        `${t.attachments.kind.identity_document}·JPEG`,
        'Pasas Olena.jpg',
        t.attachments.inCopy,
        // The audit trail, in words; an action without words in a general phrase; a refused attempt described.
        c.auditAction['case.read'],
        c.auditAction['assistance.read'],
        c.auditAction['assistance.services'],
        c.auditAction['card.issue'],
        c.transition.start_assistance,
        c.auditAction.other,
        t.audit.failed,
        t.audit.identityShown,
        t.audit.outsideTeam,
        BREAK_GLASS,
        fill(t.audit.copy, {
          format: 'PDF',
          language: new Intl.DisplayNames([t.locale], { type: 'language' }).of('uk')!,
        }),
        fill(t.audit.denied, { who: `${org(VILNIUS)}, ${c.role.case_worker}` }),
      ];
      const missing = expected.filter((words) => !flat.includes(words.replace(/\s/g, '')));
      expect(missing).toEqual([]);

      // No code a developer would write: dotted action names, snake_case identifiers.
      expect(text).not.toMatch(/\b(person|case|referral|assistance|card|some)\.[a-z_.]+/);
      expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
      expect(text).not.toContain('Refused');
    },
  );
});
