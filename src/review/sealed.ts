import { seal, unseal } from '../platform/crypto/sealing.ts';

// What staff write about the person in a second look (why a case should close, an approver's comments,
// reasons to reconsider and to decide) is sealed under the person's key, bound to its kind and case:
// erasing the person leaves it unreadable.

export type ReviewText =
  | 'closure-reason'
  | 'approval-comments'
  | 'reconsideration-reasons'
  | 'reconsideration-decision';

const aad = (kind: ReviewText, caseId: string) => `review-${kind}:${caseId}`;

/** Sealed, or null when nothing is said or the person's key is gone (nothing about them is written then). */
export const sealReview = (key: Buffer | null, kind: ReviewText, caseId: string, text: string | undefined) =>
  key && text ? seal(key, Buffer.from(text, 'utf8'), aad(kind, caseId)) : null;

/** The text, or null when nothing was sealed or this reader holds no key. */
export const openReview = (key: Buffer | null, kind: ReviewText, caseId: string, sealed: Buffer | null) =>
  key && sealed ? unseal(key, sealed, aad(kind, caseId)).toString('utf8') : null;
