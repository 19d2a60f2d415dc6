import { listOrganisations } from '../access/admin.ts';
import { recordAudit } from '../audit/record.ts';
import { AppError } from '../platform/errors.ts';
import { route } from '../platform/http/route.ts';
import { AuditPage, AuditQuery, ChainCheckView } from './model.ts';
import { listAudit, verifyChain } from './store.ts';

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
    handler: async (ctx, { query }) => {
      const from = query.from ? new Date(`${query.from}T00:00:00Z`) : undefined;
      const to = query.to ? new Date(`${query.to}T23:59:59.999Z`) : undefined;
      if (from && to && from > to) {
        throw new AppError('validation_failed', 'The start date is after the end date.', [
          { field: 'query.from', message: 'after_to' },
        ]);
      }
      const page = await listAudit(ctx.db, { ...query, from, to });
      const names = new Map((await listOrganisations(ctx)).items.map((o) => [o.id, o.name]));
      // Reading the trail is itself a read of personal data about staff: it is recorded too.
      await recordAudit(ctx.db, ctx, {
        action: 'audit.read',
        outcome: 'success',
        detail: { count: page.items.length },
      });
      return {
        nextBefore: page.nextBefore,
        items: page.items.map((e) => ({
          ...e,
          at: e.at.toISOString(),
          organisationName: e.organisationId ? (names.get(e.organisationId) ?? null) : null,
        })),
      };
    },
  }),
  route({
    method: 'GET',
    url: '/api/audit/verify',
    summary: 'Walk the hash chain and report the first broken link',
    tag,
    policy: { kind: 'action', action: 'audit.verify' },
    response: ChainCheckView,
    handler: async (ctx) => verifyChain(ctx.db),
  }),
];
