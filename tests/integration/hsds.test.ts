import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/directory/model.ts';
import { directoryLocations } from '../../src/directory/tables.ts';
import { backends, clientFor, loginAs, startTestApp, type TestApp } from '../support/harness.ts';

const STANDARD = new URL('../../standards/hsds-3.1/', import.meta.url);
const schemaFile = (name: string) => JSON.parse(readFileSync(new URL(name, STANDARD), 'utf8'));

const ajv = new Ajv({ strict: false, allErrors: true });
// ajv-formats is CommonJS: its plugin is the default export's default.
const addFormats = ((formats as unknown as { default?: unknown }).default ?? formats) as (ajv: Ajv) => Ajv;
addFormats(ajv);
// The uncompiled schemas refer to each other by file name.
for (const name of ['metadata.json', 'taxonomy.json', 'taxonomy_term.json', 'attribute.json'])
  ajv.addSchema(schemaFile(name), name);
const compile = (name: string): ValidateFunction => ajv.getSchema(name) ?? ajv.compile(schemaFile(name));
const SCHEMAS = {
  service: compile('compiled/service.json'),
  serviceList: compile('compiled/service_list.json'),
  organization: compile('compiled/organization.json'),
  organizationList: compile('compiled/organization_list.json'),
  serviceAtLocation: compile('compiled/service_at_location.json'),
  serviceAtLocationList: compile('compiled/service_at_location_list.json'),
  taxonomy: compile('taxonomy.json'),
  taxonomyTerm: compile('taxonomy_term.json'),
  page: ajv.compile(schemaFile('openapi.json').components.schemas.Page),
};

type Page = { contents: { id: string }[]; total_items: number; total_pages: number; size: number };

function expectValid(validate: ValidateFunction, value: unknown, what: string) {
  const ok = validate(value);
  expect(ok ? [] : (validate.errors ?? []).map((e) => `${what} ${e.instancePath} ${e.message}`)).toEqual([]);
}

