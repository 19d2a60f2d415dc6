import { route } from '../platform/http/route.ts';
import { verifyAuditTrail } from './checkpoint-file.ts';
import * as contract from './contract.ts';
import { accessReview, readAuditTrail } from './review.ts';

const tag = 'Audit trail';

export const auditRoutes = [
  route({
    ...contract.auditTrail,
    summary: 'Read and filter the audit trail, newest first',
    tag,
    policy: { kind: 'action', action: 'audit.read' },
    handler: async (ctx, { query }) => readAuditTrail(ctx, query),
  }),
  route({
    ...contract.accessReview,
    summary: "Who opened which cases in a month, per organisation (a manager sees their own organisation's)",
    tag,
    policy: { kind: 'action', action: 'audit.access_review' },
    handler: async (ctx, { query }) => accessReview(ctx, query),
  }),
  route({
    ...contract.verifyAuditTrail,
    summary: 'Check every keyed link of the hash chains and every checkpoint of the checkpoint file',
    tag,
    policy: { kind: 'action', action: 'audit.verify' },
    handler: async (ctx) => verifyAuditTrail(ctx.db, ctx.keys, ctx.config.auditCheckpointFile),
  }),
];
