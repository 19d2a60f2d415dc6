import { z } from 'zod';
import { DateNotInFuture } from '../cases/model.ts';
import {
  APPROVAL_DECISIONS,
  APPROVAL_STATUSES,
  APPROVAL_SUBJECTS,
  RECONSIDERATION_REQUESTERS,
} from './catalogue.ts';

export const ApprovalSubject = z.enum(APPROVAL_SUBJECTS);
export const ApprovalStatus = z.enum(APPROVAL_STATUSES);
export const ReconsiderationRequester = z.enum(RECONSIDERATION_REQUESTERS);
const Version = z.number().int().min(0);
/** Free text about the person: sealed under their key. */
const Words = z.string().trim().min(1, 'missing_reason: say why').max(4000);

// ── Inputs ──────────────────────────────────────────────────────────────────────────────────────

/** An organisation's approval settings, as its manager sets them. */
export const ApprovalSettingsInput = z.strictObject({
  subjects: z
    .array(ApprovalSubject)
    .max(APPROVAL_SUBJECTS.length)
    .refine((s) => new Set(s).size === s.length, 'duplicate_entry: each subject once'),
  approvers: z
    .array(z.strictObject({ userId: z.uuid(), self: z.boolean().default(false) }))
    .max(100)
    .refine((a) => new Set(a.map((x) => x.userId)).size === a.length, 'duplicate_entry: each person once'),
  version: Version,
});

/** Approve, or return with comments for the worker (comments are required to return). */
export const ApprovalDecisionInput = z
  .strictObject({
    decision: z.enum(APPROVAL_DECISIONS),
    comments: z.string().trim().max(4000).optional(),
    version: Version,
  })
  .refine((d) => d.decision === 'approve' || (d.comments ?? '').length > 0, {
    path: ['comments'],
    message: 'comments_required: say what to change before it is approved',
  });

export const ReconsiderationInput = z.strictObject({
  requestedBy: ReconsiderationRequester,
  reasons: Words,
  /** The case version the requester read. */
  version: Version,
});

export const ReconsiderationDecisionInput = z.strictObject({
  outcome: z.enum(['identified', 'not_identified']),
  reasons: Words,
  decidedOn: DateNotInFuture,
  version: Version,
});

// ── Views ───────────────────────────────────────────────────────────────────────────────────────

export const ApprovalSettingsView = z.object({
  subjects: z.array(ApprovalSubject),
  approvers: z.array(z.object({ userId: z.uuid(), name: z.string(), self: z.boolean() })),
  /** The organisation's staff a manager may name. */
  staff: z.array(z.object({ userId: z.uuid(), name: z.string() })),
  version: z.number().int(),
});

export const ApprovalView = z.object({
  id: z.uuid(),
  subject: ApprovalSubject,
  subjectId: z.uuid().nullable(),
  status: ApprovalStatus,
  requestedBy: z.string().nullable(),
  requestedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** The approver's comments to the worker; null off the team or once the person is erased. */
  comments: z.string().nullable(),
  /** Why the worker asks to close the case. */
  reason: z.string().nullable(),
  /** Whether the acting person may decide it now. */
  mayDecide: z.boolean(),
  version: z.number().int(),
});
export const ApprovalList = z.object({ items: z.array(ApprovalView) });

/** A request waiting for the acting person's decision, in "My work". */
export const PendingApproval = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseReference: z.string(),
  subject: ApprovalSubject,
  requestedBy: z.string().nullable(),
  requestedAt: z.string(),
});

export const ReconsiderationView = z.object({
  id: z.uuid(),
  requestedBy: ReconsiderationRequester,
  requestedOn: z.string(),
  recordedBy: z.string().nullable(),
  earlierOutcome: z.string(),
  reasons: z.string().nullable(),
  status: z.enum(['pending', 'decided']),
  outcome: z.enum(['identified', 'not_identified']).nullable(),
  decidedOn: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decisionReasons: z.string().nullable(),
});
export const ReconsiderationList = z.object({
  items: z.array(ReconsiderationView),
  /** Whether the acting membership may ask now, and the coordinator decide. */
  mayRequest: z.boolean(),
  mayDecide: z.boolean(),
  /** The case version, for the next change. */
  version: z.number().int(),
});
