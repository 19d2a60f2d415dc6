// The assistance tabs and the consultations log rendered to static HTML in both languages with a case
// that has something in every part: no untranslated key, and the state of each part in words.
import i18next from 'i18next';
import { createElement as h } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { AssessmentTab } from './components/assistance/AssessmentTab.tsx';
import { AssistanceGlance } from './components/assistance/AssistanceGlance.tsx';
import { CardTab } from './components/assistance/CardTab.tsx';
import { LegalTab } from './components/assistance/LegalTab.tsx';
import { LongTermTab } from './components/assistance/LongTermTab.tsx';
import { PlanTab } from './components/assistance/PlanTab.tsx';
import { ReturnTab } from './components/assistance/ReturnTab.tsx';
import { RightsTab } from './components/assistance/RightsTab.tsx';
import { ServicesTab } from './components/assistance/ServicesTab.tsx';
import { Tabs } from './components/assistance/Tabs.tsx';
import type { AssistanceView } from './components/assistance/types.ts';
import type { AssistanceTabProps } from './components/assistance/useAssistance.ts';
import { ConsultationLog } from './components/consultations/ConsultationLog.tsx';
import type { CaseView } from './contract/cases.ts';
import { Consultations } from './screens/Consultations.tsx';
import { caritas, initTestI18n, police, render, session, untranslated } from './testing.ts';

const by = { organisation: { id: caritas.id, name: caritas.name }, userName: 'Eglė Jankauskienė' };
const iom = { id: 'o3', name: { lt: 'TMO Vilniaus biuras', en: 'IOM Vilnius' } };

const caseView = {
  id: 'c1',
  kind: 'trafficking',
  citizenshipPathway: 'third_country',
  openedAt: '2026-01-05T20:30:00.000Z',
  version: 4,
  facts: { metAt: '2026-01-05T18:00:00.000Z', languages: ['uk'], citizenship: 'UZ' },
  team: [
    { ...caritas, role: 'support_service', joinedAt: '2026-01-05T20:30:00.000Z', leftAt: null },
    { ...iom, role: 'return_provider', joinedAt: '2026-01-06T09:00:00.000Z', leftAt: null },
    {
      ...police,
      role: 'first_contact',
      joinedAt: '2026-01-05T20:30:00.000Z',
      leftAt: '2026-01-06T09:00:00.000Z',
    },
  ],
} as unknown as CaseView;

