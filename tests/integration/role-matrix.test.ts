import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/access/model.ts';
import { API_ROUTES } from '../../src/app/http.ts';
import {
  backends,
  type Client,
  clientFor,
  demoEmailFor,
  loginAs,
  startTestApp,
  type TestApp,
} from '../support/harness.ts';

type Who = Role | 'anonymous';
type Call = { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; body?: unknown };
type Ids = Record<
  | 'caritasService'
  | 'service'
  | 'organisationHsds'
  | 'serviceAtLocation'
  | 'taxonomy'
  | 'term'
  | 'caritas'
  | 'klaipeda'
  | 'klaipedaUser'
  | 'klaipedaMembership'
  | 'borderGuard'
  | 'named'
  | 'anonymousPerson'
  | 'case'
  | 'draft'
  | 'document'
  | 'ncpReferral'
  | 'measure',
  string
>;

// Roles in the order they call each route; the administrator goes last because its calls change
// records (it deletes the membership the others are refused).
const ROLES: Role[] = [...Role.options.filter((r) => r !== 'administrator'), 'administrator'];
const EVERY_ROLE = Object.fromEntries(Role.options.map((r) => [r, 200])) as Record<Role, number>;
const EVERY_ROLE_204 = Object.fromEntries(Role.options.map((r) => [r, 204])) as Record<Role, number>;
/** The demo accounts that have a second factor set up by the time they act. */
const WITH_SECOND_FACTOR = (status: number) => ({
  national_coordinator: status,
  auditor: status,
  data_protection_officer: status,
  administrator: status,
});

/** Expected answers, written by hand. A role not named gets `otherwise`. */
type Row = {
  route: string;
  call: (ids: Ids, who: Who) => Call;
  expect: Partial<Record<Who, number>>;
  otherwise: number;
  /** What a caller without a session gets: 401 for every staff route. */
  anonymous?: number;
};

// The public directory answers everyone, logged in or not.
const publicRow = (route: string, url: (ids: Ids) => string): Row => ({
  route,
  call: (ids) => ({ method: 'GET', url: url(ids) }),
  expect: {},
  otherwise: 200,
  anonymous: 200,
});

const INTAKE = (status: number) => ({
  first_responder: status,
  case_worker: status,
  organisation_manager: status,
  consular_officer: status,
});
const TEAM_ROLES = (status: number) => ({ ...INTAKE(status), return_officer: status });

/** A route on the demo case: its team (the first responder) and the coordinator pass; other case roles read 404. */
const caseRow = (route: string, call: Row['call'], team: number, coordinator: number): Row => ({
  route,
  call,
  expect: { ...TEAM_ROLES(404), first_responder: team, national_coordinator: coordinator },
  otherwise: 403,
});

/**
 * A route on the demo case's assistance: the helping roles are not on its team (404), the first
 * responder never reaches assistance (403), the coordinator as the rules say.
 */
const assistanceRow = (route: string, call: Row['call'], coordinator: number): Row => ({
  route,
  call,
  expect: {
    case_worker: 404,
    organisation_manager: 404,
    return_officer: 404,
    national_coordinator: coordinator,
  },
  otherwise: 403,
});
/** A consular mission reads a case's assistance (and records its return) when on the team: 404 here. */
const withConsul = (row: Row): Row => ({ ...row, expect: { ...row.expect, consular_officer: 404 } });
const HELPERS = { case_worker: 200, organisation_manager: 200, return_officer: 200 };
const today = () => new Date().toISOString().slice(0, 10);

