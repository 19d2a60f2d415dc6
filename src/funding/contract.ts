import { contract } from '../platform/http/contract.ts';
import { AllocationInput, FundingQuery, FundingView } from './model.ts';

// The routes of funding, as the staff app calls them.
// Each route spreads its contract into its definition; the staff app reads them as types only
// (src/web/staff/contract/routes.ts), so neither can change a path, a body or an answer alone.

export const funding = contract({
  method: 'GET',
  url: '/api/funding',
  query: FundingQuery,
  response: FundingView,
});

export const allocate = contract({
  method: 'POST',
  url: '/api/funding',
  body: AllocationInput,
  response: FundingView,
  status: 201,
});
