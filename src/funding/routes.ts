import { route } from '../platform/http/route.ts';
import * as contract from './contract.ts';
import { allocate, fundingOf } from './verbs.ts';

const tag = 'Funding';

export const fundingRoutes = [
  route({
    ...contract.funding,
    summary:
      "A year's allocations with the services and people delivered under each, cost per service and per person",
    tag,
    policy: { kind: 'action', action: 'funding.read' },
    handler: async (ctx, { query }) => fundingOf(ctx, query.year),
  }),
  route({
    ...contract.allocate,
    summary: 'Record an allocation (the funding ministry only); answers with the year',
    tag,
    policy: { kind: 'action', action: 'funding.edit' },
    handler: async (ctx, { body }) => allocate(ctx, body),
  }),
];
