import { contract } from '../platform/http/contract.ts';
import { AccessReview, AccessReviewQuery, AuditPage, AuditQuery, ChainCheckView } from './model.ts';

// The routes of the audit trail, as the staff app calls them.
// Each route spreads its contract into its definition; the staff app reads them as types only
// (src/web/staff/contract/routes.ts), so neither can change a path, a body or an answer alone.

export const auditTrail = contract({
  method: 'GET',
  url: '/api/audit',
  query: AuditQuery,
  response: AuditPage,
});

export const accessReview = contract({
  method: 'GET',
  url: '/api/audit/access-review',
  query: AccessReviewQuery,
  response: AccessReview,
});

export const verifyAuditTrail = contract({
  method: 'GET',
  url: '/api/audit/verify',
  response: ChainCheckView,
});
