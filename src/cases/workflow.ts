import type { RoleName } from '../access/roles.ts';
import type { CaseKind, WorkflowAction } from './model.ts';

// The two paths a case takes, as pure state machines: a trafficking case (seed 000) and a case of
// another crime at a support service (seed 002). Each transition names who may make it and what it
// needs; the answer to "may I?" says what is missing, so a refusal can tell the user what to do.

/** What the rules need to know about a case, gathered by the store. */
export type WorkflowFacts = {
  kind: CaseKind;
  state: string;
  /** The acting membership's role and whether its organisation is on the case's team. */
  role: RoleName;
  onTeam: boolean;
  /** A Lithuanian citizen identified abroad with the consular mission on the team (seed 000). */
  returnsFromAbroad?: boolean;
  consentToNationalReferral: boolean;
  /** A support service on the team (an accepted referral, or the service recorded the case itself). */
  supportServiceOnTeam: boolean;
  reason: string | undefined;
  /** The coordinator is deciding a request to reconsider the identification decision. */
  reconsidering?: boolean;
};

/** `code` names what is missing for clients to word; `missing` says it in English. */
type Requirement = { code: string; missing: string; met: (f: WorkflowFacts) => boolean };
type Rule = {
  from: readonly string[];
  /** The state the move leads to, or, as a function, one that depends on where it starts. */
  to: string | ((from: string) => string);
  roles: readonly RoleName[];
  /** Whether the actor's organisation must be on the team (the coordinator acts nationally). */
  team: boolean;
  /** When the move exists at all from the state it starts in; always, if absent. */
  when?: (f: WorkflowFacts) => boolean;
  requires: readonly Requirement[];
};

const WORKERS: readonly RoleName[] = ['case_worker', 'organisation_manager'];
const COORDINATOR: readonly RoleName[] = ['national_coordinator'];

const reasonGiven: Requirement = {
  code: 'missing_reason',
  missing: 'a reason',
  met: (f) => (f.reason ?? '').trim().length > 0,
};
const supportService: Requirement = {
  code: 'missing_support_service',
  missing: 'a support service on the case team (an accepted referral)',
  met: (f) => f.supportServiceOnTeam,
};

const HELPING = ['assistance', 'return', 'long_term'];

// A person once identified is found not to be a victim only on a request to reconsider.
const reconsideredIfIdentified: Requirement = {
  code: 'missing_reconsideration',
  missing: 'a request to reconsider the identification decision',
  met: (f) => f.state !== 'identified' || f.reconsidering === true,
};

const TRAFFICKING: Partial<Record<WorkflowAction, Rule>> = {
  refer_to_national_contact_point: {
    from: ['presumed'],
    to: 'referred',
    roles: ['first_responder', ...WORKERS],
    team: true,
    requires: [
      {
        code: 'missing_consent_to_referral',
        missing: "the person's consent to referral to the national point of contact",
        met: (f) => f.consentToNationalReferral,
      },
    ],
  },
  // A decision taken once help has begun is recorded and the case stays where it is: help does not
  // wait for identification, and identification does not wait for help.
  record_identified: {
    from: ['presumed', 'referred', 'not_identified', ...HELPING],
    to: (from) => (HELPING.includes(from) ? from : 'identified'),
    roles: COORDINATOR,
    team: false,
    requires: [],
  },
  record_not_identified: {
    from: ['presumed', 'referred', 'identified', ...HELPING],
    to: (from) => (HELPING.includes(from) ? from : 'not_identified'),
    roles: COORDINATOR,
    team: false,
    requires: [reconsideredIfIdentified],
  },
  // Help does not wait for formal identification, nor for a decision to report (seed 000).
  start_assistance: {
    from: ['presumed', 'referred', 'identified'],
    to: 'assistance',
    roles: [...WORKERS, ...COORDINATOR],
    team: true,
    requires: [supportService],
  },
  // A return starts from assistance in Lithuania, or, for a Lithuanian citizen identified abroad,
  // straight away: the consular mission organises it with an NGO before any support service here.
  start_return: {
    from: ['presumed', 'referred', 'identified', 'assistance'],
    to: 'return',
    roles: [...WORKERS, 'return_officer', 'consular_officer', ...COORDINATOR],
    team: true,
    when: (f) => f.state === 'assistance' || f.returnsFromAbroad === true,
    requires: [],
  },
  start_long_term: {
    from: ['assistance', 'return'],
    to: 'long_term',
    roles: [...WORKERS, ...COORDINATOR],
    team: true,
    requires: [],
  },
  close: {
    from: ['presumed', 'referred', 'identified', 'not_identified', 'assistance', 'return', 'long_term'],
    to: 'closed',
    roles: [...WORKERS, ...COORDINATOR],
    team: true,
    requires: [reasonGiven],
  },
  // The national coordinator merges a duplicate: the later case closes into the earlier one.
  merge_into_earlier: {
    from: ['presumed', 'referred', 'identified', 'not_identified', 'assistance', 'return', 'long_term'],
    to: 'closed',
    roles: COORDINATOR,
    team: false,
    requires: [],
  },
  reopen: {
    from: ['closed'],
    to: 'assistance',
    roles: [...WORKERS, ...COORDINATOR],
    team: true,
    requires: [reasonGiven, supportService],
  },
};

