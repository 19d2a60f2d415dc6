// Renders every screen and the main components to static HTML in both languages, and checks that
// no catalogue key is left untranslated (i18next shows a missing key as the key itself).
import i18next from 'i18next';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from './App.tsx';
import { ApiError } from './api.ts';
import { AlertSettingsForm } from './components/account/AlertSettingsSection.tsx';
import { AuditTable } from './components/audit/AuditTable.tsx';
import { ResponsibleControls } from './components/cases/ResponsibleControls.tsx';
import { ReferralMapTable } from './components/directory/ReferralMapTable.tsx';
import { ServiceCard } from './components/directory/ServiceCard.tsx';
import { ServiceForm } from './components/directory/ServiceForm.tsx';
import { OrganisationCard } from './components/organisations/OrganisationCard.tsx';
import { OrganisationForm } from './components/organisations/OrganisationForm.tsx';
import { RecoveryCodes } from './components/RecoveryCodes.tsx';
import { ErasePanel } from './components/subjects/ErasePanel.tsx';
import { ExportPanel } from './components/subjects/ExportPanel.tsx';
import { RestrictionPanel } from './components/subjects/RestrictionPanel.tsx';
import { SubjectSummary } from './components/subjects/SubjectSummary.tsx';
import { CreateUserForm } from './components/users/CreateUserForm.tsx';
import { UserCard } from './components/users/UserCard.tsx';
import { WaitingReferrals } from './components/work/WaitingReferrals.tsx';
import { WorkDeadlines } from './components/work/WorkDeadlines.tsx';
import { ALERT_KIND_NAMES, ALERT_KINDS } from './contract/alerts.ts';
import type { AccessReview as AccessReviewData } from './contract/audit.ts';
import type { DirectoryService } from './contract/directory.ts';
import type { SubjectView } from './contract/rights.ts';
import { errorMessage, fieldErrors } from './format.ts';
import { AccessReview, AccessReviewResults } from './screens/AccessReview.tsx';
import { Account } from './screens/Account.tsx';
import { AlertItem, Alerts } from './screens/Alerts.tsx';
import { Audit } from './screens/Audit.tsx';
import { Caseload, WorkerItem } from './screens/Caseload.tsx';
import { ChooseMembership } from './screens/ChooseMembership.tsx';
import { DataSubjects } from './screens/DataSubjects.tsx';
import { Directory } from './screens/Directory.tsx';
import { ForgotPassword } from './screens/ForgotPassword.tsx';
import { Home } from './screens/Home.tsx';
import { Login } from './screens/Login.tsx';
import { Mail, MailItem } from './screens/Mail.tsx';
import { MyWork, WorkCounts } from './screens/MyWork.tsx';
import { NotAvailable } from './screens/NotAvailable.tsx';
import { Organisations } from './screens/Organisations.tsx';
import { Referral } from './screens/Referral.tsx';
import { RegisterForm, RequestItem, Requests } from './screens/Requests.tsx';
import { ResetPassword } from './screens/ResetPassword.tsx';
import { TotpEnrolment } from './screens/TotpEnrolment.tsx';
import { TotpEntry } from './screens/TotpEntry.tsx';
import { Users } from './screens/Users.tsx';
import { caritas, initTestI18n, police, render, session, untranslated } from './testing.ts';

/** A directory entry as the staff API returns it, here checked long ago and open on weekdays. */
function service(overrides: Partial<DirectoryService> = {}): DirectoryService {
  return {
    id: 's1',
    name: 'Pagalba nukentėjusiems nuo prekybos žmonėmis',
    organisation: { id: 'o2', name: 'Vilniaus arkivyskupijos Caritas' },
    needs: [
      { code: 'trafficking', name: 'Prekyba žmonėmis' },
      { code: 'legal', name: 'Teisinė pagalba' },
    ],
    phones: [
      { number: '+370 679 61617', label: 'Informacinė linija' },
      { number: '+370 5 212 1234', label: null },
    ],
    emails: ['centras@anti-trafficking.lt'],
    url: 'https://www.anti-trafficking.lt/',
    languages: ['lt', 'en', 'ru'],
    schedule: { kind: 'weekly', days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '09:00', closes: '18:00' },
    takesReferrals: true,
    lastCheckedAt: '2025-01-15T10:00:00.000Z',
    stale: true,
    canEdit: true,
    ...overrides,
  };
}

