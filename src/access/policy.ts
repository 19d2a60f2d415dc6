import type { Role } from './model.ts';
import { GRANTABLE_BY_MANAGER, ROLES, TWO_FACTOR_ROLES } from './roles.ts';

// Need-to-know, default deny. Pure: (role, action, relationship to the record) → allowed or not.
// Everything not written in RULES is refused.

export type Action =
  | 'organisation.list'
  | 'organisation.create'
  | 'organisation.update'
  | 'organisation.powers'
  | 'user.list'
  | 'user.create'
  | 'user.update'
  | 'membership.create'
  | 'membership.delete'
  | 'audit.read'
  | 'audit.verify'
  | 'audit.access_review'
  | 'person.create'
  | 'person.list'
  | 'person.read'
  | 'person.erase'
  | 'person.lookup'
  | 'person.export'
  | 'person.restrict'
  | 'directory.read'
  | 'directory.edit'
  | 'case.intake'
  | 'case.list'
  | 'case.read'
  | 'case.update'
  | 'case.decide'
  | 'case.reconsideration.request'
  | 'approval.decide'
  | 'approval.settings'
  | 'case.identity.open'
  | 'case.desk'
  | 'case.duplicates.resolve'
  | 'case.assign'
  | 'case.assign.others'
  | 'work.caseload'
  | 'mail.review'
  | 'subject_request.manage'
  | 'subject_request.register'
  | 'referral.create'
  | 'referral.inbox'
  | 'referral.respond'
  | 'investigation.inbox'
  | 'investigation.read'
  | 'investigation.record'
  | 'claim.read'
  | 'claim.handle'
  | 'assistance.read'
  | 'assistance.record'
  | 'return.record'
  | 'card.issue'
  | 'document.list'
  | 'document.upload'
  | 'document.download'
  | 'consultation.record'
  | 'consultation.list'
  | 'statistics.read'
  | 'statistics.export'
  | 'statistics.open_data'
  | 'funding.read'
  | 'funding.edit'
  | 'training.read'
  | 'training.record'
  | 'awareness.read'
  | 'awareness.record'
  | 'action_plan.read'
  | 'action_plan.edit'
  | 'action_plan.report';
declare module '../platform/http/route.ts' {
  interface Actions extends Record<Action, true> {}
}
declare module '../platform/http/context.ts' {
  interface Roles extends Record<Role, true> {}
}

/**
 * How the acting membership relates to the record: it belongs to the actor's own organisation,
 * to another one, or the action is on a collection (scoped afterwards by the store). For a case,
 * "own" means the actor's organisation is on the case's team; for a referral, that it sent or
 * received it.
 */
export type Relationship = 'own_organisation' | 'other_organisation' | 'collection';

type Grant = Partial<Record<Role, readonly Relationship[]>>;

const ANY: readonly Relationship[] = ['own_organisation', 'other_organisation', 'collection'];
const OWN: readonly Relationship[] = ['own_organisation', 'collection'];

/** The case team's roles, on the cases their organisation is on the team of. */
const TEAM: Grant = {
  first_responder: ['own_organisation'],
  case_worker: ['own_organisation'],
  organisation_manager: ['own_organisation'],
  return_officer: ['own_organisation'],
  consular_officer: ['own_organisation'],
};

const everyone = (relationships: readonly Relationship[]): Grant =>
  Object.fromEntries(ROLES.map((role) => [role, relationships]));

