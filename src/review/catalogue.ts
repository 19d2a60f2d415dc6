// The closed lists of a second look at a case's work, shared with the staff web app. No imports: the
// web bundle takes this file as it is.

/** What of an organisation's work can need its approver's approval. */
export const APPROVAL_SUBJECTS = ['assessment', 'plan', 'closure'] as const;
export type ApprovalSubject = (typeof APPROVAL_SUBJECTS)[number];

export const APPROVAL_STATUSES = ['pending', 'approved', 'returned'] as const;
export const APPROVAL_DECISIONS = ['approve', 'return'] as const;

/** Who asks for the identification decision to be reconsidered: the person's representative or the team. */
export const RECONSIDERATION_REQUESTERS = ['representative', 'team'] as const;

/** Why a second look is refused (409 with `refusal`). */
export const REVIEW_REFUSALS = [
  'approval_pending',
  'approval_decided',
  'not_approver',
  'self_approval',
  'approver_not_member',
  'approver_self_grant',
  'not_identified_yet',
  'reconsideration_pending',
  'reconsideration_none',
] as const;
export type ReviewRefusal = (typeof REVIEW_REFUSALS)[number];
declare module '../platform/errors.ts' {
  interface Refusals extends Record<ReviewRefusal, true> {}
}