const assistance: AssistanceView = {
  caseId: 'c1',
  canRecord: true,
  rights: [{ ...by, id: 'r1', givenOn: '2026-01-06', language: 'uk', form: 'spoken_and_leaflet' }],
  assessments: [
    {
      ...by,
      id: 'a2',
      assessedOn: '2026-01-20',
      needs: [
        { domain: 'safety', urgency: 'high', note: 'Recruiter calls her sister.' },
        { domain: 'health', urgency: 'none', note: null },
      ],
      risk: { level: 'high', reasons: 'Threats by phone.' },
      changeReason: 'The recruiter found her address.',
      current: true,
      approval: null,
    },
    {
      ...by,
      id: 'a1',
      assessedOn: '2026-01-07',
      needs: [],
      risk: { level: 'medium', reasons: null },
      changeReason: null,
      current: false,
      approval: null,
    },
  ],
  plan: {
    items: [
      {
        id: 'p1',
        need: 'psychological',
        measure: 'psychological_consultation',
        organisation: { id: caritas.id, name: caritas.name },
        dueOn: '2026-02-01',
        status: 'in_progress',
        note: 'Weekly.',
        createdOn: '2026-01-07',
        version: 1,
      },
    ],
    agreements: [
      {
        ...by,
        id: 'g1',
        agreedOn: '2026-01-07',
        victimWords: 'I want to go home.',
        reviewOn: '2026-02-06',
        approval: null,
      },
    ],
    status: 'agreed',
    reviewOn: '2026-02-06',
  },
  services: [
    {
      ...by,
      id: 's1',
      type: 'emotional_support',
      givenOn: '2026-01-08',
      minutes: 45,
      amountEur: null,
      mode: 'in_person',
      planItemId: null,
      allocationId: null,
      version: 1,
    },
    {
      ...by,
      id: 's2',
      type: 'food',
      givenOn: '2026-01-09',
      minutes: null,
      amountEur: 25.5,
      mode: 'in_person',
      planItemId: null,
      allocationId: null,
      version: 1,
    },
  ],
  serviceCorrections: [
    {
      ...by,
      id: 'x1',
      serviceId: 's3',
      kind: 'removed',
      at: '2026-01-09T15:00:00.000Z',
      before: {
        type: 'food',
        givenOn: '2026-01-09',
        minutes: null,
        amountEur: 25.5,
        mode: 'in_person',
        planItemId: null,
        allocationId: null,
      },
      after: null,
      reason: 'Entered twice',
    },
  ],
  return: {
    pathway: 'third_country',
    partners: ['specialised_ngo', 'iom_vilnius'],
    destinationCountry: 'UZ',
    travelOn: '2026-03-01',
    receivingOrganisation: 'IOM Tashkent',
    status: 'travel_booked',
    checklist: [{ kind: 'travel_documents', status: 'done', costEur: 60 }],
    totalCostEur: 60,
    reintegrationNote: null,
    organisation: iom,
    version: 2,
  },
  returnPathway: { pathway: 'third_country', partners: ['specialised_ngo', 'iom_vilnius'] },
  legal: {
    investigation: {
      institution: 'police',
      caseNumber: '01-1-00123-26',
      startedOn: '2026-01-10',
      officerName: 'J. P.',
      officerContact: null,
      closedOn: null,
      outcome: null,
      recordedBy: null,
      version: 1,
    },
    steps: [
      {
        ...by,
        id: 'l1',
        kind: 'protection',
        measure: 'physical_protection',
        status: 'requested',
        on: '2026-01-11',
        answeredOn: null,
        note: null,
        version: 0,
      },
    ],
    compensation: {
      crime: 'crime_against_freedom',
      crimeOn: '2025-10-01',
      status: 'preparing',
      filedOn: null,
      amountEur: null,
      lawfullyResidentInEu: false,
      eligibility: { eligible: false, reasons: ['not_eu_citizen_or_resident'] },
      ministry: null,
      version: 1,
    },
  },
  longTerm: {
    municipality: {
      id: 'o9',
      name: { lt: 'Vilniaus miesto savivaldybės administracija', en: 'Vilnius City Municipality' },
    },
    contactName: 'R. K.',
    contactPhone: '+370 5 211 2000',
    note: null,
    handedOverOn: '2026-03-10',
    referralId: 'f1',
  },
  followUpOn: '2026-06-10',
  cards: [
    {
      id: 'k1',
      number: 'LT-2026-0001',
      issuedAt: '2026-01-12T10:00:00Z',
      validUntil: '2027-01-12',
      status: 'valid',
      issuedBy: by,
      revokedAt: null,
      verifyPath: '/verify/card/abc',
    },
  ],
  cardRefusals: ['card_no_identity'],
};

const props: AssistanceTabProps = { caseView, assistance, record: async () => undefined };
const TABS = { RightsTab, AssessmentTab, PlanTab, ServicesTab, ReturnTab, LegalTab, LongTermTab, CardTab };

