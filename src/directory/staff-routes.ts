import { IdParams } from '../access/model.ts';
import { route } from '../platform/http/route.ts';
import { confirmServiceChecked, referralMap, searchForStaff, updateService } from './edit.ts';
import {
  ReferralMap,
  ReferralMapQuery,
  StaffService,
  StaffServiceList,
  StaffServiceQuery,
  UpdateServiceInput,
} from './model.ts';

const tag = 'Directory (staff)';

export const directoryStaffRoutes = [
  route({
    method: 'GET',
    url: '/api/directory/services',
    summary: 'Search the directory as staff: contacts, hours, who takes referrals, what needs checking',
    tag,
    policy: { kind: 'action', action: 'directory.read' },
    rateLimitPerMinute: 600,
    query: StaffServiceQuery,
    response: StaffServiceList,
    handler: async (ctx, { query }) => searchForStaff(ctx, query),
  }),
  route({
    method: 'PATCH',
    url: '/api/directory/services/:id',
    summary:
      'Change a service’s phones, e-mails, website, languages or hours (own organisation; administrators any)',
    tag,
    policy: { kind: 'action', action: 'directory.edit' },
    params: IdParams,
    query: ReferralMapQuery,
    body: UpdateServiceInput,
    response: StaffService,
    handler: async (ctx, { params, query, body }) => updateService(ctx, params.id, body, query.lang),
  }),
  route({
    method: 'POST',
    url: '/api/directory/services/:id/checked',
    summary: 'Confirm that a service’s entry is still right today',
    tag,
    policy: { kind: 'action', action: 'directory.edit' },
    params: IdParams,
    query: ReferralMapQuery,
    response: StaffService,
    handler: async (ctx, { params, query }) => confirmServiceChecked(ctx, params.id, query.lang),
  }),
  route({
    method: 'GET',
    url: '/api/directory/referral-map',
    summary: 'Organisations that take referrals, with the needs their services meet',
    tag,
    policy: { kind: 'action', action: 'directory.read' },
    query: ReferralMapQuery,
    response: ReferralMap,
    handler: async (ctx, { query }) => referralMap(ctx, query.lang),
  }),
];