/** The person a case is about, as the data protection officer finds them; restricted once, then lifted. */
function subject(overrides: Partial<SubjectView['person']> = {}): SubjectView {
  const at = '2026-11-20T10:00:00.000Z';
  return {
    person: {
      id: 'p1',
      sex: 'female',
      ageBand: '25-34',
      citizenshipPathway: 'third_country',
      disability: false,
      createdAt: at,
      holder: police,
      erasedAt: null,
      identityState: 'shown',
      identity: { givenName: 'Олена', familyName: 'Коваленко', birthDate: '1996-03-08' },
      ...overrides,
    },
    restriction: {
      restricted: true,
      since: at,
      history: [
        { restricted: true, at, organisation: police, reason: 'Contests the facts.' },
        { restricted: false, at: '2026-11-19T10:00:00.000Z', organisation: police, reason: null },
      ],
    },
    cases: [
      {
        id: 'c1',
        reference: 'ATR-2026-000042',
        kind: 'trafficking',
        state: 'identified',
        openedAt: at,
        closedAt: null,
      },
    ],
    language: 'uk',
  };
}

function accessReview(): AccessReviewData {
  const at = '2026-11-12T09:30:00.000Z';
  return {
    month: '2026-11',
    organisations: [
      {
        organisation: caritas,
        entries: [
          {
            actorEmail: 'vilnius.worker@atrama.test',
            role: 'case_worker',
            caseId: 'c1',
            caseReference: 'LT-2026-0001',
            reads: 4,
            outsideTeam: 0,
            breakGlass: [{ at, reason: 'The person asked for her documents' }],
            first: at,
            last: '2026-11-20T15:00:00.000Z',
          },
          {
            actorEmail: 'coordinator@atrama.test',
            role: 'national_coordinator',
            caseId: 'c2',
            caseReference: null,
            reads: 2,
            outsideTeam: 2,
            breakGlass: [],
            first: at,
            last: at,
          },
        ],
      },
      { organisation: police, entries: [] },
    ],
  };
}

const at = '2026-11-20T10:00:00.000Z';
const headline = {
  id: 'c1',
  reference: 'ATR-2026-000042',
  kind: 'trafficking' as const,
  state: 'referred' as const,
  restricted: false,
  possibleDuplicate: false,
  sex: 'female' as const,
  ageBand: '25-34' as const,
  citizenshipPathway: 'third_country' as const,
  municipality: 'Vilnius',
  exploitationForms: ['ForcedLabour'],
  urgentNeeds: [],
};

