// The case screens rendered to static HTML in both languages with a full case: no untranslated
// key, and only the neutral sentence about a possible duplicate.
import i18next from 'i18next';
import { createElement as h } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { CaseRows } from './components/cases/CaseRow.tsx';
import { ChangesNotice } from './components/cases/ChangesNotice.tsx';
import { ConsentsPanel } from './components/cases/ConsentsPanel.tsx';
import { DeadlinesPanel } from './components/cases/DeadlinesPanel.tsx';
import {
  CooperationForm,
  IdentificationForm,
  ReflectionForm,
  ResidencePermitForm,
} from './components/cases/DecisionForms.tsx';
import { DecisionsPanel } from './components/cases/DecisionsPanel.tsx';
import { FactsPanel } from './components/cases/FactsPanel.tsx';
import { IdentityPanel } from './components/cases/IdentityPanel.tsx';
import { NotesPanel } from './components/cases/NotesPanel.tsx';
import { ReferralsPanel } from './components/cases/ReferralsPanel.tsx';
import { TeamPanel } from './components/cases/TeamPanel.tsx';
import { TimelinePanel } from './components/cases/TimelinePanel.tsx';
import { TransitionsPanel } from './components/cases/TransitionsPanel.tsx';
import { DuplicateList } from './components/desk/DuplicateList.tsx';
import { ConsentStep } from './components/intake/ConsentStep.tsx';
import { EMPTY_IDENTITY, fromDraftData, type IntakeForm } from './components/intake/form.ts';
import { NeedsStep } from './components/intake/NeedsStep.tsx';
import { PersonStep } from './components/intake/PersonStep.tsx';
import { ReviewStep } from './components/intake/ReviewStep.tsx';
import { SaveStatusLine } from './components/intake/SaveStatusLine.tsx';
import { SignsStep } from './components/intake/SignsStep.tsx';
import { StepNav } from './components/intake/StepNav.tsx';
import { Submitted } from './components/intake/Submitted.tsx';
import { WhatStep } from './components/intake/WhatStep.tsx';
import { ReferralInboxList } from './components/referrals/ReferralInboxList.tsx';
import type { CaseSummary, CaseView, ReferralView } from './contract/cases.ts';
import { codeName } from './labels.ts';
import { Cases } from './screens/Cases.tsx';
import { Desk } from './screens/Desk.tsx';
import { Home } from './screens/Home.tsx';
import { Intake } from './screens/Intake.tsx';
import { caritas, initTestI18n, police, render, session, untranslated } from './testing.ts';

const now = '2026-01-05T20:30:00.000Z';
const ref = (org: typeof police) => ({ id: org.id, name: org.name });

const summary: CaseSummary = {
  id: 'c1',
  reference: 'NRM-2026-0001',
  kind: 'trafficking',
  state: 'identified',
  child: true,
  sex: 'male',
  ageBand: '14-17',
  citizenshipPathway: 'third_country',
  origin: ref(police),
  openedAt: now,
  updatedAt: now,
  nextDeadline: { kind: 'reflection_period_end', dueAt: now, overdue: true, subjectId: null, answerer: null },
  version: 3,
};

const referral: ReferralView = {
  id: 'r1',
  caseId: 'c1',
  from: ref(police),
  to: ref(caritas),
  purpose: 'assistance',
  note: 'Needs a shelter tonight.',
  sharesIdentity: false,
  status: 'declined',
  sentAt: now,
  respondBy: now,
  respondedAt: now,
  declineReason: 'No places left.',
  version: 1,
};

