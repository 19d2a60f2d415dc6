import { IdParams } from '../access/model.ts';
import { contract } from '../platform/http/contract.ts';
import {
  ExportQuery,
  LookupQuery,
  RestrictionInput,
  RestrictionView,
  SubjectExport,
  SubjectRequestInput,
  SubjectRequestList,
  SubjectRequestView,
  SubjectView,
} from './model.ts';

// The routes of the data protection officer, as the staff app calls them.
// Each route spreads its contract into its definition; the staff app reads them as types only
// (src/web/staff/contract/routes.ts), so neither can change a path, a body or an answer alone.

export const lookupSubject = contract({
  method: 'GET',
  url: '/api/people/lookup',
  query: LookupQuery,
  response: SubjectView,
});

export const exportSubject = contract({
  method: 'GET',
  url: '/api/people/:id/export',
  params: IdParams,
  query: ExportQuery,
  response: SubjectExport,
});

export const restrictSubject = contract({
  method: 'POST',
  url: '/api/people/:id/restriction',
  params: IdParams,
  body: RestrictionInput,
  response: RestrictionView,
});

export const eraseSubject = contract({
  method: 'POST',
  url: '/api/people/:id/erase',
  params: IdParams,
  response: null,
});

export const subjectRequests = contract({
  method: 'GET',
  url: '/api/rights/requests',
  response: SubjectRequestList,
});

export const registerSubjectRequest = contract({
  method: 'POST',
  url: '/api/rights/requests',
  body: SubjectRequestInput,
  response: SubjectRequestView,
  status: 201,
});

export const answerSubjectRequest = contract({
  method: 'POST',
  url: '/api/rights/requests/:id/answered',
  params: IdParams,
  response: SubjectRequestView,
});