/** The screens and parts of alerts, "My work", the caseload, mail and the requests register. */
function workPages(): [string, string][] {
  const worker = session('active', 'case_worker');
  const manager = session('active', 'organisation_manager');
  const admin = session('active', 'administrator');
  const dpo = session('active', 'data_protection_officer');
  const noop = () => undefined;
  const member = {
    ...caritas,
    role: 'support_service',
    joinedAt: at,
    leftAt: null,
    responsible: { userId: 'u2', name: 'Rasa' },
  };
  return [
    ['alerts', render(worker, h(Alerts))],
    ...(['read', 'unread'] as const).map((read): [string, string] => [
      `alert (${read})`,
      render(
        worker,
        h('ul', null, [
          ...ALERT_KIND_NAMES.map((kind) =>
            h(AlertItem, {
              key: kind,
              alert: {
                id: `a-${kind}`,
                kind,
                caseReference: 'ATR-2026-000042',
                deadline: 'identification_decision',
                dueAt: at,
                link: '/cases/c1',
                createdAt: at,
                read: read === 'read',
              },
              onOpen: async () => undefined,
            }),
          ),
        ]),
      ),
    ]),
    [
      'alert settings',
      render(
        worker,
        h(AlertSettingsForm, {
          view: {
            digestHour: 7,
            mailConfigured: false,
            kinds: ALERT_KIND_NAMES.map((kind) => ({
              kind,
              delivery: ALERT_KINDS[kind].delivery,
              mandatory: ALERT_KINDS[kind].mandatory,
            })),
          },
          onSaved: noop,
        }),
      ),
    ],
    ['my work (case worker)', render(worker, h(MyWork))],
    ['my work (manager)', render(manager, h(MyWork))],
    [
      'work counts',
      render(
        worker,
        h(WorkCounts, { counts: { cases: 3, overdue: 1, dueSoon: 2, referralsWaiting: 1, unassigned: 4 } }),
      ),
    ],
    [
      'work deadlines',
      render(
        worker,
        h(WorkDeadlines, {
          items: [
            {
              kind: 'plan_review',
              dueAt: at,
              overdue: false,
              subjectId: null,
              answerer: null,
              caseId: 'c1',
              caseReference: 'ATR-1',
            },
            {
              kind: 'identification_decision',
              dueAt: at,
              overdue: true,
              subjectId: null,
              answerer: null,
              caseId: 'c2',
              caseReference: 'ATR-2',
            },
          ],
        }),
      ),
    ],
    ['work deadlines (none)', render(worker, h(WorkDeadlines, { items: [] }))],
    [
      'waiting referrals',
      render(
        worker,
        h(WaitingReferrals, {
          items: [
            {
              id: 'r1',
              caseId: 'c1',
              purpose: 'support_service',
              status: 'pending',
              from: police,
              to: caritas,
              sentAt: at,
              respondBy: at,
              respondedAt: null,
              reason: null,
              note: null,
              version: 1,
              case: headline,
            } as never,
          ],
        }),
      ),
    ],
    ['referral', render(worker, h(Referral, { referralId: 'r1' }))],
    ['caseload', render(manager, h(Caseload))],
    [
      'caseload worker',
      render(
        manager,
        h('ul', null, [
          h(WorkerItem, {
            key: 'w1',
            worker: { userId: 'u2', name: 'Rasa', cases: 0, overdue: 0, dueSoon: 0, caseList: [] },
          }),
        ]),
      ),
    ],
    [
      'responsible controls (manager)',
      render(
        manager,
        h(ResponsibleControls, {
          caseId: 'c1',
          member,
          role: 'organisation_manager',
          userId: 'u1',
          act: async () => undefined,
        }),
      ),
    ],
    [
      'responsible controls (worker)',
      render(
        worker,
        h(ResponsibleControls, {
          caseId: 'c1',
          member,
          role: 'case_worker',
          userId: 'u1',
          act: async () => undefined,
        }),
      ),
    ],
    ['mail', render(admin, h(Mail))],
    ...(['pending', 'failed'] as const).map((status): [string, string] => [
      `mail item (${status})`,
      render(
        admin,
        h('ul', null, [
          h(MailItem, {
            key: 'm',
            mail: {
              id: 'm1',
              toAddress: 'case.worker@atrama.test',
              kind: 'referral_received',
              caseReference: 'ATR-1',
              status,
              attempts: 3,
              lastError: status === 'failed' ? 'ECONNREFUSED' : null,
              createdAt: at,
              sendAfter: at,
            },
            onRetry: async () => undefined,
          }),
        ]),
      ),
    ]),
    ['requests', render(dpo, h(Requests))],
    ['request form', render(dpo, h(RegisterForm, { onRegistered: noop }))],
    ...([null, '2026-11-25'] as const).flatMap((answeredOn) =>
      [true, false].map((overdue): [string, string] => [
        `request (answered ${answeredOn}, overdue ${overdue})`,
        render(
          dpo,
          h('ul', null, [
            h(RequestItem, {
              key: 'q',
              request: {
                id: 'q1',
                kind: 'access',
                channel: 'through_support_service',
                receivedOn: '2026-10-20',
                dueOn: '2026-11-20',
                caseReference: 'ATR-1',
                answeredOn,
                overdue,
              },
              onAnswered: noop,
            }),
          ]),
        ),
      ]),
    ),
    ['forgot password', render(null, h(ForgotPassword))],
    ['reset password', render(null, h(ResetPassword))],
    ['login (after a reset)', render(null, h(Login, { notice: 'password_reset' }))],
  ];
}

