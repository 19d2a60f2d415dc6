import { describe, expect, it } from 'vitest';
import {
  type ApprovalFacts,
  approvalRefusal,
  approversRefusal,
  needsApproval,
  reconsiderationRefusal,
  type Settings,
} from './rules.ts';

const settings: Settings = {
  subjects: ['plan', 'closure'],
  approvers: [
    { userId: 'senior', self: false },
    { userId: 'trusted', self: true },
  ],
};

describe('what waits for approval', () => {
  it.each([
    [settings, 'plan', 'case_worker', true],
    [settings, 'closure', 'organisation_manager', true],
    [settings, 'assessment', 'case_worker', false],
    [settings, 'closure', 'national_coordinator', false],
    [null, 'plan', 'case_worker', false],
  ] as const)('%j · %s · %s → %s', (s, subject, role, expected) => {
    expect(needsApproval(s, subject, role)).toBe(expected);
  });
});

describe('who may decide a request', () => {
  const facts = (
    actor: Partial<ApprovalFacts['actor']>,
    over: Partial<ApprovalFacts> = {},
  ): ApprovalFacts => ({
    status: 'pending',
    organisationId: 'caritas',
    requestedByUserId: 'worker',
    actor: { userId: 'manager', role: 'organisation_manager', organisationId: 'caritas', ...actor },
    settings,
    ...over,
  });
  it.each([
    ['the manager of the organisation', facts({}), null],
    ['a named approver', facts({ userId: 'senior', role: 'case_worker' }), null],
    ['a worker not named', facts({ userId: 'other', role: 'case_worker' }), 'not_approver'],
    ["another organisation's manager", facts({ organisationId: 'klaipeda' }), 'not_approver'],
    [
      'the coordinator',
      facts({ userId: 'c', role: 'national_coordinator', organisationId: 'vrm' }),
      'not_approver',
    ],
    ['the manager on their own work', facts({}, { requestedByUserId: 'manager' }), 'self_approval'],
    [
      'an approver on their own work',
      facts({ userId: 'senior', role: 'case_worker' }, { requestedByUserId: 'senior' }),
      'self_approval',
    ],
    [
      'an approver named with self',
      facts({ userId: 'trusted', role: 'case_worker' }, { requestedByUserId: 'trusted' }),
      null,
    ],
    ['a request already decided', facts({}, { status: 'approved' }), 'approval_decided'],
    ['an organisation without settings, manager', facts({}, { settings: null }), null],
  ] as const)('%s → %s', (_, f, expected) => {
    expect(approvalRefusal(f)).toBe(expected);
  });
});

describe('whom a manager may name', () => {
  it.each([
    [[{ userId: 'a', self: true }], null],
    [[{ userId: 'stranger', self: false }], 'approver_not_member'],
    [[{ userId: 'boss', self: false }], null],
    [[{ userId: 'boss', self: true }], 'approver_self_grant'],
  ] as const)('%j → %s', (approvers, expected) => {
    expect(approversRefusal(approvers, ['a', 'boss'], 'boss')).toBe(expected);
  });
});

describe('when the identification decision can be reconsidered', () => {
  it.each([
    [null, false, 'not_identified_yet'],
    [{ outcome: 'more_information_needed' }, false, 'not_identified_yet'],
    [{ outcome: 'identified' }, false, null],
    [{ outcome: 'not_identified' }, false, null],
    [{ outcome: 'not_identified' }, true, 'reconsideration_pending'],
  ] as const)('%j, pending %s → %s', (identification, pending, expected) => {
    expect(reconsiderationRefusal(identification, pending)).toBe(expected);
  });
});
