import { IdParams } from '../access/model.ts';
import { contract } from '../platform/http/contract.ts';
import {
  HsdsIdParams,
  HsdsOne,
  HsdsPage,
  HsdsRoot,
  HsdsTaxonomyTerm,
  HsdsTaxonomyTermPage,
  ListQuery,
  OneQuery,
  ReferralMap,
  ReferralMapQuery,
  ServiceQuery,
  StaffService,
  StaffServiceList,
  StaffServiceQuery,
  UpdateServiceInput,
} from './model.ts';

// The routes of the directory of help: the staff's, and the public Open Referral HSDS API.
// Each route spreads its contract into its definition; the staff app reads them as types only
// (src/web/staff/contract/routes.ts), so neither can change a path, a body or an answer alone.

export const staffServices = contract({
  method: 'GET',
  url: '/api/directory/services',
  query: StaffServiceQuery,
  response: StaffServiceList,
});

export const updateService = contract({
  method: 'PATCH',
  url: '/api/directory/services/:id',
  params: IdParams,
  query: ReferralMapQuery,
  body: UpdateServiceInput,
  response: StaffService,
});

export const markServiceChecked = contract({
  method: 'POST',
  url: '/api/directory/services/:id/checked',
  params: IdParams,
  query: ReferralMapQuery,
  response: StaffService,
});

export const referralMap = contract({
  method: 'GET',
  url: '/api/directory/referral-map',
  query: ReferralMapQuery,
  response: ReferralMap,
});

export const hsdsRoot = contract({
  method: 'GET',
  url: '/hsds/',
  response: HsdsRoot,
});

export const hsdsServices = contract({
  method: 'GET',
  url: '/hsds/services',
  query: ServiceQuery,
  response: HsdsPage,
});

export const hsdsService = contract({
  method: 'GET',
  url: '/hsds/services/:id',
  params: HsdsIdParams,
  query: OneQuery,
  response: HsdsOne,
});

export const hsdsOrganizations = contract({
  method: 'GET',
  url: '/hsds/organizations',
  query: ListQuery,
  response: HsdsPage,
});

export const hsdsOrganization = contract({
  method: 'GET',
  url: '/hsds/organizations/:id',
  params: HsdsIdParams,
  query: OneQuery,
  response: HsdsOne,
});

export const hsdsServicesAtLocations = contract({
  method: 'GET',
  url: '/hsds/service_at_locations',
  query: ListQuery,
  response: HsdsPage,
});

export const hsdsServiceAtLocation = contract({
  method: 'GET',
  url: '/hsds/service_at_locations/:id',
  params: HsdsIdParams,
  query: OneQuery,
  response: HsdsOne,
});

export const hsdsTaxonomies = contract({
  method: 'GET',
  url: '/hsds/taxonomies',
  query: ListQuery,
  response: HsdsPage,
});

export const hsdsTaxonomy = contract({
  method: 'GET',
  url: '/hsds/taxonomies/:id',
  params: HsdsIdParams,
  query: OneQuery,
  response: HsdsOne,
});

export const hsdsTaxonomyTerms = contract({
  method: 'GET',
  url: '/hsds/taxonomy_terms',
  query: ListQuery,
  response: HsdsTaxonomyTermPage,
});

export const hsdsTaxonomyTerm = contract({
  method: 'GET',
  url: '/hsds/taxonomy_terms/:id',
  params: HsdsIdParams,
  query: OneQuery,
  response: HsdsTaxonomyTerm,
});