const ROWS: Row[] = [
  {
    route: 'GET /api/directory/referral-map',
    call: () => ({ method: 'GET', url: '/api/directory/referral-map?lang=en' }),
    expect: EVERY_ROLE,
    otherwise: 200,
  },
  {
    route: 'GET /api/directory/services',
    call: () => ({ method: 'GET', url: '/api/directory/services?q=karitas' }),
    expect: EVERY_ROLE,
    otherwise: 200,
  },
  {
    route: 'PATCH /api/directory/services/:id',
    call: (ids) => ({
      method: 'PATCH',
      url: `/api/directory/services/${ids.caritasService}`,
      body: { url: 'https://www.anti-trafficking.lt/' },
    }),
    expect: { administrator: 200, organisation_manager: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/directory/services/:id/checked',
    call: (ids) => ({
      method: 'POST',
      url: `/api/directory/services/${ids.caritasService}/checked`,
      body: {},
    }),
    expect: { administrator: 200, organisation_manager: 200 },
    otherwise: 403,
  },
  publicRow('GET /hsds/', () => '/hsds/'),
  publicRow('GET /hsds/services', () => '/hsds/services?search=caritas'),
  publicRow('GET /hsds/services/:id', (ids) => `/hsds/services/${ids.service}`),
  publicRow('GET /hsds/organizations', () => '/hsds/organizations'),
  publicRow('GET /hsds/organizations/:id', (ids) => `/hsds/organizations/${ids.organisationHsds}`),
  publicRow('GET /hsds/service_at_locations', () => '/hsds/service_at_locations'),
  publicRow(
    'GET /hsds/service_at_locations/:id',
    (ids) => `/hsds/service_at_locations/${ids.serviceAtLocation}`,
  ),
  publicRow('GET /hsds/taxonomies', () => '/hsds/taxonomies'),
  publicRow('GET /hsds/taxonomies/:id', (ids) => `/hsds/taxonomies/${ids.taxonomy}`),
  publicRow('GET /hsds/taxonomy_terms', () => '/hsds/taxonomy_terms'),
  publicRow('GET /hsds/taxonomy_terms/:id', (ids) => `/hsds/taxonomy_terms/${ids.term}`),
  {
    route: 'POST /api/auth/login',
    // One address per role: tries are counted per address, and five lock it.
    call: (_ids, who) => ({
      method: 'POST',
      url: '/api/auth/login',
      body: { email: `nobody-${who}@atrama.test`, password: 'not the password' },
    }),
    expect: {},
    otherwise: 401,
  },
  {
    route: 'GET /api/auth/session',
    call: () => ({ method: 'GET', url: '/api/auth/session' }),
    expect: EVERY_ROLE,
    otherwise: 401,
  },
  {
    route: 'GET /api/auth/sessions',
    call: () => ({ method: 'GET', url: '/api/auth/sessions' }),
    expect: EVERY_ROLE,
    otherwise: 401,
  },
  {
    route: 'POST /api/auth/totp',
    call: () => ({ method: 'POST', url: '/api/auth/totp', body: { code: '000000' } }),
    expect: {},
    otherwise: 403, // an active session is past this stage
  },
  {
    route: 'POST /api/auth/totp/enrolment',
    call: () => ({ method: 'POST', url: '/api/auth/totp/enrolment', body: {} }),
    // Replacing a second factor already set up needs the password and a current code.
    expect: { ...EVERY_ROLE, ...WITH_SECOND_FACTOR(400) },
    otherwise: 200,
  },
  {
    route: 'POST /api/auth/totp/enrolment/confirm',
    call: () => ({ method: 'POST', url: '/api/auth/totp/enrolment/confirm', body: { code: 'abcdef' } }),
    // Nothing to confirm where starting a replacement was refused.
    expect: WITH_SECOND_FACTOR(409),
    otherwise: 400,
  },
  {
    route: 'POST /api/auth/membership',
    call: () => ({ method: 'POST', url: '/api/auth/membership', body: { membershipId: randomUUID() } }),
    expect: {},
    otherwise: 404,
  },
  {
    route: 'POST /api/auth/password',
    call: () => ({
      method: 'POST',
      url: '/api/auth/password',
      body: { currentPassword: 'wrong-password-x', newPassword: 'x' },
    }),
    expect: {},
    otherwise: 401,
  },
  {
    route: 'DELETE /api/auth/sessions/:id',
    call: () => ({ method: 'DELETE', url: `/api/auth/sessions/${randomUUID()}` }),
    expect: {},
    otherwise: 404,
  },
  {
    route: 'GET /api/organisations',
    call: () => ({ method: 'GET', url: '/api/organisations' }),
    expect: EVERY_ROLE,
    otherwise: 403,
  },
  {
    route: 'POST /api/organisations',
    call: (_ids, who) => ({
      method: 'POST',
      url: '/api/organisations',
      body: {
        slug: `test-${who}`.replace(/_/g, '-'),
        name: { lt: 'Bandymas', en: 'Test' },
        functions: ['municipality'],
      },
    }),
    expect: { administrator: 201 },
    otherwise: 403,
  },
  {
    route: 'PATCH /api/organisations/:id',
    call: (ids) => ({
      method: 'PATCH',
      url: `/api/organisations/${ids.caritas}`,
      body: { name: { lt: 'Caritas centras', en: 'Caritas Centre' } },
    }),
    expect: { administrator: 200, organisation_manager: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/users',
    call: () => ({ method: 'GET', url: '/api/users?q=a' }),
    expect: { administrator: 200, organisation_manager: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/users',
    call: (ids, who) => ({
      method: 'POST',
      url: '/api/users',
      body: {
        email: `new.${who}@atrama.test`,
        displayName: 'Naujas Darbuotojas',
        password: 'a long enough passphrase',
        organisationId: ids.caritas,
        role: 'case_worker',
      },
    }),
    expect: { administrator: 201, organisation_manager: 201 },
    otherwise: 403,
  },
  {
    route: 'PATCH /api/users/:id',
    call: (ids) => ({
      method: 'PATCH',
      url: `/api/users/${ids.klaipedaUser}`,
      body: { displayName: 'Ieva Stankevičiūtė' },
    }),
    expect: { administrator: 200, organisation_manager: 404 }, // another organisation's worker: not found
    otherwise: 403,
  },
  {
    route: 'POST /api/users/:id/memberships',
    call: (ids, who) => ({
      method: 'POST',
      url: `/api/users/${ids.borderGuard}/memberships`,
      body: {
        organisationId: ids.caritas,
        role: who === 'administrator' ? 'statistician' : 'return_officer',
      },
    }),
    expect: { administrator: 201, organisation_manager: 201 },
    otherwise: 403,
  },
  {
    route: 'DELETE /api/memberships/:id',
    call: (ids) => ({ method: 'DELETE', url: `/api/memberships/${ids.klaipedaMembership}` }),
    expect: { administrator: 204, organisation_manager: 404 },
    otherwise: 403,
  },
  {
    route: 'GET /api/audit',
    call: () => ({ method: 'GET', url: '/api/audit' }),
    expect: { auditor: 200, data_protection_officer: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/audit/access-review',
    call: () => ({ method: 'GET', url: '/api/audit/access-review?month=2026-11' }),
    expect: { auditor: 200, data_protection_officer: 200, organisation_manager: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/audit/verify',
    call: () => ({ method: 'GET', url: '/api/audit/verify' }),
    expect: { auditor: 200, data_protection_officer: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/people',
    call: () => ({
      method: 'POST',
      url: '/api/people',
      body: { sex: 'male', ageBand: '25-34', citizenshipPathway: 'eu', identity: { givenName: 'Jonas' } },
    }),
    expect: { first_responder: 201, case_worker: 201 },
    otherwise: 403,
  },
  {
    route: 'GET /api/people',
    call: () => ({ method: 'GET', url: '/api/people' }),
    expect: { first_responder: 200, case_worker: 200, organisation_manager: 200, national_coordinator: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/people/:id',
    call: (ids) => ({ method: 'GET', url: `/api/people/${ids.named}` }),
    // The demo first responder is a border guard: another organisation's person reads as absent.
    expect: { case_worker: 200, organisation_manager: 200, first_responder: 404, consular_officer: 404 },
    otherwise: 403,
  },
  // Data-subject rights: the data protection officer's alone, for a person held by any organisation.
  {
    route: 'GET /api/people/lookup',
    call: (ids) => ({ method: 'GET', url: `/api/people/lookup?case=${ids.case}` }),
    expect: { data_protection_officer: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/people/:id/export',
    call: (ids) => ({ method: 'GET', url: `/api/people/${ids.named}/export?format=json` }),
    expect: { data_protection_officer: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/people/:id/restriction',
    call: (ids) => ({
      method: 'POST',
      url: `/api/people/${ids.named}/restriction`,
      body: { restricted: true, reason: 'The person contests the facts.' },
    }),
    expect: { data_protection_officer: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/people/:id/erase',
    call: (ids) => ({ method: 'POST', url: `/api/people/${ids.anonymousPerson}/erase`, body: {} }),
    expect: { data_protection_officer: 204 },
    otherwise: 403,
  },
  // Cases: the demo case was recorded by the border guard and referred to the national point of
  // contact, so its team is the border guard's organisation alone; everyone else's case roles get 404.
  {
    route: 'GET /api/intake-drafts',
    call: () => ({ method: 'GET', url: '/api/intake-drafts' }),
    expect: INTAKE(200),
    otherwise: 403,
  },
  {
    route: 'GET /api/intake-drafts/:id',
    call: (ids) => ({ method: 'GET', url: `/api/intake-drafts/${ids.draft}` }),
    expect: { first_responder: 200, case_worker: 404, organisation_manager: 404, consular_officer: 404 },
    otherwise: 403,
  },
  {
    route: 'PUT /api/intake-drafts/:id',
    call: () => ({
      method: 'PUT',
      url: `/api/intake-drafts/${randomUUID()}`,
      body: { data: { municipality: 'Vilnius' } },
    }),
    expect: INTAKE(200),
    otherwise: 403,
  },
  {
    // A draft nobody has: not found for those who may record, refused for the others.
    route: 'DELETE /api/intake-drafts/:id',
    call: () => ({ method: 'DELETE', url: `/api/intake-drafts/${randomUUID()}` }),
    expect: INTAKE(404),
    otherwise: 403,
  },
  {
    route: 'POST /api/intake-drafts/:id/submit',
    call: () => ({ method: 'POST', url: `/api/intake-drafts/${randomUUID()}/submit`, body: {} }),
    expect: INTAKE(404),
    otherwise: 403,
  },
  {
    route: 'GET /api/cases',
    call: () => ({ method: 'GET', url: '/api/cases' }),
    expect: { ...TEAM_ROLES(200), national_coordinator: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/cases/search',
    call: () => ({
      method: 'POST',
      url: '/api/cases/search',
      body: { name: 'Jonas', birthDate: '1990-01-01' },
    }),
    expect: { ...TEAM_ROLES(200), national_coordinator: 200 },
    otherwise: 403,
  },
  caseRow('GET /api/cases/:id', (ids) => ({ method: 'GET', url: `/api/cases/${ids.case}` }), 200, 200),
  // Stale versions: the roles that get past need-to-know are refused by the rules with 409.
  caseRow(
    'POST /api/cases/:id/transitions',
    (ids) => ({
      method: 'POST',
      url: `/api/cases/${ids.case}/transitions`,
      body: { transition: 'close', version: 0, reason: 'x' },
    }),
    409,
    409,
  ),
  caseRow(
    'POST /api/cases/:id/consents',
    (ids) => ({
      method: 'POST',
      url: `/api/cases/${ids.case}/consents`,
      body: { scope: 'contact_by_phone', method: 'spoken', version: 0 },
    }),
    409,
    409,
  ),
  caseRow(
    'POST /api/cases/:id/consents/:consentId/withdraw',
    (ids) => ({ method: 'POST', url: `/api/cases/${ids.case}/consents/${randomUUID()}/withdraw`, body: {} }),
    404,
    404,
  ),
  caseRow(
    'POST /api/cases/:id/identity',
    (ids) => ({
      method: 'POST',
      url: `/api/cases/${ids.case}/identity`,
      body: { identity: { givenName: 'Ona' }, version: 0 },
    }),
    409,
    409,
  ),
  {
    route: 'POST /api/cases/:id/identity/open',
    call: (ids) => ({
      method: 'POST',
      url: `/api/cases/${ids.case}/identity/open`,
      body: { reason: 'Checking the referral' },
    }),
    expect: { national_coordinator: 200 },
    otherwise: 403,
  },
  caseRow(
    'POST /api/cases/:id/notes',
    (ids) => ({
      method: 'POST',
      url: `/api/cases/${ids.case}/notes`,
      body: { text: 'Called back.', visibility: 'team' },
    }),
    200,
    200,
  ),
  ...(
    [
      ['identification', { outcome: 'identified', reasons: 'x', decidedOn: '2026-01-02', version: 0 }],
      ['cooperation', { outcome: 'not_yet', decidedOn: '2026-01-02', version: 0 }],
      ['reflection', { startsOn: '2026-01-02', version: 0 }],
      ['residence-permit', { status: 'applied', version: 0 }],
    ] as const
  ).map(
    ([name, body]): Row => ({
      route: `POST /api/cases/:id/decisions/${name}`,
      call: (ids) => ({ method: 'POST', url: `/api/cases/${ids.case}/decisions/${name}`, body }),
      expect: { national_coordinator: 409 },
      otherwise: 403,
    }),
  ),
  caseRow(
    'GET /api/cases/:id/referral-suggestions',
    (ids) => ({ method: 'GET', url: `/api/cases/${ids.case}/referral-suggestions?purpose=assistance` }),
    200,
    200,
  ),
  // Without the person's consent to a support-service referral.
  caseRow(
    'POST /api/cases/:id/referrals',
    (ids) => ({
      method: 'POST',
      url: `/api/cases/${ids.case}/referrals`,
      body: { toOrganisationId: ids.klaipeda, purpose: 'assistance' },
    }),
    409,
    409,
  ),
  withConsul(
    assistanceRow(
      'GET /api/cases/:id/assistance',
      (ids) => ({ method: 'GET', url: `/api/cases/${ids.case}/assistance` }),
      200,
    ),
  ),
  // A second look: approvals of an organisation's own work, and reconsidering identification.
  withConsul(
    assistanceRow(
      'GET /api/cases/:id/approvals',
      (ids) => ({ method: 'GET', url: `/api/cases/${ids.case}/approvals` }),
      200,
    ),
  ),
  {
    route: 'POST /api/cases/:id/approvals/:approvalId/decision',
    call: (ids) => ({
      method: 'POST',
      url: `/api/cases/${ids.case}/approvals/${randomUUID()}/decision`,
      body: { decision: 'approve', version: 0 },
    }),
    expect: { case_worker: 404, organisation_manager: 404, return_officer: 404 },
    otherwise: 403,
  },
  {
    route: 'GET /api/approval-settings',
    call: () => ({ method: 'GET', url: '/api/approval-settings' }),
    expect: { organisation_manager: 200 },
    otherwise: 403,
  },
  {
    // A stale version: the manager passes and is refused by the rules.
    route: 'PUT /api/approval-settings',
    call: () => ({
      method: 'PUT',
      url: '/api/approval-settings',
      body: { subjects: ['plan'], approvers: [], version: 99 },
    }),
    expect: { organisation_manager: 409 },
    otherwise: 403,
  },
  caseRow(
    'GET /api/cases/:id/reconsiderations',
    (ids) => ({ method: 'GET', url: `/api/cases/${ids.case}/reconsiderations` }),
    200,
    200,
  ),
  {
    route: 'POST /api/cases/:id/reconsiderations',
    call: (ids) => ({
      method: 'POST',
      url: `/api/cases/${ids.case}/reconsiderations`,
      body: { requestedBy: 'representative', reasons: 'New facts.', version: 0 },
    }),
    expect: { first_responder: 409, case_worker: 404, organisation_manager: 404, return_officer: 404 },
    otherwise: 403,
  },
  {
    route: 'POST /api/cases/:id/reconsiderations/decision',
    call: (ids) => ({
      method: 'POST',
      url: `/api/cases/${ids.case}/reconsiderations/decision`,
      body: { outcome: 'identified', reasons: 'x', decidedOn: today(), version: 0 },
    }),
    expect: { national_coordinator: 409 },
    otherwise: 403,
  },
  withConsul(
    assistanceRow(
      'GET /api/cases/:id/assistance/overlaps',
      (ids) => ({
        method: 'GET',
        url: `/api/cases/${ids.case}/assistance/overlaps?measure=food&organisationId=${ids.caritas}&dueOn=${today()}`,
      }),
      200,
    ),
  ),
  ...(
    [
      ['POST', 'rights', { givenOn: today(), language: 'lt', form: 'spoken' }],
      [
        'POST',
        'assessments',
        {
          assessedOn: today(),
          needs: [{ domain: 'safety', urgency: 'high' }],
          risk: { level: 'high', reasons: 'x' },
        },
      ],
      [
        'POST',
        'plan-items',
        { need: 'safety', measure: 'food', organisationId: randomUUID(), dueOn: today() },
      ],
      ['POST', 'plan-agreements', { agreedOn: today(), victimWords: 'Yes' }],
      ['POST', 'services', { services: [{ type: 'food', givenOn: today(), mode: 'in_person' }] }],
      ['PUT', 'return', { destinationCountry: 'UZ', status: 'planning', checklist: [], version: 0 }],
      ['PUT', 'investigation', { institution: 'police', caseNumber: '01-1-00001-26' }],
      ['POST', 'compensation/send', { version: 0 }],
      ['POST', 'legal-steps', { kind: 'primary_legal_aid', status: 'requested', on: today() }],
      [
        'PUT',
        'compensation',
        { crime: 'crime_against_freedom', crimeOn: '2025-01-01', status: 'preparing', version: 0 },
      ],
      ['POST', 'long-term', { municipalityOrganisationId: randomUUID(), contactName: 'x' }],
      ['PUT', 'follow-up', { followUpOn: null }],
    ] as const
  ).map(([method, path, body]) => {
    const row = assistanceRow(
      `${method} /api/cases/:id/assistance/${path}`,
      (ids) => ({ method, url: `/api/cases/${ids.case}/assistance/${path}`, body }),
      403,
    );
    return path === 'return' ? withConsul(row) : row;
  }),
  assistanceRow(
    'PATCH /api/cases/:id/assistance/plan-items/:itemId',
    (ids) => ({
      method: 'PATCH',
      url: `/api/cases/${ids.case}/assistance/plan-items/${randomUUID()}`,
      body: { status: 'done', version: 0 },
    }),
    403,
  ),
  assistanceRow(
    'PUT /api/cases/:id/assistance/services/:serviceId',
    (ids) => ({
      method: 'PUT',
      url: `/api/cases/${ids.case}/assistance/services/${randomUUID()}`,
      body: { type: 'food', givenOn: today(), mode: 'in_person', version: 1, reason: 'Wrong day' },
    }),
    403,
  ),
  assistanceRow(
    'POST /api/cases/:id/assistance/services/:serviceId/removal',
    (ids) => ({
      method: 'POST',
      url: `/api/cases/${ids.case}/assistance/services/${randomUUID()}/removal`,
      body: { version: 1, reason: 'Entered twice' },
    }),
    403,
  ),
  assistanceRow(
    'PATCH /api/cases/:id/assistance/legal-steps/:stepId',
    (ids) => ({
      method: 'PATCH',
      url: `/api/cases/${ids.case}/assistance/legal-steps/${randomUUID()}`,
      body: { status: 'granted', version: 0 },
    }),
    403,
  ),
  withConsul(
    assistanceRow(
      'GET /api/cases/:id/assistance/plan.pdf',
      (ids) => ({ method: 'GET', url: `/api/cases/${ids.case}/assistance/plan.pdf?lang=en` }),
      200,
    ),
  ),
  {
    route: 'GET /api/assistance/rights-leaflet',
    call: () => ({ method: 'GET', url: '/api/assistance/rights-leaflet?lang=uk' }),
    expect: HELPERS,
    otherwise: 403,
  },
  // Not formally identified: the coordinator is refused by the rule; the card's holder reads 404.
  {
    ...assistanceRow(
      'POST /api/cases/:id/cards',
      (ids) => ({ method: 'POST', url: `/api/cases/${ids.case}/cards`, body: {} }),
      409,
    ),
    expect: { case_worker: 404, organisation_manager: 404, national_coordinator: 409 },
  },
  {
    ...assistanceRow(
      'POST /api/cases/:id/cards/:cardId/revoke',
      (ids) => ({
        method: 'POST',
        url: `/api/cases/${ids.case}/cards/${randomUUID()}/revoke`,
        body: { reason: 'x' },
      }),
      404,
    ),
    expect: { case_worker: 404, organisation_manager: 404, national_coordinator: 404 },
  },
  {
    ...assistanceRow(
      'GET /api/cases/:id/cards/:cardId/pdf',
      (ids) => ({ method: 'GET', url: `/api/cases/${ids.case}/cards/${randomUUID()}/pdf?lang=en` }),
      404,
    ),
    expect: { case_worker: 404, organisation_manager: 404, national_coordinator: 404 },
  },
  publicRow('GET /verify/card/:token', () => '/verify/card/not-a-card-but-well-formed'),
  {
    route: 'GET /api/consultations',
    call: () => ({ method: 'GET', url: '/api/consultations' }),
    expect: HELPERS,
    otherwise: 403,
  },
  {
    route: 'POST /api/consultations',
    call: () => ({
      method: 'POST',
      url: '/api/consultations',
      body: { on: today(), topics: ['education'], channel: 'phone', audience: 'returning', country: 'NO' },
    }),
    expect: { case_worker: 201, organisation_manager: 201, return_officer: 201 },
    otherwise: 403,
  },
  ...(
    [
      ['GET /api/statistics/summary', '/api/statistics/summary?from=2023-01-01&to=2023-12-31'],
      [
        'GET /api/statistics/breakdown',
        '/api/statistics/breakdown?indicator=services_given&by=serviceType&from=2023-01-01&to=2023-12-31',
      ],
      ['GET /api/statistics/export', '/api/statistics/export?format=csv&from=2023-01-01&to=2023-12-31'],
    ] as const
  ).map(
    ([route, url]): Row => ({
      route,
      call: () => ({ method: 'GET', url }),
      expect: { statistician: 200, national_coordinator: 200, organisation_manager: 200 },
      otherwise: 403,
    }),
  ),
  {
    route: 'GET /api/funding',
    call: () => ({ method: 'GET', url: '/api/funding?year=2023' }),
    expect: { statistician: 200, national_coordinator: 200, organisation_manager: 200 },
    otherwise: 403,
  },
  {
    // The demo organisation manager manages a support service, not the funding ministry.
    route: 'POST /api/funding',
    call: (ids) => ({
      method: 'POST',
      url: '/api/funding',
      body: {
        year: 2023,
        organisationId: ids.caritas,
        programme: 'food',
        name: { lt: 'Maistas', en: 'Food' },
        amountEur: 1000,
      },
    }),
    expect: { organisation_manager: 409 },
    otherwise: 403,
  },
  // Trainings, awareness and the action plan: national roles read everything, a manager their own
  // organisation's; the demo manager's Caritas is responsible for the demo measure.
  ...['GET /api/programme/trainings', 'GET /api/programme/awareness'].map(
    (route): Row => ({
      route,
      call: () => ({ method: 'GET', url: `${route.slice(4)}?year=2025` }),
      expect: { statistician: 200, national_coordinator: 200, organisation_manager: 200 },
      otherwise: 403,
    }),
  ),
  {
    route: 'POST /api/programme/trainings',
    call: () => ({
      method: 'POST',
      url: '/api/programme/trainings',
      body: {
        heldOn: '2025-05-05',
        topic: 'Indicators of trafficking',
        hours: 4,
        audience: [{ profession: 'police', participants: 12 }],
      },
    }),
    expect: { organisation_manager: 201 },
    otherwise: 403,
  },
  {
    route: 'POST /api/programme/awareness',
    call: () => ({
      method: 'POST',
      url: '/api/programme/awareness',
      body: { kind: 'event', title: 'Open day', startsOn: '2025-10-18' },
    }),
    expect: { organisation_manager: 201 },
    otherwise: 403,
  },
  {
    route: 'GET /api/programme/measures',
    call: () => ({ method: 'GET', url: '/api/programme/measures' }),
    expect: { statistician: 200, national_coordinator: 200, organisation_manager: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/programme/measures',
    call: (ids) => ({ method: 'POST', url: '/api/programme/measures', body: programmeMeasure(ids.caritas) }),
    expect: { national_coordinator: 201 },
    otherwise: 403,
  },
  {
    route: 'GET /api/programme/measures/:id',
    call: (ids) => ({ method: 'GET', url: `/api/programme/measures/${ids.measure}` }),
    expect: { statistician: 200, national_coordinator: 200, organisation_manager: 200 },
    otherwise: 403,
  },
  {
    // Only the responsible body's manager reports, once a year.
    route: 'POST /api/programme/measures/:id/reports',
    call: (ids) => ({
      method: 'POST',
      url: `/api/programme/measures/${ids.measure}/reports`,
      body: { year: lastYear(), progress: 'in_progress', summary: 'Two trainings held.' },
    }),
    expect: { organisation_manager: 201 },
    otherwise: 403,
  },
  {
    route: 'GET /api/programme/measures/:id/report',
    call: (ids) => ({
      method: 'GET',
      url: `/api/programme/measures/${ids.measure}/report?year=${lastYear()}&format=xlsx`,
    }),
    expect: { statistician: 200, national_coordinator: 200, organisation_manager: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/statistics/open-data',
    call: () => ({ method: 'GET', url: '/api/statistics/open-data?from=2023-01-01&to=2023-12-31' }),
    expect: { statistician: 200, national_coordinator: 200 },
    otherwise: 403,
  },
  publicRow('GET /api/public/statistics', () => '/api/public/statistics?year=2023'),
  {
    route: 'GET /api/referrals/inbox',
    call: () => ({ method: 'GET', url: '/api/referrals/inbox' }),
    expect: {
      case_worker: 200,
      organisation_manager: 200,
      return_officer: 200,
      national_coordinator: 200,
      investigator: 200,
    },
    otherwise: 403,
  },
  {
    // Sent to the national point of contact: only its coordinator may answer (here with a stale version).
    route: 'POST /api/referrals/:id/respond',
    call: (ids) => ({
      method: 'POST',
      url: `/api/referrals/${ids.ncpReferral}/respond`,
      body: { response: 'decline', version: 99, reason: 'x' },
    }),
    expect: {
      national_coordinator: 409,
      first_responder: 404,
      case_worker: 404,
      organisation_manager: 404,
      return_officer: 404,
      consular_officer: 404,
      investigator: 404,
    },
    otherwise: 403,
  },
  // The police: their organisation's list; the demo case has no police on its team (404).
  {
    route: 'GET /api/police/cases',
    call: () => ({ method: 'GET', url: '/api/police/cases' }),
    expect: { investigator: 200 },
    otherwise: 403,
  },
  ...(
    [
      ['GET /api/police/cases/:id', 'GET', '', undefined],
      [
        'PUT /api/police/cases/:id/investigation',
        'PUT',
        '/investigation',
        { institution: 'police', caseNumber: '01-1-00001-26', version: 0 },
      ],
      ['POST /api/police/cases/:id/protection', 'POST', '/protection', { measure: 'other', on: today() }],
    ] as const
  ).map(
    ([route, method, path, body]): Row => ({
      route,
      call: (ids) => ({ method, url: `/api/police/cases/${ids.case}${path}`, body }),
      expect: { investigator: 404 },
      otherwise: 403,
    }),
  ),
  {
    route: 'PATCH /api/police/cases/:id/protection/:stepId',
    call: (ids) => ({
      method: 'PATCH',
      url: `/api/police/cases/${ids.case}/protection/${randomUUID()}`,
      body: { status: 'granted', answeredOn: today(), version: 0 },
    }),
    expect: { investigator: 404 },
    otherwise: 403,
  },
  // The Ministry of Justice: its claims; the demo case's claim was never sent (404).
  {
    route: 'GET /api/claims',
    call: () => ({ method: 'GET', url: '/api/claims' }),
    expect: { compensation_officer: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/claims/:caseId',
    call: (ids) => ({ method: 'GET', url: `/api/claims/${ids.case}` }),
    expect: { compensation_officer: 404 },
    otherwise: 403,
  },
  {
    route: 'POST /api/claims/:caseId/steps',
    call: (ids) => ({
      method: 'POST',
      url: `/api/claims/${ids.case}/steps`,
      body: { step: 'receive', receivedOn: today(), version: 0 },
    }),
    expect: { compensation_officer: 404 },
    otherwise: 403,
  },
  // Each person's own alerts: every signed-in role, on its own account only.
  {
    route: 'GET /api/alerts',
    call: () => ({ method: 'GET', url: '/api/alerts' }),
    expect: EVERY_ROLE,
    otherwise: 401,
  },
  {
    route: 'GET /api/alerts/unread',
    call: () => ({ method: 'GET', url: '/api/alerts/unread' }),
    expect: EVERY_ROLE,
    otherwise: 401,
  },
  {
    route: 'POST /api/alerts/:id/read',
    call: () => ({ method: 'POST', url: `/api/alerts/${randomUUID()}/read` }),
    expect: EVERY_ROLE_204,
    otherwise: 401,
  },
  {
    route: 'POST /api/alerts/read',
    call: () => ({ method: 'POST', url: '/api/alerts/read' }),
    expect: EVERY_ROLE_204,
    otherwise: 401,
  },
  {
    route: 'GET /api/alerts/settings',
    call: () => ({ method: 'GET', url: '/api/alerts/settings' }),
    expect: EVERY_ROLE,
    otherwise: 401,
  },
  {
    route: 'PUT /api/alerts/settings',
    call: () => ({ method: 'PUT', url: '/api/alerts/settings', body: { digestHour: 8, deliveries: {} } }),
    expect: EVERY_ROLE,
    otherwise: 401,
  },
  {
    route: 'GET /api/admin/mail',
    call: () => ({ method: 'GET', url: '/api/admin/mail' }),
    expect: { administrator: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/admin/mail/:id/retry',
    call: () => ({ method: 'POST', url: `/api/admin/mail/${randomUUID()}/retry` }),
    expect: { administrator: 404 },
    otherwise: 403,
  },
  // "Forgot password?" answers anyone alike; a link that does not exist is refused alike.
  {
    route: 'POST /api/auth/password/forgot',
    call: () => ({ method: 'POST', url: '/api/auth/password/forgot', body: { email: 'nobody@atrama.test' } }),
    expect: {},
    otherwise: 202,
    anonymous: 202,
  },
  {
    route: 'POST /api/auth/password/reset',
    call: () => ({
      method: 'POST',
      url: '/api/auth/password/reset',
      body: { token: 'not-a-token-of-anyone-at-all', newPassword: 'Long enough but unknown 2026' },
    }),
    expect: {},
    otherwise: 401,
    anonymous: 401,
  },
  // Data subjects' requests: passed on by whoever works with victims, kept by the data protection officer.
  {
    route: 'GET /api/rights/requests',
    call: () => ({ method: 'GET', url: '/api/rights/requests' }),
    expect: { data_protection_officer: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/rights/requests',
    call: () => ({
      method: 'POST',
      url: '/api/rights/requests',
      body: { kind: 'access', channel: 'letter', receivedOn: today() },
    }),
    expect: { ...TEAM_ROLES(201), national_coordinator: 201, data_protection_officer: 201 },
    otherwise: 403,
  },
  {
    route: 'POST /api/rights/requests/:id/answered',
    call: () => ({ method: 'POST', url: `/api/rights/requests/${randomUUID()}/answered` }),
    expect: { data_protection_officer: 404 },
    otherwise: 403,
  },
  // A case's files: its team; never the coordinator, who sees no identity without a stated reason.
  caseRow(
    'GET /api/cases/:id/documents',
    (ids) => ({ method: 'GET', url: `/api/cases/${ids.case}/documents` }),
    200,
    403,
  ),
  caseRow(
    'POST /api/cases/:id/documents',
    (ids) => ({
      method: 'POST',
      url: `/api/cases/${ids.case}/documents?kind=consent&name=consent.pdf`,
      body: Buffer.from('%PDF-1.7\n%%EOF\n'),
    }),
    201,
    403,
  ),
  caseRow(
    'GET /api/cases/:id/documents/:documentId',
    (ids) => ({ method: 'GET', url: `/api/cases/${ids.case}/documents/${ids.document}` }),
    200,
    403,
  ),
  // The person responsible: the team's first responder may take it only themselves (here someone
  // else: refused by the rule); the others may not act on the case at all.
  caseRow(
    'POST /api/cases/:id/responsible',
    (ids) => ({ method: 'POST', url: `/api/cases/${ids.case}/responsible`, body: { userId: randomUUID() } }),
    409,
    404,
  ),
  {
    route: 'GET /api/work/workers',
    call: () => ({ method: 'GET', url: '/api/work/workers' }),
    expect: { ...TEAM_ROLES(200), national_coordinator: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/work',
    call: () => ({ method: 'GET', url: '/api/work' }),
    expect: { ...TEAM_ROLES(200), national_coordinator: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/work/caseload',
    call: () => ({ method: 'GET', url: '/api/work/caseload' }),
    expect: { organisation_manager: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/desk',
    call: () => ({ method: 'GET', url: '/api/desk' }),
    expect: { national_coordinator: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/duplicates/:id/resolve',
    call: () => ({
      method: 'POST',
      url: `/api/duplicates/${randomUUID()}/resolve`,
      body: { resolution: 'dismiss', reason: 'x' },
    }),
    expect: { national_coordinator: 404 },
    otherwise: 403,
  },
  {
    route: 'POST /api/auth/logout-everywhere',
    call: () => ({ method: 'POST', url: '/api/auth/logout-everywhere', body: {} }),
    expect: {},
    otherwise: 204,
  },
  // Last: logging out ends the session, so this row checks the 401 that follows too.
  {
    route: 'POST /api/auth/logout',
    call: () => ({ method: 'POST', url: '/api/auth/logout', body: {} }),
    expect: {},
    otherwise: 401,
  },
];

/** A measure of the national action plan with Caritas responsible, running since last year. */
async function planMeasure(coordinator: Client, responsibleId: string) {
  const answer = await coordinator.request(
    'POST',
    '/api/programme/measures',
    programmeMeasure(responsibleId),
  );
  return (answer.json() as { id: string }).id;
}
const lastYear = () => new Date().getUTCFullYear() - 1;
const programmeMeasure = (responsibleId: string) => ({
  code: randomUUID().slice(0, 8),
  title: { lt: 'Priemonė', en: 'Measure' },
  goal: { lt: 'Tikslas', en: 'Goal' },
  responsibleId,
  startsOn: `${lastYear()}-01-01`,
  deadline: `${lastYear() + 2}-12-31`,
});

/** A trafficking case recorded by the first responder and referred to the national point of contact. */
async function demoCase(guard: Client) {
  const draft = randomUUID();
  await guard.request('PUT', `/api/intake-drafts/${draft}`, {
    data: {
      kind: 'trafficking',
      metAt: '2026-01-01T10:00:00Z',
      municipality: 'Vilnius',
      firstContactKind: 'border_guard',
      exploitationForms: ['ForcedLabour'],
      sex: 'male',
      consents: [{ scope: 'referral_to_national_contact_point', method: 'spoken' }],
    },
  });
  const opened = (await guard.request('POST', `/api/intake-drafts/${draft}/submit`)).json() as {
    caseId: string;
  };
  const view = (await guard.request('GET', `/api/cases/${opened.caseId}`)).json() as {
    referrals: { id: string }[];
  };
  const unsent = randomUUID();
  await guard.request('PUT', `/api/intake-drafts/${unsent}`, { data: { municipality: 'Kaunas' } });
  const document = await guard.request(
    'POST',
    `/api/cases/${opened.caseId}/documents?kind=consent&name=consent.pdf`,
    Buffer.from('%PDF-1.7\n%%EOF\n'),
  );
  return {
    case: opened.caseId,
    ncpReferral: view.referrals[0]!.id,
    draft: unsent,
    document: (document.json() as { id: string }).id,
  };
}

describe.each(backends())('role × route matrix on %s', (backend) => {
  let app: TestApp;
  let ids: Ids;
  const clients = new Map<Role, Client>();

  beforeAll(async () => {
    app = await startTestApp(backend);
    for (const role of ROLES) clients.set(role, await loginAs(app, demoEmailFor(role)));
    const admin = clients.get('administrator')!;
    const orgs = (await admin.request('GET', '/api/organisations')).json() as {
      items: { id: string; slug: string }[];
    };
    const org = (slug: string) => orgs.items.find((o) => o.slug === slug)!.id;
    const users = (await admin.request('GET', '/api/users')).json() as {
      items: { id: string; email: string; memberships: { id: string }[] }[];
    };
    const user = (email: string) => users.items.find((u) => u.email === email)!;
    const people = (await clients.get('case_worker')!.request('GET', '/api/people')).json() as {
      items: { id: string; anonymous: boolean }[];
    };
    const first = async (url: string) =>
      ((await admin.request('GET', url)).json() as { contents: { id: string }[] }).contents[0]!.id;
    const staffServices = (
      await admin.request('GET', '/api/directory/services?q=karitas&lang=en')
    ).json() as {
      items: { id: string; organisation: { name: string } }[];
    };
    ids = {
      caritasService: staffServices.items.find((i) => i.organisation.name.startsWith("Caritas' Centre"))!.id,
      service: await first('/hsds/services'),
      organisationHsds: await first('/hsds/organizations'),
      serviceAtLocation: await first('/hsds/service_at_locations'),
      taxonomy: await first('/hsds/taxonomies'),
      term: await first('/hsds/taxonomy_terms'),
      caritas: org('caritas-centre-against-human-trafficking-and-exploitation'),
      klaipeda: org('klaipeda-social-and-psychological-support-centre'),
      klaipedaUser: user('klaipeda.worker@atrama.test').id,
      klaipedaMembership: user('klaipeda.worker@atrama.test').memberships[0]!.id,
      borderGuard: user('border.guard@atrama.test').id,
      named: people.items.find((p) => !p.anonymous)!.id,
      anonymousPerson: people.items.find((p) => p.anonymous)!.id,
      ...(await demoCase(clients.get('first_responder')!)),
      measure: await planMeasure(
        clients.get('national_coordinator')!,
        org('caritas-centre-against-human-trafficking-and-exploitation'),
      ),
    };
  });
  afterAll(() => app?.close());

  it('has a row for every API route', () => {
    const covered = new Set(ROWS.map((r) => r.route));
    const missing = API_ROUTES.map((r) => `${r.method} ${r.url}`).filter((r) => !covered.has(r));
    expect(missing).toEqual([]);
  });

  it('answers 401 to every staff route without a session', async () => {
    const anonymous = clientFor(app);
    for (const row of ROWS) {
      const call = row.call(ids, 'anonymous');
      const response = await anonymous.request(call.method, call.url, call.body);
      expect(response.status, row.route).toBe(row.anonymous ?? 401);
    }
  });

  it('answers each role as the table says', async () => {
    const failures: string[] = [];
    for (const row of ROWS) {
      for (const role of ROLES) {
        const call = row.call(ids, role);
        const response = await clients.get(role)!.request(call.method, call.url, call.body);
        const expected = row.expect[role] ?? row.otherwise;
        if (response.status !== expected)
          failures.push(`${row.route} as ${role}: ${response.status}, expected ${expected}`);
      }
    }
    expect(failures).toEqual([]);
    // Every route times every role, one after another: it grows with each route, past the default.
  }, 300_000);
});