const RULES: Record<Action, Grant> = {
  'organisation.list': everyone(['collection']),
  'organisation.create': { administrator: ['collection'] },
  'organisation.update': { administrator: ANY, organisation_manager: ['own_organisation'] },
  // Functions in the mechanism, accreditation and the two-factor requirement decide what an
  // organisation receives and how its staff log in: never the organisation's own to change.
  'organisation.powers': { administrator: ANY },
  'user.list': { administrator: ['collection'], organisation_manager: ['collection'] },
  'user.create': { administrator: ANY, organisation_manager: OWN },
  'user.update': { administrator: ANY, organisation_manager: ['own_organisation'] },
  'membership.create': { administrator: ANY, organisation_manager: ['own_organisation'] },
  'membership.delete': { administrator: ANY, organisation_manager: ['own_organisation'] },
  'audit.read': { auditor: ['collection'], data_protection_officer: ['collection'] },
  'audit.verify': { auditor: ['collection'], data_protection_officer: ['collection'] },
  // Who opened which cases: every organisation for oversight; a manager their own organisation's.
  'audit.access_review': {
    auditor: ['collection', 'other_organisation'],
    data_protection_officer: ['collection', 'other_organisation'],
    organisation_manager: ['collection'],
  },
  'person.create': { first_responder: ['collection'], case_worker: ['collection'] },
  'person.list': {
    first_responder: ['collection'],
    case_worker: ['collection'],
    organisation_manager: ['collection'],
    national_coordinator: ['collection'],
  },
  // Identity is shown only inside the organisation that holds the person; a coordinator of the
  // national point of contact sees the non-identifying list, not names.
  'person.read': {
    first_responder: ['own_organisation'],
    case_worker: ['own_organisation'],
    organisation_manager: ['own_organisation'],
    consular_officer: ['own_organisation'],
  },
  // Data-subject rights are the data protection officer's, for a person held by any organisation.
  'person.erase': { data_protection_officer: ['own_organisation', 'other_organisation'] },
  'person.lookup': { data_protection_officer: ['own_organisation', 'other_organisation'] },
  'person.export': { data_protection_officer: ['own_organisation', 'other_organisation'] },
  'person.restrict': { data_protection_officer: ['own_organisation', 'other_organisation'] },
  // Every member of staff may look up where to refer someone.
  'directory.read': everyone(['collection']),
  // Organisations keep their own entries up to date; administrators any.
  'directory.edit': { administrator: ANY, organisation_manager: ['own_organisation'] },
  // Intake: those who meet victims first. Drafts belong to the user who types them.
  'case.intake': {
    first_responder: ['collection'],
    case_worker: ['collection'],
    organisation_manager: ['collection'],
    // A consular mission records a Lithuanian citizen identified abroad (seed 000).
    consular_officer: ['collection'],
  },
  'case.list': {
    first_responder: ['collection'],
    case_worker: ['collection'],
    organisation_manager: ['collection'],
    return_officer: ['collection'],
    consular_officer: ['collection'],
    national_coordinator: ['collection'],
  },
  // A case is seen by its team; the national point of contact sees every case, identity hidden.
  'case.read': {
    first_responder: ['own_organisation'],
    case_worker: ['own_organisation'],
    organisation_manager: ['own_organisation'],
    return_officer: ['own_organisation'],
    consular_officer: ['own_organisation'],
    national_coordinator: ANY,
  },
  'case.update': {
    first_responder: ['own_organisation'],
    case_worker: ['own_organisation'],
    organisation_manager: ['own_organisation'],
    return_officer: ['own_organisation'],
    consular_officer: ['own_organisation'],
    national_coordinator: ANY,
  },
  // Each organisation on a case names its own person responsible: a worker takes a case, a manager
  // gives it to a colleague; nobody names anyone in another organisation.
  'case.assign': {
    first_responder: OWN,
    case_worker: OWN,
    organisation_manager: OWN,
    return_officer: OWN,
    consular_officer: OWN,
    national_coordinator: OWN,
  },
  'case.assign.others': { organisation_manager: OWN },
  'work.caseload': { organisation_manager: ['collection'] },
  // E-mail that has not gone out names staff addresses, nothing about victims.
  'mail.review': { administrator: ['collection'] },
  'subject_request.manage': { data_protection_officer: ['collection'] },
  // Whoever hears a victim ask for their data passes the request on to the data protection officer.
  'subject_request.register': {
    first_responder: ['collection'],
    case_worker: ['collection'],
    organisation_manager: ['collection'],
    return_officer: ['collection'],
    consular_officer: ['collection'],
    national_coordinator: ['collection'],
    data_protection_officer: ['collection'],
  },
  'case.decide': { national_coordinator: ANY },
  // The person's representative, or the team on their behalf, asks the coordinator to reconsider the
  // identification decision (decided under case.decide).
  'case.reconsideration.request': {
    first_responder: ['own_organisation'],
    case_worker: ['own_organisation'],
    organisation_manager: ['own_organisation'],
    return_officer: ['own_organisation'],
  },
  // A second look at an organisation's own work on a case: its manager decides, and a worker only when
  // the organisation names them an approver (approval_settings, checked by the verb); approving one's
  // own work needs the organisation's "self" for that person.
  'approval.decide': {
    case_worker: ['own_organisation'],
    organisation_manager: ['own_organisation'],
    return_officer: ['own_organisation'],
  },
  // What waits for approval and who approves: the organisation's manager, for their organisation.
  'approval.settings': { organisation_manager: ['collection', 'own_organisation'] },
  'case.identity.open': { national_coordinator: ANY },
  'case.desk': { national_coordinator: ['collection'] },
  'case.duplicates.resolve': { national_coordinator: ANY },
  'referral.create': {
    first_responder: ['own_organisation'],
    case_worker: ['own_organisation'],
    organisation_manager: ['own_organisation'],
    return_officer: ['own_organisation'],
    consular_officer: ['own_organisation'],
    national_coordinator: ANY,
  },
  'referral.inbox': {
    investigator: ['collection'],
    case_worker: ['collection'],
    organisation_manager: ['collection'],
    return_officer: ['collection'],
    national_coordinator: ['collection'],
  },
  // Own: the receiving organisation answers; the sending one may withdraw while it waits.
  'referral.respond': {
    first_responder: ['own_organisation'],
    case_worker: ['own_organisation'],
    organisation_manager: ['own_organisation'],
    return_officer: ['own_organisation'],
    consular_officer: ['own_organisation'],
    national_coordinator: ['own_organisation'],
    investigator: ['own_organisation'],
  },
  // The police: an investigator of an organisation on the case team, and only where the person
  // consented to contact with law enforcement or criminal proceedings run (checked by the verb, which
  // reads a case without that ground as not found). Never the case page or assistance: a narrow view.
  'investigation.inbox': { investigator: ['collection'] },
  'investigation.read': { investigator: ['own_organisation'] },
  'investigation.record': { investigator: ['own_organisation'] },
  // The Ministry of Justice: the claims sent to the officer's own organisation, nothing else of the case.
  'claim.read': { compensation_officer: ['collection', 'own_organisation'] },
  'claim.handle': { compensation_officer: ['own_organisation'] },
  // Assistance is the helping team's: rights, assessment, plan, services, return, legal, long-term
  // (not the first responder's). The national point of contact sees it for every case, free text
  // only when on the team. A consular mission on the team reads it to organise the return.
  'assistance.read': {
    case_worker: ['own_organisation'],
    organisation_manager: ['own_organisation'],
    return_officer: ['own_organisation'],
    consular_officer: ['own_organisation'],
    national_coordinator: ANY,
  },
  'assistance.record': {
    case_worker: ['own_organisation'],
    organisation_manager: ['own_organisation'],
    return_officer: ['own_organisation'],
  },
  // The return (seed 000): the helping team, and a consular mission bringing a citizen home.
  'return.record': {
    case_worker: ['own_organisation'],
    organisation_manager: ['own_organisation'],
    return_officer: ['own_organisation'],
    consular_officer: ['own_organisation'],
  },
  // A case's files identify the person (a passport, a signed consent): the team's, and within it only
  // those who see the identity (documents/rules.ts). The national coordinator, who sees no identity
  // without stating a reason, does not see them.
  'document.list': TEAM,
  'document.upload': TEAM,
  'document.download': TEAM,
  // The identification card is issued by the support service working the case, or nationally.
  'card.issue': {
    case_worker: ['own_organisation'],
    organisation_manager: ['own_organisation'],
    national_coordinator: ANY,
  },
  // IOM's Migration Information Centre log: each organisation keeps and sees its own.
  'consultation.record': {
    case_worker: ['collection'],
    organisation_manager: ['collection'],
    return_officer: ['collection'],
  },
  'consultation.list': {
    case_worker: ['collection'],
    organisation_manager: ['collection'],
    return_officer: ['collection'],
  },
  // Figures, never people: national for the statistician and the coordinator, an organisation
  // manager's limited to their own organisation.
  'statistics.read': {
    statistician: ['collection'],
    national_coordinator: ['collection'],
    organisation_manager: ['collection'],
  },
  'statistics.export': {
    statistician: ['collection'],
    national_coordinator: ['collection'],
    organisation_manager: ['collection'],
  },
  // The case-level open-data file covers the whole country: national roles only.
  'statistics.open_data': { statistician: ['collection'], national_coordinator: ['collection'] },
  // Budgets: the funding ministry enters them; the statistician and the coordinator read them all,
  // a manager their own organisation's.
  'funding.read': {
    statistician: ['collection'],
    national_coordinator: ['collection'],
    organisation_manager: ['collection'],
  },
  'funding.edit': { organisation_manager: ['collection'] },
  // Trainings and awareness (seeds 003, 004): a manager records their own organisation's; the
  // statistician and the coordinator read every organisation's, a manager their own.
  'training.read': {
    statistician: ['collection'],
    national_coordinator: ['collection'],
    organisation_manager: ['collection'],
  },
  'training.record': { organisation_manager: ['collection'] },
  'awareness.read': {
    statistician: ['collection'],
    national_coordinator: ['collection'],
    organisation_manager: ['collection'],
  },
  'awareness.record': { organisation_manager: ['collection'] },
  // The national action plan: the coordinator sets out the measures and reads them all, as does the
  // statistician; a manager reads the measures their organisation is (co-)responsible for, and only
  // the responsible body's manager reports on one.
  'action_plan.read': {
    national_coordinator: ANY,
    statistician: ANY,
    organisation_manager: OWN,
  },
  'action_plan.edit': { national_coordinator: ['collection'] },
  'action_plan.report': { organisation_manager: ['own_organisation'] },
};

