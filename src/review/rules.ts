import type { RoleName } from '../access/roles.ts';
import type { ApprovalSubject, ReviewRefusal } from './catalogue.ts';
import type { NamedApprover } from './tables.ts';

// The pure rules of a second look: what needs approval, who may decide it, and what reconsideration
// may be asked and decided. No database, no HTTP.

/** An organisation's settings as the rules read them. */
export type Settings = { subjects: readonly string[]; approvers: readonly NamedApprover[] };

/**
 * Does this work wait for approval? Only when the organisation asks for it; the national coordinator
 * decides nationally and has no supervisor in the mechanism.
 */
export const needsApproval = (settings: Settings | null, subject: ApprovalSubject, role: RoleName) =>
  role !== 'national_coordinator' && (settings?.subjects.includes(subject) ?? false);

/** May this person decide approvals in their acting organisation: its manager, or someone it names. */
export const isApprover = (settings: Settings | null, actor: { userId: string; role: RoleName }) =>
  actor.role === 'organisation_manager' ||
  (settings?.approvers.some((a) => a.userId === actor.userId) ?? false);

/** May this person approve their own work: only when the organisation names them with `self`. */
export const maySelfApprove = (settings: Settings | null, userId: string) =>
  settings?.approvers.some((a) => a.userId === userId && a.self) ?? false;

export type ApprovalFacts = {
  status: string;
  /** The organisation whose work it is, and the approver's acting organisation. */
  organisationId: string;
  requestedByUserId: string;
  actor: { userId: string; role: RoleName; organisationId: string };
  settings: Settings | null;
};

/** May this approver decide this request now? */
export function approvalRefusal(f: ApprovalFacts): ReviewRefusal | null {
  if (f.status !== 'pending') return 'approval_decided';
  if (f.actor.organisationId !== f.organisationId || !isApprover(f.settings, f.actor)) return 'not_approver';
  if (f.requestedByUserId === f.actor.userId && !maySelfApprove(f.settings, f.actor.userId))
    return 'self_approval';
  return null;
}

/** Approvers a manager may name: their organisation's staff, never themselves with `self`. */
export function approversRefusal(
  approvers: readonly NamedApprover[],
  members: readonly string[],
  managerId: string,
): ReviewRefusal | null {
  if (approvers.some((a) => !members.includes(a.userId))) return 'approver_not_member';
  if (approvers.some((a) => a.userId === managerId && a.self)) return 'approver_self_grant';
  return null;
}

type Identification = { outcome: string } | null;

/** May the identification decision be reconsidered now: it was made, and no request waits. */
export function reconsiderationRefusal(
  identification: Identification,
  pending: boolean,
): ReviewRefusal | null {
  if (!identification || identification.outcome === 'more_information_needed') return 'not_identified_yet';
  if (pending) return 'reconsideration_pending';
  return null;
}
