import { describe, expect, it } from 'vitest';
import { Role } from './model.ts';
import {
  type Action,
  ALL_ACTIONS,
  isAllowed,
  mayEverDo,
  mayGrantRole,
  type Relationship,
  relationshipTo,
  relationshipToAccount,
  requiresTwoFactor,
} from './policy.ts';

// The expected decisions, written out by hand: role × action × relationship → allowed.
// Anything not listed must be refused (default deny).
const ALLOWED: [Role, Action, Relationship][] = [
  ...(['statistician', 'national_coordinator', 'organisation_manager'] as const).flatMap(
    (role): [Role, Action, Relationship][] => [
      [role, 'statistics.read', 'collection'],
      [role, 'statistics.export', 'collection'],
      [role, 'funding.read', 'collection'],
    ],
  ),
  ['organisation_manager', 'funding.edit', 'collection'],
  // Trainings, awareness and the national action plan.
  ...(['statistician', 'national_coordinator', 'organisation_manager'] as const).flatMap(
    (role): [Role, Action, Relationship][] => [
      [role, 'training.read', 'collection'],
      [role, 'awareness.read', 'collection'],
      [role, 'action_plan.read', 'own_organisation'],
      [role, 'action_plan.read', 'collection'],
    ],
  ),
  ['organisation_manager', 'training.record', 'collection'],
  ['organisation_manager', 'awareness.record', 'collection'],
  ['national_coordinator', 'action_plan.read', 'other_organisation'],
  ['statistician', 'action_plan.read', 'other_organisation'],
  ['national_coordinator', 'action_plan.edit', 'collection'],
  ['organisation_manager', 'action_plan.report', 'own_organisation'],
  // A second look: approvals of the organisation's own work, and a request to reconsider identification.
  ...(['case_worker', 'organisation_manager', 'return_officer'] as const).flatMap(
    (role): [Role, Action, Relationship][] => [
      [role, 'approval.decide', 'own_organisation'],
      [role, 'case.reconsideration.request', 'own_organisation'],
    ],
  ),
  ['first_responder', 'case.reconsideration.request', 'own_organisation'],
  ['organisation_manager', 'approval.settings', 'collection'],
  ['organisation_manager', 'approval.settings', 'own_organisation'],
  // Each organisation names its own person responsible for a case; only a manager names a colleague.
  ...(
    [
      'first_responder',
      'case_worker',
      'organisation_manager',
      'return_officer',
      'consular_officer',
      'national_coordinator',
    ] as const
  ).flatMap((role): [Role, Action, Relationship][] => [
    [role, 'case.assign', 'own_organisation'],
    [role, 'case.assign', 'collection'],
    [role, 'subject_request.register', 'collection'],
  ]),
  ['organisation_manager', 'case.assign.others', 'own_organisation'],
  ['organisation_manager', 'case.assign.others', 'collection'],
  ['organisation_manager', 'work.caseload', 'collection'],
  ['administrator', 'mail.review', 'collection'],
  ['data_protection_officer', 'subject_request.manage', 'collection'],
  ['data_protection_officer', 'subject_request.register', 'collection'],
  ['statistician', 'statistics.open_data', 'collection'],
  ['national_coordinator', 'statistics.open_data', 'collection'],
  ['case_worker', 'assistance.read', 'own_organisation'],
  ['organisation_manager', 'assistance.read', 'own_organisation'],
  ['return_officer', 'assistance.read', 'own_organisation'],
  ['national_coordinator', 'assistance.read', 'own_organisation'],
  ['national_coordinator', 'assistance.read', 'other_organisation'],
  ['national_coordinator', 'assistance.read', 'collection'],
  ['case_worker', 'assistance.record', 'own_organisation'],
  ['organisation_manager', 'assistance.record', 'own_organisation'],
  ['return_officer', 'assistance.record', 'own_organisation'],
  // The return: the helping team, and a consular mission on the team (seed 000).
  ['case_worker', 'return.record', 'own_organisation'],
  ['organisation_manager', 'return.record', 'own_organisation'],
  ['return_officer', 'return.record', 'own_organisation'],
  ['consular_officer', 'return.record', 'own_organisation'],
  ['consular_officer', 'assistance.read', 'own_organisation'],
  // A case's files: its team, never the coordinator (identity data).
  ...(
    ['first_responder', 'case_worker', 'organisation_manager', 'return_officer', 'consular_officer'] as const
  ).flatMap((role): [Role, Action, Relationship][] => [
    [role, 'document.list', 'own_organisation'],
    [role, 'document.upload', 'own_organisation'],
    [role, 'document.download', 'own_organisation'],
  ]),
  ['case_worker', 'card.issue', 'own_organisation'],
  ['organisation_manager', 'card.issue', 'own_organisation'],
  ['national_coordinator', 'card.issue', 'own_organisation'],
  ['national_coordinator', 'card.issue', 'other_organisation'],
  ['national_coordinator', 'card.issue', 'collection'],
  ['case_worker', 'consultation.record', 'collection'],
  ['organisation_manager', 'consultation.record', 'collection'],
  ['return_officer', 'consultation.record', 'collection'],
  ['case_worker', 'consultation.list', 'collection'],
  ['organisation_manager', 'consultation.list', 'collection'],
  ['return_officer', 'consultation.list', 'collection'],
  ...Role.options.map((role): [Role, Action, Relationship] => [role, 'organisation.list', 'collection']),
  ...Role.options.map((role): [Role, Action, Relationship] => [role, 'directory.read', 'collection']),
  ['administrator', 'organisation.create', 'collection'],
  ['administrator', 'organisation.update', 'own_organisation'],
  ['administrator', 'organisation.update', 'other_organisation'],
  ['administrator', 'organisation.update', 'collection'],
  ['organisation_manager', 'organisation.update', 'own_organisation'],
  ['administrator', 'organisation.powers', 'own_organisation'],
  ['administrator', 'organisation.powers', 'other_organisation'],
  ['administrator', 'organisation.powers', 'collection'],
  ['administrator', 'user.list', 'collection'],
  ['organisation_manager', 'user.list', 'collection'],
  ['administrator', 'user.create', 'own_organisation'],
  ['administrator', 'user.create', 'other_organisation'],
  ['administrator', 'user.create', 'collection'],
  ['organisation_manager', 'user.create', 'own_organisation'],
  ['organisation_manager', 'user.create', 'collection'],
  ['administrator', 'user.update', 'own_organisation'],
  ['administrator', 'user.update', 'other_organisation'],
  ['administrator', 'user.update', 'collection'],
  ['organisation_manager', 'user.update', 'own_organisation'],
  ['administrator', 'membership.create', 'own_organisation'],
  ['administrator', 'membership.create', 'other_organisation'],
  ['administrator', 'membership.create', 'collection'],
  ['organisation_manager', 'membership.create', 'own_organisation'],
  ['administrator', 'membership.delete', 'own_organisation'],
  ['administrator', 'membership.delete', 'other_organisation'],
  ['administrator', 'membership.delete', 'collection'],
  ['organisation_manager', 'membership.delete', 'own_organisation'],
  ['auditor', 'audit.read', 'collection'],
  ['data_protection_officer', 'audit.read', 'collection'],
  ['auditor', 'audit.verify', 'collection'],
  ['data_protection_officer', 'audit.verify', 'collection'],
  ['auditor', 'audit.access_review', 'collection'],
  ['auditor', 'audit.access_review', 'other_organisation'],
  ['data_protection_officer', 'audit.access_review', 'collection'],
  ['data_protection_officer', 'audit.access_review', 'other_organisation'],
  ['organisation_manager', 'audit.access_review', 'collection'],
  ['first_responder', 'person.create', 'collection'],
  ['case_worker', 'person.create', 'collection'],
  ['first_responder', 'person.list', 'collection'],
  ['case_worker', 'person.list', 'collection'],
  ['organisation_manager', 'person.list', 'collection'],
  ['national_coordinator', 'person.list', 'collection'],
  ['first_responder', 'person.read', 'own_organisation'],
  ['case_worker', 'person.read', 'own_organisation'],
  ['organisation_manager', 'person.read', 'own_organisation'],
  ['consular_officer', 'person.read', 'own_organisation'],
  ['data_protection_officer', 'person.erase', 'own_organisation'],
  ['data_protection_officer', 'person.erase', 'other_organisation'],
  ['data_protection_officer', 'person.lookup', 'own_organisation'],
  ['data_protection_officer', 'person.lookup', 'other_organisation'],
  ['data_protection_officer', 'person.export', 'own_organisation'],
  ['data_protection_officer', 'person.export', 'other_organisation'],
  ['data_protection_officer', 'person.restrict', 'own_organisation'],
  ['data_protection_officer', 'person.restrict', 'other_organisation'],
  ['administrator', 'directory.edit', 'own_organisation'],
  ['administrator', 'directory.edit', 'other_organisation'],
  ['administrator', 'directory.edit', 'collection'],
  ['organisation_manager', 'directory.edit', 'own_organisation'],
  // Cases: the team (own organisation) for case roles; the national coordinator on any case.
  ['first_responder', 'case.intake', 'collection'],
  ['case_worker', 'case.intake', 'collection'],
  ['organisation_manager', 'case.intake', 'collection'],
  // A consular mission records a Lithuanian citizen identified abroad and works the case with its team.
  ['consular_officer', 'case.intake', 'collection'],
  ['consular_officer', 'case.list', 'collection'],
  ['consular_officer', 'case.read', 'own_organisation'],
  ['consular_officer', 'case.update', 'own_organisation'],
  ['consular_officer', 'referral.create', 'own_organisation'],
  ['consular_officer', 'referral.respond', 'own_organisation'],
  ['first_responder', 'case.list', 'collection'],
  ['case_worker', 'case.list', 'collection'],
  ['organisation_manager', 'case.list', 'collection'],
  ['return_officer', 'case.list', 'collection'],
  ['national_coordinator', 'case.list', 'collection'],
  ['first_responder', 'case.read', 'own_organisation'],
  ['case_worker', 'case.read', 'own_organisation'],
  ['organisation_manager', 'case.read', 'own_organisation'],
  ['return_officer', 'case.read', 'own_organisation'],
  ['national_coordinator', 'case.read', 'own_organisation'],
  ['national_coordinator', 'case.read', 'other_organisation'],
  ['national_coordinator', 'case.read', 'collection'],
  ['first_responder', 'case.update', 'own_organisation'],
  ['case_worker', 'case.update', 'own_organisation'],
  ['organisation_manager', 'case.update', 'own_organisation'],
  ['return_officer', 'case.update', 'own_organisation'],
  ['national_coordinator', 'case.update', 'own_organisation'],
  ['national_coordinator', 'case.update', 'other_organisation'],
  ['national_coordinator', 'case.update', 'collection'],
  ['first_responder', 'referral.create', 'own_organisation'],
  ['case_worker', 'referral.create', 'own_organisation'],
  ['organisation_manager', 'referral.create', 'own_organisation'],
  ['return_officer', 'referral.create', 'own_organisation'],
  ['national_coordinator', 'referral.create', 'own_organisation'],
  ['national_coordinator', 'referral.create', 'other_organisation'],
  ['national_coordinator', 'referral.create', 'collection'],
  ['national_coordinator', 'case.decide', 'own_organisation'],
  ['national_coordinator', 'case.decide', 'other_organisation'],
  ['national_coordinator', 'case.decide', 'collection'],
  ['national_coordinator', 'case.identity.open', 'own_organisation'],
  ['national_coordinator', 'case.identity.open', 'other_organisation'],
  ['national_coordinator', 'case.identity.open', 'collection'],
  ['national_coordinator', 'case.duplicates.resolve', 'own_organisation'],
  ['national_coordinator', 'case.duplicates.resolve', 'other_organisation'],
  ['national_coordinator', 'case.duplicates.resolve', 'collection'],
  ['national_coordinator', 'case.desk', 'collection'],
  ['case_worker', 'referral.inbox', 'collection'],
  ['organisation_manager', 'referral.inbox', 'collection'],
  ['return_officer', 'referral.inbox', 'collection'],
  ['national_coordinator', 'referral.inbox', 'collection'],
  ['first_responder', 'referral.respond', 'own_organisation'],
  ['case_worker', 'referral.respond', 'own_organisation'],
  ['organisation_manager', 'referral.respond', 'own_organisation'],
  ['return_officer', 'referral.respond', 'own_organisation'],
  ['national_coordinator', 'referral.respond', 'own_organisation'],
  // The police take referrals to their organisation and keep the investigation of cases on their team;
  // the Ministry of Justice the claims sent to it.
  ['investigator', 'referral.inbox', 'collection'],
  ['investigator', 'referral.respond', 'own_organisation'],
  ['investigator', 'investigation.inbox', 'collection'],
  ['investigator', 'investigation.read', 'own_organisation'],
  ['investigator', 'investigation.record', 'own_organisation'],
  ['compensation_officer', 'claim.read', 'collection'],
  ['compensation_officer', 'claim.read', 'own_organisation'],
  ['compensation_officer', 'claim.handle', 'own_organisation'],
];