function pages(): [string, string][] {
  const active = session('active');
  const dpo = session('active', 'data_protection_officer');
  const erased = subject({ identityState: 'erased', identity: null, erasedAt: '2026-11-21T10:00:00.000Z' });
  return [
    ...workPages(),
    ['app (loading)', renderToStaticMarkup(h(App))],
    ['login', render(null, h(Login, { notice: 'expired' }))],
    ['totp', render(session('totp_required'), h(TotpEntry))],
    ['enrolment', render(session('totp_enrolment_required'), h(TotpEnrolment))],
    ['choose membership', render(session('membership_required'), h(ChooseMembership))],
    ['home (administrator)', render(active, h(Home))],
    ['home (auditor)', render(session('active', 'auditor'), h(Home))],
    ['home (data protection officer)', render(dpo, h(Home))],
    ['data subjects', render(dpo, h(DataSubjects))],
    ['subject summary', render(dpo, h(SubjectSummary, { subject: subject() }))],
    ['subject summary (erased)', render(dpo, h(SubjectSummary, { subject: erased }))],
    ['subject export', render(dpo, h(ExportPanel, { subject: subject() }))],
    [
      'subject restriction',
      render(dpo, h(RestrictionPanel, { subject: subject(), onChanged: () => undefined })),
    ],
    ['subject erasure', render(dpo, h(ErasePanel, { subject: subject(), onErased: () => undefined }))],
    ['subject erasure (erased)', render(dpo, h(ErasePanel, { subject: erased, onErased: () => undefined }))],
    ['home (organisation manager)', render(session('active', 'organisation_manager'), h(Home))],
    ['account', render(active, h(Account))],
    ['users', render(active, h(Users))],
    ['organisations', render(active, h(Organisations))],
    ['audit', render(session('active', 'auditor'), h(Audit))],
    ['access review (auditor)', render(session('active', 'auditor'), h(AccessReview))],
    ['access review (manager)', render(session('active', 'organisation_manager'), h(AccessReview))],
    [
      'access review results',
      render(
        session('active', 'organisation_manager'),
        h(AccessReviewResults, { review: accessReview(), linkCases: true }),
      ),
    ],
    [
      'access review results (empty)',
      render(
        session('active', 'auditor'),
        h(AccessReviewResults, { review: { month: '2026-11', organisations: [] }, linkCases: false }),
      ),
    ],
    ['directory', render(session('active', 'first_responder'), h(Directory))],
    ['service card', render(active, h(ServiceCard, { service: service(), onChanged: () => undefined }))],
    [
      'service card (always open, nothing known)',
      render(
        active,
        h(ServiceCard, {
          service: service({
            phones: [],
            emails: [],
            url: null,
            languages: [],
            needs: [],
            schedule: { kind: 'always' },
            takesReferrals: false,
            stale: false,
            canEdit: false,
          }),
          onChanged: () => undefined,
        }),
      ),
    ],
    [
      'service card (hours unknown)',
      render(active, h(ServiceCard, { service: service({ schedule: null }), onChanged: () => undefined })),
    ],
    [
      'service form',
      render(
        active,
        h(ServiceForm, { service: service(), onSave: async () => undefined, onCancel: () => undefined }),
      ),
    ],
    [
      'referral map',
      render(
        active,
        h(ReferralMapTable, {
          caption: 'Caption',
          items: [
            {
              organisation: { id: 'o2', name: 'Caritas' },
              needs: [{ code: 'legal', name: 'Teisinė pagalba' }],
              services: [{ id: 's1', name: 'Pagalba' }],
            },
            { organisation: { id: 'o3', name: 'IOM' }, needs: [], services: [] },
          ],
        }),
      ),
    ],
    ['not available', render(active, h(NotAvailable, { reason: 'forbidden' }))],
    [
      'recovery codes',
      render(
        active,
        h(RecoveryCodes, { codes: ['abcd-efgh-ijkl'], onDone: () => undefined, headingLevel: 2 }),
      ),
    ],
    [
      'audit table',
      render(
        active,
        h(AuditTable, {
          items: [
            {
              seq: 3,
              at: new Date().toISOString(),
              actorEmail: 'x@atrama.test',
              role: 'auditor',
              organisationName: police.name,
              action: 'x.y',
              recordType: 'person',
              recordId: 'r1',
              outcome: 'denied',
              requestId: 'q1',
              flag: null,
              reason: null,
            },
            {
              seq: 4,
              at: new Date().toISOString(),
              actorEmail: 'vilnius.worker@atrama.test',
              role: 'case_worker',
              organisationName: caritas.name,
              action: 'case.identity.open',
              recordType: 'case',
              recordId: 'c1',
              outcome: 'success',
              requestId: 'q4',
              flag: 'break_glass',
              reason: 'The person asked for her documents',
            },
            {
              seq: 5,
              at: new Date().toISOString(),
              actorEmail: 'coordinator@atrama.test',
              role: 'national_coordinator',
              organisationName: police.name,
              action: 'case.read',
              recordType: 'case',
              recordId: 'c1',
              outcome: 'success',
              requestId: 'q5',
              flag: 'outside_team',
              reason: null,
            },
            {
              seq: 2,
              at: new Date().toISOString(),
              actorEmail: null,
              role: null,
              organisationName: null,
              action: 'auth.login',
              recordType: null,
              recordId: null,
              outcome: 'success',
              requestId: '0f8e6a52-4c1d-4b7e-9a3f-2d6c8b1e5a70',
              flag: null,
              reason: null,
            },
          ],
        }),
      ),
    ],
    [
      'organisation card',
      render(
        active,
        h(OrganisationCard, {
          organisation: {
            ...police,
            functions: ['first_contact', 'investigator'],
            accredited: true,
            requiresTwoFactor: false,
            sourceSeeds: [],
          },
          onEdit: () => undefined,
        }),
      ),
    ],
    [
      'organisation form',
      render(active, h(OrganisationForm, { onSubmit: async () => undefined, onCancel: () => undefined })),
    ],
    [
      'user card',
      render(
        active,
        h(UserCard, {
          user: {
            id: 'u2',
            email: 'jonas@atrama.test',
            displayName: 'Jonas Jonaitis',
            active: false,
            totpEnrolled: false,
            lockedUntil: new Date(Date.now() + 600_000).toISOString(),
            memberships: [{ id: 'm3', role: 'investigator', organisation: police }],
          },
          organisations: [police, caritas],
          actingRole: 'administrator',
          onChanged: () => undefined,
        }),
      ),
    ],
    [
      'create user',
      render(
        active,
        h(CreateUserForm, {
          organisations: [police],
          actingRole: 'organisation_manager',
          onCreated: () => undefined,
        }),
      ),
    ],
  ];
}

