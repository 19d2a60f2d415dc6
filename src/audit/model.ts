import { z } from 'zod';
import { AUDIT_FLAGS, AUDIT_OUTCOMES } from './catalogue.ts';

export const AuditQuery = z.object({
  action: z.string().trim().max(80).optional(),
  actorEmail: z.string().trim().max(254).optional(),
  recordId: z.string().trim().max(80).optional(),
  outcome: z.enum(AUDIT_OUTCOMES).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** Only reads of cases off the reader's team and identities opened for a reason. */
  flagged: z.enum(['true', 'false']).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const AuditEventView = z.object({
  seq: z.number(),
  at: z.string(),
  actorEmail: z.string().nullable(),
  role: z.string().nullable(),
  organisationName: z.object({ lt: z.string(), en: z.string() }).nullable(),
  action: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  outcome: z.string(),
  requestId: z.string(),
  /** break_glass: a hidden identity opened for a stated reason; outside_team: a case read off its team. */
  flag: z.enum(AUDIT_FLAGS).nullable(),
  /** The reason stated for break-glass access. */
  reason: z.string().nullable(),
});

export const AuditPage = z.object({ items: z.array(AuditEventView), nextBefore: z.number().nullable() });
export const ChainCheckView = z.object({
  checked: z.number(),
  ok: z.boolean(),
  firstBrokenSeq: z.number().nullable(),
  reason: z.string().nullable(),
});

export const AccessReviewQuery = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month: use a month such as 2026-11.'),
});

/** Who opened which cases in a month, per organisation: for its manager, the auditor and the DPO. */
export const AccessReview = z.object({
  month: z.string(),
  organisations: z.array(
    z.object({
      organisation: z.object({ id: z.uuid(), name: z.object({ lt: z.string(), en: z.string() }) }),
      entries: z.array(
        z.object({
          actorEmail: z.string().nullable(),
          role: z.string().nullable(),
          caseId: z.string(),
          caseReference: z.string().nullable(),
          reads: z.number().int(),
          outsideTeam: z.number().int(),
          breakGlass: z.array(z.object({ at: z.string(), reason: z.string() })),
          first: z.string(),
          last: z.string(),
        }),
      ),
    }),
  ),
});