const RELATIONSHIPS: Relationship[] = ['own_organisation', 'other_organisation', 'collection'];
const key = (r: Role, a: Action, rel: Relationship) => `${r} ${a} ${rel}`;
const allowed = new Set(ALLOWED.map(([r, a, rel]) => key(r, a, rel)));

describe('access policy (role × action × relationship)', () => {
  const cases = Role.options.flatMap((role) =>
    ALL_ACTIONS.flatMap((action) => RELATIONSHIPS.map((rel) => [role, action, rel] as const)),
  );
  it.each(cases)('%s %s on %s', (role, action, rel) => {
    expect(isAllowed(role, action, rel)).toBe(allowed.has(key(role, action, rel)));
  });

  it('lets no role outside the table do anything', () => {
    for (const action of ALL_ACTIONS) {
      for (const role of Role.options) {
        const expected = RELATIONSHIPS.some((rel) => allowed.has(key(role, action, rel)));
        expect(mayEverDo(role, action), `${role} ${action}`).toBe(expected);
      }
    }
  });

  it.each([
    ['administrator', 'administrator', true],
    ['administrator', 'national_coordinator', true],
    ['organisation_manager', 'case_worker', true],
    ['organisation_manager', 'organisation_manager', true],
    ['organisation_manager', 'consular_officer', true],
    ['organisation_manager', 'administrator', false],
    ['organisation_manager', 'auditor', false],
    ['organisation_manager', 'national_coordinator', false],
    ['organisation_manager', 'data_protection_officer', false],
    ['case_worker', 'case_worker', false],
    ['national_coordinator', 'case_worker', false],
  ] as const)('%s may grant %s: %s', (actor, role, expected) => {
    expect(mayGrantRole(actor, role)).toBe(expected);
  });

  it.each([
    [[{ role: 'case_worker', organisationRequiresTwoFactor: false }], false],
    [[{ role: 'case_worker', organisationRequiresTwoFactor: true }], true],
    [[{ role: 'national_coordinator', organisationRequiresTwoFactor: false }], true],
    [[{ role: 'administrator', organisationRequiresTwoFactor: false }], true],
    [[{ role: 'auditor', organisationRequiresTwoFactor: false }], true],
    [[{ role: 'consular_officer', organisationRequiresTwoFactor: false }], false],
    [[{ role: 'consular_officer', organisationRequiresTwoFactor: true }], true],
    [
      [
        { role: 'first_responder', organisationRequiresTwoFactor: false },
        { role: 'data_protection_officer', organisationRequiresTwoFactor: false },
      ],
      true,
    ],
  ] as const)('second factor required for %j: %s', (memberships, expected) => {
    expect(requiresTwoFactor(memberships)).toBe(expected);
  });

  it.each([
    [['a'], 'own_organisation', 'own_organisation'],
    [['a', 'b'], 'own_organisation', 'other_organisation'],
    [['b'], 'other_organisation', 'other_organisation'],
    [[], 'other_organisation', 'other_organisation'],
  ] as const)(
    'a record owned by %j is %s to organisation a; an account with those memberships is %s',
    (ids, record, account) => {
      expect(relationshipTo('a', ids)).toBe(record);
      expect(relationshipToAccount('a', ids)).toBe(account);
    },
  );
});
