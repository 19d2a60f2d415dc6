import { route } from '../platform/http/route.ts';
import { AllocationInput, FundingQuery, FundingView } from './model.ts';
import { allocate, fundingOf } from './verbs.ts';

const tag = 'Funding';

export const fundingRoutes = [
  route({
    method: 'GET',
    url: '/api/funding',
    summary:
      "A year's allocations with the services and people delivered under each, cost per service and per person",
    tag,
    policy: { kind: 'action', action: 'funding.read' },
    query: FundingQuery,
    response: FundingView,
    handler: async (ctx, { query }) => fundingOf(ctx, query.year),
  }),
  route({
    method: 'POST',
    url: '/api/funding',
    summary: 'Record an allocation (the funding ministry only); answers with the year',
    tag,
    policy: { kind: 'action', action: 'funding.edit' },
    body: AllocationInput,
    response: FundingView,
    status: 201,
    handler: async (ctx, { body }) => allocate(ctx, body),
  }),
];