describe('assistance screens', () => {
  beforeAll(initTestI18n);

  it('render every tab in both languages with no untranslated key', async () => {
    const worker = session('active', 'case_worker');
    for (const language of ['lt', 'en']) {
      await i18next.changeLanguage(language);
      for (const [name, Tab] of Object.entries(TABS)) {
        const html = render(worker, h(Tab, props));
        expect(untranslated(html), `${name} in ${language}`).toBeUndefined();
      }
      expect(untranslated(render(worker, h(AssistanceGlance, { assistance })))).toBeUndefined();
      expect(untranslated(render(worker, h(Consultations)))).toBeUndefined();
      const log = { items: [], byTopic: [{ topic: 'employment' as const, count: 2 }] };
      expect(untranslated(render(worker, h(ConsultationLog, { list: log })))).toBeUndefined();
    }
  });

  it('offers to mark a plan measure still "planned" once help of its kind is given, to whoever keeps its status', async () => {
    await i18next.changeLanguage('en');
    const atCaritas = { ...session('active', 'case_worker'), activeMembershipId: 'm2' };
    const planned = {
      ...assistance.plan.items[0]!,
      id: 'p2',
      measure: 'emotional_support' as const,
      status: 'planned' as const,
    };
    const withPlanned = {
      ...props,
      assistance: { ...assistance, plan: { ...assistance.plan, items: [planned] } },
    };
    const html = render(atCaritas, h(ServicesTab, withPlanned));
    expect(html).toContain('services-plan-still');
    expect(html).toContain('plan-item-p2-status');
    // Not once the measure is under way; not to an organisation that neither gives it nor agreed the plan.
    const underWay = {
      ...withPlanned,
      assistance: {
        ...withPlanned.assistance,
        plan: { ...withPlanned.assistance.plan, items: [{ ...planned, status: 'in_progress' as const }] },
      },
    };
    expect(render(atCaritas, h(ServicesTab, underWay))).not.toContain('services-plan-still');
    expect(render(session('active', 'case_worker'), h(ServicesTab, withPlanned))).not.toContain(
      'services-plan-still',
    );
  });

  it('shows the state of each part at a glance', async () => {
    await i18next.changeLanguage('en');
    const worker = session('active', 'case_worker');
    const glance = render(worker, h(AssistanceGlance, { assistance }));
    expect(glance).toContain('High risk');
    expect(glance).toContain('Measures: 1, done: 0');
    expect(render(worker, h(ServicesTab, props))).toContain('Emotional support: 1');
    const plan = render(worker, h(PlanTab, props));
    expect(plan).toContain('I want to go home.');
    // Only the organisations on the team now can be chosen to give a measure.
    expect(plan).toContain('IOM Vilnius</option>');
    expect(plan).not.toContain('Lithuanian Police</option>');
    expect(render(worker, h(LegalTab, props))).toContain('lawfully and habitually resident');
    const card = render(worker, h(CardTab, props));
    expect(card).toMatch(/data-testid="card-issue"[^>]*disabled|disabled[^>]*data-testid="card-issue"/);
    expect(card).toContain('none is recorded');
  });

  it("offers the rights leaflet in the person's language, or says which it is offered in instead", async () => {
    await i18next.changeLanguage('en');
    const worker = session('active', 'case_worker');
    const inUkrainian = render(worker, h(RightsTab, props));
    expect(inUkrainian).not.toContain('rights-leaflet-instead');
    expect(inUkrainian).toMatch(/Ukrainian \(PDF\)<\/a><span[^>]*> · the person’s language/);
    const uzbek = { ...caseView, facts: { ...caseView.facts, languages: ['uz', 'tg'] } };
    const inUzbek = render(worker, h(RightsTab, { ...props, caseView: uzbek }));
    expect(inUzbek).toContain(
      'No leaflet is printed in the person’s language (Uzbek, Tajik): offer it in English',
    );
    expect(inUzbek).toMatch(/English \(PDF\)<\/a><span[^>]*> · offered instead/);
    const both = { ...caseView, facts: { ...caseView.facts, languages: ['uz', 'ru'] } };
    expect(render(worker, h(RightsTab, { ...props, caseView: both }))).toMatch(
      /Russian \(PDF\)<\/a><span[^>]*> · the person’s language/,
    );
  });

  it('offers to correct or remove only the services the acting organisation recorded, and lists what was changed', async () => {
    await i18next.changeLanguage('en');
    const atCaritas = { ...session('active', 'case_worker'), activeMembershipId: 'm2' };
    const html = render(atCaritas, h(ServicesTab, props));
    expect(html).toContain('service-correct-open-s1');
    expect(html).toContain('service-remove-open-s2');
    expect(html).toContain('Corrected or removed: 1');
    expect(html).toContain('Why: Entered twice');
    // Another organisation's worker sees what was changed, and no way to change it.
    const elsewhere = render(session('active', 'case_worker'), h(ServicesTab, props));
    expect(elsewhere).not.toContain('service-correct-open');
    expect(elsewhere).toContain('Removed ');
  });

  it('leaves the forms out for a membership that may only read', async () => {
    const coordinator = session('active', 'national_coordinator');
    const readOnly = { ...props, assistance: { ...assistance, canRecord: false } };
    expect(render(coordinator, h(PlanTab, readOnly))).not.toContain('plan-item-form');
    expect(render(coordinator, h(ServicesTab, readOnly))).not.toContain('services-form');
  });

  it('mark the selected tab and keep the others out of the Tab order', () => {
    const html = render(
      session('active', 'case_worker'),
      h(Tabs, {
        label: 'Parts',
        idPrefix: 'assistance',
        items: [
          { value: 'rights', label: 'Rights' },
          { value: 'plan', label: 'Plan' },
        ],
        selected: 'plan',
        onSelect: () => undefined,
        panel: (value: string) => `content of ${value}`,
      }),
    );
    expect(html).toContain('role="tablist"');
    expect(html).toMatch(/id="assistance-tab-plan" aria-selected="true"[^>]*tabindex="0"/);
    expect(html).toMatch(/id="assistance-tab-rights" aria-selected="false"[^>]*tabindex="-1"/);
    // Only the chosen tab's panel is drawn until another tab is chosen.
    expect(html).toContain('aria-labelledby="assistance-tab-plan"');
    expect(html).not.toContain('content of rights');
    expect(html).not.toContain('aria-controls="assistance-panel-rights"');
  });
});