// The order of the steps is the order of seed 002; what each step records (rights given, the needs
// assessment, the plan) belongs to assistance, which adds its own requirements here.
const OTHER_CRIME: Partial<Record<WorkflowAction, Rule>> = {
  inform_rights: {
    from: ['contact'],
    to: 'rights_informed',
    roles: WORKERS,
    team: true,
    requires: [supportService],
  },
  assess_needs: {
    from: ['rights_informed'],
    to: 'needs_assessed',
    roles: WORKERS,
    team: true,
    requires: [],
  },
  agree_plan: {
    from: ['needs_assessed'],
    to: 'plan_agreed',
    roles: WORKERS,
    team: true,
    requires: [],
  },
  start_services: {
    from: ['plan_agreed'],
    to: 'services',
    roles: WORKERS,
    team: true,
    requires: [],
  },
  close: {
    from: ['contact', 'rights_informed', 'needs_assessed', 'plan_agreed', 'services'],
    to: 'closed',
    roles: WORKERS,
    team: true,
    requires: [reasonGiven],
  },
  // The national coordinator merges a duplicate: the later case closes into the earlier one.
  merge_into_earlier: {
    from: ['contact', 'rights_informed', 'needs_assessed', 'plan_agreed', 'services'],
    to: 'closed',
    roles: COORDINATOR,
    team: false,
    requires: [],
  },
  reopen: {
    from: ['closed'],
    to: 'services',
    roles: WORKERS,
    team: true,
    requires: [reasonGiven],
  },
};

export const INITIAL_STATE: Record<CaseKind, string> = { trafficking: 'presumed', other_crime: 'contact' };

const MACHINES: Record<CaseKind, Partial<Record<WorkflowAction, Rule>>> = {
  trafficking: TRAFFICKING,
  other_crime: OTHER_CRIME,
};

export type TransitionDecision =
  | { ok: true; to: string }
  | { ok: false; kind: 'not_available' | 'not_permitted'; message: string }
  | { ok: false; kind: 'requirements'; missing: string[]; codes: string[]; message: string };

/** May this actor take this action on a case in these circumstances, and where does it lead? */
export function decideTransition(action: WorkflowAction, facts: WorkflowFacts): TransitionDecision {
  const rule = MACHINES[facts.kind][action];
  if (!rule?.from.includes(facts.state) || (rule.when && !rule.when(facts))) {
    return {
      ok: false,
      kind: 'not_available',
      message: `"${action}" is not possible on a ${facts.kind.replace('_', ' ')} case in state "${facts.state}".`,
    };
  }
  if (!rule.roles.includes(facts.role) || (rule.team && !facts.onTeam)) {
    return {
      ok: false,
      kind: 'not_permitted',
      message: `Your role cannot ${action.replaceAll('_', ' ')} here.`,
    };
  }
  const unmet = rule.requires.filter((r) => !r.met(facts));
  if (unmet.length > 0) {
    const missing = unmet.map((r) => r.missing);
    return {
      ok: false,
      kind: 'requirements',
      missing,
      codes: unmet.map((r) => r.code),
      message: `First record ${missing.join(' and ')}.`,
    };
  }
  return { ok: true, to: typeof rule.to === 'string' ? rule.to : rule.to(facts.state) };
}

/** The transitions this actor could ask for now (requirements aside, which the answer explains). */
export function availableTransitions<A extends WorkflowAction>(
  actions: readonly A[],
  facts: Omit<WorkflowFacts, 'reason'>,
): A[] {
  return actions.filter((action) => {
    const decision = decideTransition(action, { ...facts, reason: 'given' });
    return decision.ok || decision.kind === 'requirements';
  });
}

/** Every state a kind of case can be in, for the exhaustive tests and the filters. */
export function statesOf(kind: CaseKind): string[] {
  const states = new Set<string>([INITIAL_STATE[kind]]);
  for (const rule of Object.values(MACHINES[kind])) {
    for (const s of rule.from) {
      states.add(s);
      states.add(typeof rule.to === 'string' ? rule.to : rule.to(s));
    }
  }
  return [...states];
}

/** A case counts as closed for deadlines and lists in this state. */
export const isClosed = (state: string) => state === 'closed';
