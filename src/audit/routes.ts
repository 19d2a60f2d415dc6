import { route } from '../platform/http/route.ts';
import { verifyAuditTrail } from './checkpoint-file.ts';
import { AccessReview, AccessReviewQuery, AuditPage, AuditQuery, ChainCheckView } from './model.ts';
import { accessReview, readAuditTrail } from './review.ts';

const tag = 'Audit trail';

export const auditRoutes = [
  route({
    method: 'GET',
    url: '/api/audit',
    summary: 'Read and filter the audit trail, newest first',
    tag,
    policy: { kind: 'action', action: 'audit.read' },
    query: AuditQuery,
    response: AuditPage,
    handler: async (ctx, { query }) => readAuditTrail(ctx, query),
  }),
  route({
    method: 'GET',
    url: '/api/audit/access-review',
    summary: "Who opened which cases in a month, per organisation (a manager sees their own organisation's)",
    tag,
    policy: { kind: 'action', action: 'audit.access_review' },
    query: AccessReviewQuery,
    response: AccessReview,
    handler: async (ctx, { query }) => accessReview(ctx, query),
  }),
  route({
    method: 'GET',
    url: '/api/audit/verify',
    summary: 'Check every keyed link of the hash chains and every checkpoint of the checkpoint file',
    tag,
    policy: { kind: 'action', action: 'audit.verify' },
    response: ChainCheckView,
    handler: async (ctx) => verifyAuditTrail(ctx.db, ctx.keys, ctx.config.auditCheckpointFile),
  }),
];