const full: CaseView = {
  ...summary,
  facts: {
    metAt: now,
    municipality: 'LT-57',
    placeNote: 'Medininkai',
    firstContactKind: 'border_guard',
    exploitationForms: ['ForcedLabour', 'Other'],
    otherCrime: null,
    indicators: ['WithholdsDocuments', 'NoContract'],
    age: 16,
    citizenship: 'UZ',
    languages: ['uz', 'ru'],
    interpreterNeeded: true,
    urgentNeeds: ['shelter', 'medical'],
    consentsRefused: ['contact_by_phone', 'referral_to_national_contact_point'],
  },
  disability: false,
  identityState: 'shown',
  identity: {
    givenName: 'Aziz',
    familyName: 'K.',
    birthDate: '2009-04-01',
    documents: [{ kind: 'passport', number: 'FA123' }],
    contacts: [{ kind: 'phone', value: '+370 600 00000' }],
  },
  team: [
    {
      ...ref(caritas),
      role: 'support_service',
      joinedAt: now,
      leftAt: null,
      responsible: { userId: 'u2', name: 'Rasa Petrauskienė' },
    },
    { ...ref(police), role: 'first_contact', joinedAt: now, leftAt: null, responsible: null },
  ],
  consents: [
    {
      id: 'k1',
      scope: 'referral_to_national_contact_point',
      method: 'spoken',
      organisationId: null,
      givenAt: now,
      recordedBy: 'Tomas Petrauskas',
      withdrawnAt: null,
    },
    {
      id: 'k2',
      scope: 'contact_by_phone',
      method: 'signed',
      organisationId: null,
      givenAt: now,
      recordedBy: 'Tomas Petrauskas',
      withdrawnAt: now,
    },
  ],
  referrals: [referral, { ...referral, id: 'r2', status: 'sent', declineReason: null }],
  decisions: {
    identification: {
      outcome: 'identified',
      reasons: 'Indicators and interview.',
      decidedOn: '2026-01-05',
      by: 'A. Ž.',
    },
    cooperation: {
      outcome: 'not_yet',
      decidedOn: '2026-01-05',
      by: 'A. Ž.',
      note: 'After talking to a lawyer.',
    },
    reflection: { startsOn: '2026-01-05', endsOn: '2026-02-04', days: 30 },
    residencePermit: 'applied',
  },
  deadlines: [
    { kind: 'reflection_period_end', dueAt: now, overdue: false, subjectId: null, answerer: null },
    { kind: 'referral_response', dueAt: now, overdue: true, subjectId: 'r2', answerer: null },
  ],
  allowedTransitions: ['start_assistance', 'close'],
  timeline: [
    {
      id: 'e1',
      at: now,
      type: 'case_opened',
      organisation: ref(police),
      actorName: 'Tomas',
      detail: {},
      reason: null,
    },
    {
      id: 'e2',
      at: now,
      type: 'state_changed',
      organisation: null,
      actorName: null,
      detail: { to: 'identified' },
      reason: 'Because.',
    },
  ],
  notes: [
    {
      id: 'n1',
      at: now,
      authorName: 'Eglė',
      organisation: ref(caritas),
      visibility: 'organisation',
      text: 'Called.',
    },
  ],
  possibleDuplicate: true,
  restricted: false,
};

const form: IntakeForm = {
  ...fromDraftData({}, { metAt: '2026-01-05T22:30', municipality: 'Vilniaus miesto savivaldybė' }),
  kind: 'trafficking',
  exploitationForms: ['ForcedLabour'],
  indicators: ['NoContract'],
  age: '15',
  citizenship: 'UZ',
  languages: ['uz', 'ru'],
  identity: { ...EMPTY_IDENTITY, givenName: 'Aziz' },
  consents: { referral_to_support_service: 'spoken' },
};
const step = { form, update: () => undefined, errors: { municipality: 'Fill in this field.' } };
const act = async () => undefined;
const done = () => undefined;

