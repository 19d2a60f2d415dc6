import { route } from '../platform/http/route.ts';
import * as contract from './contract.ts';
import { confirmServiceChecked, referralMap, searchForStaff, updateService } from './edit.ts';

const tag = 'Directory (staff)';

export const directoryStaffRoutes = [
  route({
    ...contract.staffServices,
    summary: 'Search the directory as staff: contacts, hours, who takes referrals, what needs checking',
    tag,
    policy: { kind: 'action', action: 'directory.read' },
    rateLimitPerMinute: 600,
    handler: async (ctx, { query }) => searchForStaff(ctx, query),
  }),
  route({
    ...contract.updateService,
    summary:
      'Change a service’s phones, e-mails, website, languages or hours (own organisation; administrators any)',
    tag,
    policy: { kind: 'action', action: 'directory.edit' },
    handler: async (ctx, { params, query, body }) => updateService(ctx, params.id, body, query.lang),
  }),
  route({
    ...contract.markServiceChecked,
    summary: 'Confirm that a service’s entry is still right today',
    tag,
    policy: { kind: 'action', action: 'directory.edit' },
    handler: async (ctx, { params, query }) => confirmServiceChecked(ctx, params.id, query.lang),
  }),
  route({
    ...contract.referralMap,
    summary: 'Organisations that take referrals, with the needs their services meet',
    tag,
    policy: { kind: 'action', action: 'directory.read' },
    handler: async (ctx, { query }) => referralMap(ctx, query.lang),
  }),
];