describe.each(backends())('HSDS API on %s', (backend) => {
  let app: TestApp;
  const bodies: string[] = [];
  const get = async (url: string) => {
    const response = await clientFor(app).request('GET', url);
    bodies.push(response.body);
    return response;
  };
  const json = async <T>(url: string): Promise<T> => {
    const response = await get(url);
    expect(response.status, `${url} → ${response.body.slice(0, 300)}`).toBe(200);
    return response.json() as T;
  };

  beforeAll(async () => {
    app = await startTestApp(backend);
  });
  afterAll(() => app?.close());

  it('describes itself', async () => {
    expect(await json('/hsds/')).toEqual({
      version: '3.1',
      profile: expect.any(String),
      openapi_url: '/openapi.json',
    });
  });

  it.each(LANGUAGES)(
    'validates every service, list and detail, against the official schemas (%s)',
    async (lang) => {
      const list = await json<Page>(`/hsds/services?lang=${lang}&per_page=100`);
      expectValid(SCHEMAS.page, list, 'page');
      expect(list.total_items).toBeGreaterThan(10);
      for (const item of list.contents) {
        expectValid(SCHEMAS.serviceList, item, `list item ${item.id}`);
        expectValid(
          SCHEMAS.service,
          await json(`/hsds/services/${item.id}?lang=${lang}`),
          `service ${item.id}`,
        );
      }
    },
  );

  it.each(LANGUAGES)('validates organisations, services at locations and taxonomies (%s)', async (lang) => {
    const orgs = await json<Page>(`/hsds/organizations?lang=${lang}&per_page=100`);
    expectValid(SCHEMAS.page, orgs, 'page');
    for (const item of orgs.contents) {
      expectValid(SCHEMAS.organizationList, item, `organisation ${item.id}`);
      expectValid(
        SCHEMAS.organization,
        await json(`/hsds/organizations/${item.id}?lang=${lang}`),
        `organisation ${item.id}`,
      );
    }
    const sals = await json<Page>(`/hsds/service_at_locations?lang=${lang}&per_page=100`);
    expect(sals.total_items).toBeGreaterThan(0);
    for (const item of sals.contents) {
      expectValid(SCHEMAS.serviceAtLocationList, item, `service at location ${item.id}`);
      expectValid(
        SCHEMAS.serviceAtLocation,
        await json(`/hsds/service_at_locations/${item.id}?lang=${lang}`),
        item.id,
      );
    }
    const taxonomies = await json<Page>(`/hsds/taxonomies?lang=${lang}`);
    for (const item of taxonomies.contents) {
      expectValid(SCHEMAS.taxonomy, item, 'taxonomy');
      expectValid(SCHEMAS.taxonomy, await json(`/hsds/taxonomies/${item.id}?lang=${lang}`), 'taxonomy');
    }
    const terms = await json<Page>(`/hsds/taxonomy_terms?lang=${lang}&per_page=100`);
    expect(terms.total_items).toBeGreaterThanOrEqual(14);
    for (const item of terms.contents) {
      expectValid(SCHEMAS.taxonomyTerm, item, 'term');
      expectValid(SCHEMAS.taxonomyTerm, await json(`/hsds/taxonomy_terms/${item.id}?lang=${lang}`), 'term');
    }
  });

  it('never shows a confidential location in any public answer', async () => {
    const hidden = await app.services.database.db
      .select()
      .from(directoryLocations)
      .where(eq(directoryLocations.confidential, true));
    expect(hidden.length).toBeGreaterThan(0);
    // Walk every public route in every language, lists and each record, plus searches that
    // would match the shelter.
    const seen: string[] = [];
    const walk = async (url: string) => {
      const response = await get(url);
      seen.push(response.body);
      return response;
    };
    for (const lang of LANGUAGES) {
      for (const list of [
        'services',
        'organizations',
        'service_at_locations',
        'taxonomies',
        'taxonomy_terms',
      ]) {
        const page = (await walk(`/hsds/${list}?lang=${lang}&per_page=100`)).json() as Page;
        for (const item of page.contents) await walk(`/hsds/${list}/${item.id}?lang=${lang}`);
      }
      await walk(`/hsds/services?lang=${lang}&per_page=100&format=ndjson`);
      await walk(`/hsds/services?lang=${lang}&search=apgyvendinimas`);
      await walk(`/hsds/services?lang=${lang}&search=shelter`);
    }
    await walk('/hsds/');
    await walk('/openapi.json');
    expect(seen.length).toBeGreaterThan(200);
    const bodies = seen;
    for (const location of hidden) {
      const name = location.doc as { name: { lt: string; en: string } };
      for (const needle of [location.id, location.slug, name.name.lt, name.name.en]) {
        expect(
          bodies.filter((body) => body.includes(needle)),
          needle,
        ).toEqual([]);
      }
    }
  });

  it('finds services by misspelt, unaccented words in any language, and by need and organisation', async () => {
    const names = async (query: string) =>
      (
        await json<{ contents: { name: string; organization?: { name: string } }[] }>(
          `/hsds/services?lang=en&${query}`,
        )
      ).contents.map((s) => `${s.name} / ${s.organization?.name}`);
    expect((await names('search=karitas')).join('\n')).toMatch(/Caritas/);
    expect((await names('search=vyru%20krizes')).join('\n')).toMatch(/Men/);
    const terms = await json<{ contents: { id: string; code: string }[] }>(
      '/hsds/taxonomy_terms?per_page=100',
    );
    const labour = terms.contents.find((t) => t.code === 'labour_exploitation')!;
    const found = await names(`taxonomy_term_id=${labour.id}`);
    expect(found.join('\n')).toMatch(/Labour Inspectorate/);
    const orgs = await json<{ contents: { id: string; name: string }[] }>(
      '/hsds/organizations?lang=en&per_page=100',
    );
    const police = orgs.contents.find((o) => o.name === 'Lithuanian Police')!;
    const byOrg = await json<Page>(`/hsds/services?organization_id=${police.id}`);
    expect(byOrg.total_items).toBeGreaterThan(0);
  });

  it('caps per_page, refuses unknown or malformed parameters with a problem, and survives hostile searches', async () => {
    const capped = await json<Page>('/hsds/services?per_page=100000');
    expect(capped.size).toBeLessThanOrEqual(100);
    for (const url of [
      '/hsds/services?colour=red',
      '/hsds/services?page=0',
      '/hsds/services?lang=fr',
      '/hsds/services/not-a-uuid',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    for (const search of [
      "' or 1=1 --",
      '<script>alert(1)</script>',
      '😀🆘',
      '"quoted"',
      'x'.repeat(10_000),
      '%_\\',
    ]) {
      const response = await get(`/hsds/services?search=${encodeURIComponent(search)}`);
      expect(response.status, search.slice(0, 20)).toBeLessThan(500);
    }
    expect((await get('/hsds/services/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('streams NDJSON, one service a line, and sets no cookie on any public answer', async () => {
    const response = await get('/hsds/services?format=ndjson&per_page=100');
    expect(response.headers['content-type']).toContain('application/x-ndjson');
    const lines = response.body.trim().split('\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expectValid(SCHEMAS.serviceList, JSON.parse(line), 'ndjson line');
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.headers['access-control-allow-origin']).toBe('*');
  });

  it('shows staff which organisations take referrals for which needs', async () => {
    const worker = await loginAs(app, 'border.guard@atrama.test');
    const response = await worker.request('GET', '/api/directory/referral-map?lang=en');
    expect(response.status).toBe(200);
    const { items } = response.json() as {
      items: { organisation: { name: string }; needs: { code: string }[] }[];
    };
    const caritas = items.find((i) => i.organisation.name.startsWith("Caritas' Centre"));
    expect(caritas?.needs.map((n) => n.code)).toEqual(expect.arrayContaining(['trafficking', 'shelter']));
    // A reporting line is not a place to refer a person to.
    expect(items.some((i) => i.organisation.name === 'State Labour Inspectorate')).toBe(false);
    expect((await clientFor(app).request('GET', '/api/directory/referral-map')).status).toBe(401);
  });
});
