import type { FastifyReply } from 'fastify';
import { notFound } from '../platform/errors.ts';
import { route } from '../platform/http/route.ts';
import * as contract from './contract.ts';
import {
  AUDIENCES,
  audienceTerm,
  HSDS_VERSION,
  needTerm,
  organisationFull,
  page,
  serviceAtLocation,
  serviceFull,
  serviceSummary,
  taxonomies,
} from './hsds.ts';
import type { Language } from './model.ts';
import {
  findServices,
  getService,
  listOrganisationRecords,
  lookup,
  publicLocationsOf,
  searchWords,
  servicesAtPublicLocations,
  termFilter,
} from './store.ts';

const tag = 'Directory (Open Referral HSDS 3.1)';
const PUBLIC = { kind: 'public' } as const;
const HSDS_PROFILE = 'https://atrama.lt/hsds-profile';

const offsetOf = (q: { page: number; per_page: number }) => (q.page - 1) * q.per_page;

/** A page of a list built in memory (the taxonomies are a handful of records). */
function pageOfList<T>(all: T[], q: { page: number; per_page: number }) {
  return page(all.slice(offsetOf(q), offsetOf(q) + q.per_page), all.length, q.page, q.per_page);
}

function allTerms(needs: Awaited<ReturnType<typeof lookup>>['needs'], lang: Language) {
  return [
    ...[...needs.values()].map((n) => needTerm(n, lang)),
    ...AUDIENCES.map((a) => audienceTerm(a, lang)),
  ];
}

/** Newline-delimited JSON: one HSDS object a line, for bulk consumers. */
function sendNdjson(reply: FastifyReply, items: unknown[]) {
  return reply
    .type('application/x-ndjson; charset=utf-8')
    .send(items.map((i) => `${JSON.stringify(i)}\n`).join(''));
}

export const directoryRoutes = [
  route({
    ...contract.hsdsRoot,
    summary: 'About this HSDS API: version, profile and the OpenAPI document',
    tag,
    policy: PUBLIC,
    handler: async () => ({ version: HSDS_VERSION, profile: HSDS_PROFILE, openapi_url: '/openapi.json' }),
  }),
  route({
    ...contract.hsdsServices,
    summary:
      'Services, paginated; search (any language, accents and typos forgiven), taxonomy_term_id, organization_id, modified_after',
    tag,
    policy: PUBLIC,
    rateLimitPerMinute: 600,
    handler: async (ctx, { query }, reply) => {
      const known = await lookup(ctx.readDb);
      const term = query.taxonomy_term_id ? termFilter(query.taxonomy_term_id, known.needs) : {};
      if (term === null) return page([], 0, query.page, query.per_page);
      const { rows, total } = await findServices(
        ctx.readDb,
        {
          words: searchWords(query.search),
          ...term,
          organisationId: query.organization_id,
          modifiedAfter: query.modified_after ? new Date(query.modified_after) : undefined,
        },
        offsetOf(query),
        query.per_page,
      );
      const contents = rows.map((s) => serviceSummary(s, known, query.lang));
      if (query.format === 'ndjson') return sendNdjson(reply, contents);
      return page(contents, total, query.page, query.per_page);
    },
  }),
  route({
    ...contract.hsdsService,
    summary: 'One service, fully nested (phones, schedules, areas, languages, locations, taxonomy terms)',
    tag,
    policy: PUBLIC,
    handler: async (ctx, { params, query }) => {
      const service = await getService(ctx.readDb, params.id);
      if (!service) throw notFound('The service');
      const locations = (await publicLocationsOf(ctx.readDb, [service.id])).get(service.id) ?? [];
      return serviceFull(service, locations, await lookup(ctx.readDb), query.lang);
    },
  }),
  route({
    ...contract.hsdsOrganizations,
    summary: 'Organisations, paginated',
    tag,
    policy: PUBLIC,
    handler: async (ctx, { query }) => {
      const { rows, total } = await listOrganisationRecords(ctx.readDb, offsetOf(query), query.per_page);
      const contents = rows.map((o) => {
        const { phones: _phones, services: _services, ...summary } = organisationFull(o, [], query.lang);
        return summary;
      });
      return page(contents, total, query.page, query.per_page);
    },
  }),
  route({
    ...contract.hsdsOrganization,
    summary: 'One organisation with its phones and services',
    tag,
    policy: PUBLIC,
    handler: async (ctx, { params, query }) => {
      const { rows } = await listOrganisationRecords(ctx.readDb, 0, 1, params.id);
      const org = rows[0];
      if (!org) throw notFound('The organisation');
      const known = await lookup(ctx.readDb);
      const { rows: services } = await findServices(
        ctx.readDb,
        { words: [], organisationId: org.id },
        0,
        1000,
      );
      return organisationFull(
        org,
        services.map((s) => serviceSummary(s, known, query.lang)),
        query.lang,
      );
    },
  }),
  route({
    ...contract.hsdsServicesAtLocations,
    summary: 'Services at their public locations, paginated',
    tag,
    policy: PUBLIC,
    handler: async (ctx, { query }) => {
      const known = await lookup(ctx.readDb);
      const { rows, total } = await servicesAtPublicLocations(ctx.readDb, offsetOf(query), query.per_page);
      const contents = rows.map((r) => ({
        ...serviceAtLocation(r.service.id, r.location, query.lang),
        service: serviceSummary(r.service, known, query.lang),
      }));
      return page(contents, total, query.page, query.per_page);
    },
  }),
  route({
    ...contract.hsdsServiceAtLocation,
    summary: 'One service at one public location',
    tag,
    policy: PUBLIC,
    handler: async (ctx, { params, query }) => {
      const { rows } = await servicesAtPublicLocations(ctx.readDb, 0, 1, params.id);
      const found = rows[0];
      if (!found) throw notFound('The service at this location');
      return {
        ...serviceAtLocation(found.service.id, found.location, query.lang),
        service: serviceSummary(found.service, await lookup(ctx.readDb), query.lang),
      };
    },
  }),
  route({
    ...contract.hsdsTaxonomies,
    summary: 'The taxonomies of needs and of who is helped',
    tag,
    policy: PUBLIC,
    handler: async (_ctx, { query }) => {
      return pageOfList(taxonomies(query.lang), query);
    },
  }),
  route({
    ...contract.hsdsTaxonomy,
    summary: 'One taxonomy',
    tag,
    policy: PUBLIC,
    handler: async (_ctx, { params, query }) => {
      const found = taxonomies(query.lang).find((t) => t.id === params.id);
      if (!found) throw notFound('The taxonomy');
      return found;
    },
  }),
  route({
    ...contract.hsdsTaxonomyTerms,
    summary: 'Taxonomy terms: needs and who is helped',
    tag,
    policy: PUBLIC,
    handler: async (ctx, { query }) => {
      return pageOfList(allTerms((await lookup(ctx.readDb)).needs, query.lang), query);
    },
  }),
  route({
    ...contract.hsdsTaxonomyTerm,
    summary: 'One taxonomy term',
    tag,
    policy: PUBLIC,
    handler: async (ctx, { params, query }) => {
      const found = allTerms((await lookup(ctx.readDb)).needs, query.lang).find((t) => t.id === params.id);
      if (!found) throw notFound('The taxonomy term');
      return found;
    },
  }),
];