beforeAll(initTestI18n);

describe.each(['lt', 'en'])('staff app in %s', (language) => {
  it('renders every screen with no untranslated key', async () => {
    await i18next.changeLanguage(language);
    for (const [name, html] of pages()) {
      expect(untranslated(html), name).toBeUndefined();
    }
  });

  it('flags break-glass and off-team access in words, with the reason', async () => {
    await i18next.changeLanguage(language);
    const t = i18next.t.bind(i18next);
    const audit = pages().find(([name]) => name === 'audit table')![1];
    expect(audit).toContain(t('audit.flag.break_glass'));
    expect(audit).toContain(t('audit.flag.outside_team'));
    expect(audit).toContain('The person asked for her documents');
    expect(render(session('active', 'auditor'), h(Audit))).toContain(t('audit.filters.flagged'));

    const manager = render(
      session('active', 'organisation_manager'),
      h(AccessReviewResults, { review: accessReview(), linkCases: true }),
    );
    expect(manager).toContain('LT-2026-0001');
    expect(manager).toMatch(/href="[^"]*\/cases\/c1"/);
    expect(manager).toContain('The person asked for her documents');
    // An organisation with nothing in the month has no table.
    expect(manager.match(/data-testid="access-review-table"/g)).toHaveLength(1);
    const auditor = render(
      session('active', 'auditor'),
      h(AccessReviewResults, { review: accessReview(), linkCases: false }),
    );
    expect(auditor).not.toMatch(/\/cases\/c1/);
    expect(render(session('active', 'auditor'), h(Home))).toContain('shortcut-access-review');
    expect(render(session('active', 'first_responder'), h(Home))).not.toContain('shortcut-access-review');
  });

  it('shows the lockout time and translated password rules', async () => {
    await i18next.changeLanguage(language);
    const t = i18next.t.bind(i18next);
    const locked = errorMessage(
      t,
      new ApiError({ status: 423, code: 'account_locked', lockedUntil: '2026-11-27T17:34:40.345Z' }),
      language,
    );
    expect(locked).toContain('2026');
    const fields = fieldErrors(
      t,
      new ApiError({
        status: 400,
        code: 'validation_failed',
        errors: [{ field: 'body.newPassword', message: 'too_short: use at least 12 characters' }],
      }),
    );
    expect(fields.newPassword).toBe(t('validation.too_short'));
    expect(
      errorMessage(
        t,
        new ApiError({ status: 418, code: 'unknown_code', detail: 'From the server' }),
        language,
      ),
    ).toBe('From the server');
  });
});
