import { z } from 'zod';

export const AuditQuery = z.object({
  action: z.string().trim().max(80).optional(),
  actorEmail: z.string().trim().max(254).optional(),
  recordId: z.string().trim().max(80).optional(),
  outcome: z.enum(['success', 'denied', 'failure']).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
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
});

export const AuditPage = z.object({ items: z.array(AuditEventView), nextBefore: z.number().nullable() });
export const ChainCheckView = z.object({
  checked: z.number(),
  ok: z.boolean(),
  firstBrokenSeq: z.number().nullable(),
  reason: z.string().nullable(),
});
