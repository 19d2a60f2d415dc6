import { describe, expect, it } from 'vitest';
import { ROLES, type RoleName } from '../access/roles.ts';
import { TRANSITIONS, WORKFLOW_ACTIONS } from './catalogue.ts';
import type { CaseKind, WorkflowAction } from './model.ts';
import { availableTransitions, decideTransition, statesOf, type WorkflowFacts } from './workflow.ts';

const base = (kind: CaseKind, state: string, role: RoleName = 'case_worker'): WorkflowFacts => ({
  kind,
  state,
  role,
  onTeam: true,
  consentToNationalReferral: true,
  supportServiceOnTeam: true,
  reason: 'because',
  reconsidering: true,
});

// Every (state, action) pair of each machine and where it leads; a pair not listed is impossible.
const EXPECTED: Record<CaseKind, Record<string, Partial<Record<WorkflowAction, string>>>> = {
  trafficking: {
    presumed: {
      refer_to_national_contact_point: 'referred',
      record_identified: 'identified',
      record_not_identified: 'not_identified',
      start_assistance: 'assistance',
      close: 'closed',
      merge_into_earlier: 'closed',
    },
    referred: {
      record_identified: 'identified',
      record_not_identified: 'not_identified',
      start_assistance: 'assistance',
      close: 'closed',
      merge_into_earlier: 'closed',
    },
    identified: {
      start_assistance: 'assistance',
      record_not_identified: 'not_identified',
      close: 'closed',
      merge_into_earlier: 'closed',
    },
    not_identified: { record_identified: 'identified', close: 'closed', merge_into_earlier: 'closed' },
    assistance: {
      start_return: 'return',
      start_long_term: 'long_term',
      close: 'closed',
      record_identified: 'assistance',
      record_not_identified: 'assistance',
      merge_into_earlier: 'closed',
    },
    return: {
      start_long_term: 'long_term',
      close: 'closed',
      record_identified: 'return',
      record_not_identified: 'return',
      merge_into_earlier: 'closed',
    },
    long_term: {
      close: 'closed',
      record_identified: 'long_term',
      record_not_identified: 'long_term',
      merge_into_earlier: 'closed',
    },
    closed: { reopen: 'assistance' },
  },
  other_crime: {
    contact: { inform_rights: 'rights_informed', close: 'closed', merge_into_earlier: 'closed' },
    rights_informed: { assess_needs: 'needs_assessed', close: 'closed', merge_into_earlier: 'closed' },
    needs_assessed: { agree_plan: 'plan_agreed', close: 'closed', merge_into_earlier: 'closed' },
    plan_agreed: { start_services: 'services', close: 'closed', merge_into_earlier: 'closed' },
    services: { close: 'closed', merge_into_earlier: 'closed' },
    closed: { reopen: 'services' },
  },
};

/** A role that may make the move, for checking where it leads. */
const ALLOWED_ROLE: Partial<Record<WorkflowAction, RoleName>> = {
  record_identified: 'national_coordinator',
  record_not_identified: 'national_coordinator',
  merge_into_earlier: 'national_coordinator',
};

describe('case workflow: every (state, action) pair', () => {
  for (const kind of ['trafficking', 'other_crime'] as const) {
    it(`${kind}: the table names exactly the machine's states`, () => {
      expect(statesOf(kind).sort()).toEqual(Object.keys(EXPECTED[kind]).sort());
    });
    for (const state of Object.keys(EXPECTED[kind])) {
      for (const action of WORKFLOW_ACTIONS) {
        const to = EXPECTED[kind][state]?.[action];
        it(`${kind} · ${state} · ${action} → ${to ?? 'refused'}`, () => {
          const decision = decideTransition(action, base(kind, state, ALLOWED_ROLE[action]));
          if (to) expect(decision).toEqual({ ok: true, to });
          else expect(decision).toMatchObject({ ok: false, kind: 'not_available' });
        });
      }
    }
  }
});

describe('who may move a case', () => {
  const allowedRoles = (kind: CaseKind, state: string, action: WorkflowAction) =>
    ROLES.filter((role) => decideTransition(action, base(kind, state, role)).ok);

  it.each([
    [
      'trafficking',
      'presumed',
      'refer_to_national_contact_point',
      ['first_responder', 'case_worker', 'organisation_manager'],
    ],
    ['trafficking', 'referred', 'record_identified', ['national_coordinator']],
    [
      'trafficking',
      'referred',
      'start_assistance',
      ['case_worker', 'organisation_manager', 'national_coordinator'],
    ],
    [
      'trafficking',
      'assistance',
      'start_return',
      ['case_worker', 'organisation_manager', 'national_coordinator', 'return_officer', 'consular_officer'],
    ],
    ['trafficking', 'assistance', 'close', ['case_worker', 'organisation_manager', 'national_coordinator']],
    ['other_crime', 'contact', 'inform_rights', ['case_worker', 'organisation_manager']],
    ['other_crime', 'services', 'close', ['case_worker', 'organisation_manager']],
  ] as const)('%s · %s · %s: %j', (kind, state, action, roles) => {
    expect(allowedRoles(kind, state, action).sort()).toEqual([...roles].sort());
  });

  it('an organisation off the team cannot move the case; the coordinator decides nationally', () => {
    const offTeam = { ...base('trafficking', 'referred'), onTeam: false };
    expect(decideTransition('start_assistance', offTeam)).toMatchObject({ ok: false, kind: 'not_permitted' });
    expect(decideTransition('record_identified', { ...offTeam, role: 'national_coordinator' })).toEqual({
      ok: true,
      to: 'identified',
    });
  });
});

describe('what a move requires', () => {
  it('referral to the national point of contact needs the consent', () => {
    const decision = decideTransition('refer_to_national_contact_point', {
      ...base('trafficking', 'presumed', 'first_responder'),
      consentToNationalReferral: false,
    });
    expect(decision).toMatchObject({ ok: false, kind: 'requirements' });
    expect(decision.ok ? '' : decision.message).toContain('consent');
  });
  it('assistance needs a support service on the team', () => {
    const decision = decideTransition('start_assistance', {
      ...base('trafficking', 'identified'),
      supportServiceOnTeam: false,
    });
    expect(decision).toMatchObject({
      ok: false,
      kind: 'requirements',
      missing: [expect.stringContaining('support service')],
    });
  });
  it('an identified person is found not to be a victim only on a request to reconsider', () => {
    const facts = { ...base('trafficking', 'identified', 'national_coordinator'), reconsidering: false };
    expect(decideTransition('record_not_identified', facts)).toMatchObject({
      ok: false,
      kind: 'requirements',
      codes: ['missing_reconsideration'],
    });
    expect(decideTransition('record_not_identified', { ...facts, state: 'referred' })).toEqual({
      ok: true,
      to: 'not_identified',
    });
  });
  it('closing needs a reason, and says so', () => {
    const decision = decideTransition('close', { ...base('other_crime', 'services'), reason: '  ' });
    expect(decision).toMatchObject({ ok: false, kind: 'requirements', missing: ['a reason'] });
  });
});

describe('available transitions', () => {
  it('offers only moves possible from the state, for the role, including those still missing something', () => {
    const facts = { ...base('trafficking', 'presumed', 'first_responder'), consentToNationalReferral: false };
    expect(availableTransitions(TRANSITIONS, facts)).toEqual(['refer_to_national_contact_point']);
    expect(availableTransitions(TRANSITIONS, base('other_crime', 'contact'))).toEqual([
      'inform_rights',
      'close',
    ]);
    expect(availableTransitions(TRANSITIONS, base('trafficking', 'closed', 'statistician'))).toEqual([]);
  });
});