export function isAllowed(role: Role, action: Action, relationship: Relationship): boolean {
  return RULES[action][role]?.includes(relationship) ?? false;
}

/** Whether the role may take the action on at least some record: decides 403 before any record is read. */
export function mayEverDo(role: Role, action: Action): boolean {
  return (RULES[action][role]?.length ?? 0) > 0;
}

export function relationshipTo(
  actorOrganisationId: string,
  recordOrganisationIds: readonly string[],
): Relationship {
  return recordOrganisationIds.includes(actorOrganisationId) ? 'own_organisation' : 'other_organisation';
}

/**
 * A staff account is "own" only when every membership it has is in the actor's organisation: an
 * organisation manager must not deactivate or rename someone who also works elsewhere (a national
 * coordinator, an administrator) just because they share one organisation.
 */
export function relationshipToAccount(
  actorOrganisationId: string,
  accountOrganisationIds: readonly string[],
): Relationship {
  const allOwn =
    accountOrganisationIds.length > 0 && accountOrganisationIds.every((id) => id === actorOrganisationId);
  return allOwn ? 'own_organisation' : 'other_organisation';
}

export function mayGrantRole(actorRole: Role, role: Role): boolean {
  if (actorRole === 'administrator') return true;
  if (actorRole === 'organisation_manager') return GRANTABLE_BY_MANAGER.includes(role);
  return false;
}

export function requiresTwoFactor(
  memberships: readonly { role: Role; organisationRequiresTwoFactor: boolean }[],
) {
  return memberships.some((m) => m.organisationRequiresTwoFactor || TWO_FACTOR_ROLES.includes(m.role));
}

export const ALL_ACTIONS = Object.keys(RULES) as Action[];