function pages(): [string, string][] {
  const responder = session('active', 'first_responder');
  const coordinator = session('active', 'national_coordinator');
  const worker = session('active', 'case_worker');
  const page = (name: string, element: ReturnType<typeof h>, who = worker): [string, string] => [
    name,
    render(who, element),
  ];
  return [
    page('home (first responder)', h(Home), responder),
    page('home (coordinator)', h(Home), coordinator),
    page('home (case worker)', h(Home)),
    page('intake start', h(Intake, { draftId: null }), responder),
    page('intake draft (loading)', h(Intake, { draftId: 'd1' }), responder),
    page('step: what (trafficking)', h(WhatStep, step)),
    page('step: what (other crime)', h(WhatStep, { ...step, form: { ...form, kind: 'other_crime' } })),
    page('step: signs', h(SignsStep, step)),
    page('step: person', h(PersonStep, step)),
    page(
      'step: person (anonymous, age band)',
      h(PersonStep, { ...step, form: { ...form, age: '', ageBand: '25-34', identity: null } }),
    ),
    page('step: needs', h(NeedsStep, step)),
    page('step: consent', h(ConsentStep, step)),
    page('step: review', h(ReviewStep, { ...step, form: { ...form, sex: '' }, onGo: () => undefined })),
    page(
      'step nav',
      h(StepNav, { current: 'person', onGo: () => undefined, withErrors: new Set(['what' as const]) }),
    ),
    ...(['idle', 'saving', 'retrying'] as const).map((kind) =>
      page(`save ${kind}`, h(SaveStatusLine, { status: { kind } })),
    ),
    page('save saved', h(SaveStatusLine, { status: { kind: 'saved', at: now } })),
    page('save reloaded', h(SaveStatusLine, { status: { kind: 'reloaded', at: now } })),
    page('save rejected', h(SaveStatusLine, { status: { kind: 'rejected', error: null } })),
    page('submitted', h(Submitted, { result: { caseId: 'c1', reference: 'NRM-2026-0001' } })),
    page('cases', h(Cases)),
    page('desk', h(Desk), coordinator),
    page(
      'case rows',
      h(CaseRows, {
        cases: [summary, { ...summary, id: 'c2', nextDeadline: null }],
        empty: 'none',
        testId: 'x',
      }),
    ),
    page(
      'inbox',
      h(ReferralInboxList, {
        items: [
          {
            ...referral,
            status: 'sent',
            case: {
              ...summary,
              needs: {
                municipality: 'Vilnius',
                urgentNeeds: ['shelter', 'interpreter'],
                interpreterNeeded: true,
                languages: ['uz', 'ru'],
                exploitationForms: ['ForcedLabour'],
                otherCrime: null,
              },
            },
          },
        ],
        onAnswered: done,
      }),
    ),
    page(
      'duplicates',
      h(DuplicateList, {
        items: [
          {
            id: 'p1',
            caseId: 'c1',
            caseReference: 'A',
            otherCaseId: 'c2',
            otherCaseReference: 'B',
            flaggedAt: now,
          },
        ],
        onResolved: done,
      }),
    ),
    page('facts', h(FactsPanel, { view: full })),
    ...(['none', 'hidden', 'openable', 'shown', 'erased'] as const).map((identityState) =>
      page(`identity ${identityState}`, h(IdentityPanel, { view: { ...full, identityState }, act })),
    ),
    page('deadlines', h(DeadlinesPanel, { view: full })),
    page('decisions', h(DecisionsPanel, { view: full, act, canDecide: true })),
    page(
      'decisions (none)',
      h(DecisionsPanel, {
        view: {
          ...full,
          decisions: { identification: null, cooperation: null, reflection: null, residencePermit: null },
        },
        act,
        canDecide: false,
      }),
    ),
    ...[IdentificationForm, CooperationForm, ReflectionForm, ResidencePermitForm].map((Form) =>
      page(`form ${Form.name}`, h(Form, { act, done })),
    ),
    page('transitions', h(TransitionsPanel, { view: full, act })),
    page('transitions (none)', h(TransitionsPanel, { view: { ...full, allowedTransitions: [] }, act })),
    page('referrals', h(ReferralsPanel, { view: full, act })),
    page('team', h(TeamPanel, { view: full })),
    page(
      'team (a worker of the organisation)',
      h(TeamPanel, {
        view: full,
        act,
        acting: { organisationId: caritas.id, role: 'case_worker', userId: 'u1' },
      }),
    ),
    page(
      'team (its manager)',
      h(TeamPanel, {
        view: full,
        act,
        acting: { organisationId: caritas.id, role: 'organisation_manager', userId: 'u1' },
      }),
    ),
    page('consents', h(ConsentsPanel, { view: full, act })),
    page('notes', h(NotesPanel, { view: full, act })),
    page('timeline', h(TimelinePanel, { view: full })),
    page(
      'changes',
      h(ChangesNotice, {
        changes: { state: { from: 'referred', to: 'identified' }, events: full.timeline, notes: 2 },
      }),
    ),
  ];
}

beforeAll(initTestI18n);

describe.each(['lt', 'en'])('case screens in %s', (language) => {
  it('render with no untranslated key', async () => {
    await i18next.changeLanguage(language);
    for (const [name, html] of pages()) expect(untranslated(html), name).toBeUndefined();
  });

  it('say nothing to a first responder about a possible duplicate, and overdue in words', async () => {
    await i18next.changeLanguage(language);
    const html = render(
      session('active', 'first_responder'),
      h(Submitted, { result: { caseId: 'c1', reference: 'R' } }),
    );
    expect(html).not.toContain(i18next.t('cases.possibleDuplicate'));
    const rows = render(
      session('active', 'case_worker'),
      h(CaseRows, { cases: [summary], empty: '', testId: 'x' }),
    );
    expect(rows).toContain(i18next.t('deadlines.overdue'));
  });

  it('name the municipality, and keep saying what the person refused when first met until they agree', async () => {
    await i18next.changeLanguage(language);
    expect(render(session('active', 'case_worker'), h(FactsPanel, { view: full }))).toContain(
      language === 'lt' ? 'Vilniaus miesto savivaldybė' : 'Vilnius City Municipality',
    );
    const consents = render(session('active', 'case_worker'), h(ConsentsPanel, { view: full, act }));
    const refused = consents.slice(consents.indexOf('case-consents-refused'));
    const onlyRefused = refused.split('data-testid="case-consents"')[0]!;
    expect(onlyRefused).toContain(i18next.t('consents.refusedAtIntake'));
    // Phone contact was given later and withdrawn again: still refused.
    expect(onlyRefused).toContain(codeName(i18next.t, 'consentScope', 'contact_by_phone'));
    // The referral to the national point of contact was agreed to later: no longer "refused".
    expect(onlyRefused).not.toContain(
      codeName(i18next.t, 'consentScope', 'referral_to_national_contact_point'),
    );
  });
});
