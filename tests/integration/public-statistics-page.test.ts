import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yearsOffered } from '../../src/web/statistics/routes.ts';
import { backends, type Client, clientFor, startTestApp, type TestApp } from '../support/harness.ts';
import { writeYear } from '../support/year-rows.ts';

// The public statistics page through HTTP, as anyone reads it: server-rendered in Lithuanian and
// English, the year in the address, hidden counts in words, a CSV file per table holding what the
// table shows, and cached like published figures may be.

const [THIS_YEAR, LAST_YEAR] = yearsOffered(new Date()) as [number, number];

/** The text of a table's cells, row by row (header cells too), without the markup. */
function tableCells(page: string, testId: string): string[][] {
  const table = page.match(new RegExp(`<table data-testid="${testId}"[\\s\\S]*?</table>`))?.[0] ?? '';
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
      cell[1]!.replace(/<[^>]+>/g, '').trim(),
    ),
  );
}

/** A number as the English page writes it ("1,234", "2.5"), or the word for a hidden count. */
const readEnglish = (text: string) => (text === 'hidden' ? null : Number(text.replace(/,/g, '')));

describe.each(backends())('the public statistics page on %s', (backend) => {
  let app: TestApp;
  let anyone: Client;

  beforeAll(async () => {
    app = await startTestApp(backend);
    // Last year has people; this year has none, so the page opens on last year.
    await writeYear(app, LAST_YEAR, 40);
    anyone = clientFor(app);
  });
  afterAll(() => app?.close());

  it('opens on the newest year with figures, in Lithuanian, with no script and no cookie', async () => {
    const page = await anyone.request('GET', '/statistics/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(page.body).toContain('<html lang="lt">');
    expect(page.body).not.toMatch(/<script/i);
    expect(page.body).toContain(`href="/statistics/?year=${LAST_YEAR}&amp;lang=lt" aria-current="page"`);
    expect(page.body).toContain('Pagalbos tarnybos');
    expect(page.body).toContain('mažiau nei 5');
    expect(page.body).toContain('data-testid="public-language"');
    expect(page.body).toContain(`href="/statistics/?year=${LAST_YEAR}&amp;lang=en"`);
    expect(Buffer.byteLength(page.body)).toBeLessThan(60 * 1024);
  });

  it('shows the year and language of the address, hidden counts in words, and bar charts as images', async () => {
    const page = await anyone.request('GET', `/statistics/?year=${LAST_YEAR}&lang=en`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html lang="en">');
    expect(page.body).toContain(`Support services in ${LAST_YEAR}`);
    expect(page.body).toContain('Hidden: fewer than 5');
    expect(page.body).toMatch(/<td class="numeric hidden"[^>]*>hidden<\/td>/);
    expect(page.body).toMatch(
      /<svg class="chart" role="img" aria-labelledby="services-chart-title services-chart-desc"/,
    );
    const served = tableCells(page.body, 'yearly-table').find((row) => row[0] === 'People given services');
    expect(readEnglish(served![1]!)).toBeGreaterThanOrEqual(5);
    const lithuanian = await anyone.request('GET', `/statistics/?year=${LAST_YEAR}&lang=lt`);
    expect(lithuanian.body).toMatch(/<td class="numeric hidden"[^>]*>paslėpta<\/td>/);
    expect(lithuanian.body).toContain('Asmenys, kuriems suteiktos paslaugos');
  });

  it.each(['yearly', 'services', 'crimes', 'people'])(
    'links a CSV file of the %s table that holds what the table shows',
    async (table) => {
      const page = await anyone.request('GET', `/statistics/?year=${LAST_YEAR}&lang=en`);
      const href = `/statistics/${table}.csv?year=${LAST_YEAR}&lang=en`;
      expect(page.body).toContain(`href="${href.replace(/&/g, '&amp;')}"`);
      const file = await anyone.request('GET', href);
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toMatch(/^text\/csv/);
      expect(file.headers['content-disposition']).toContain(`atrama-${table}-${LAST_YEAR}-en.csv`);
      const csv = parse(file.raw, { bom: true }) as string[][];
      const shown = tableCells(page.body, table === 'yearly' ? 'yearly-table' : `public-${table}-table`);
      expect(csv.length).toBe(shown.length);
      expect(csv[0]).toEqual(shown[0]);
      csv.slice(1).forEach((row, i) => {
        expect(row[0]).toBe(shown[i + 1]![0]);
        expect(row.slice(1).map((cell) => (cell === '' ? null : Number(cell)))).toEqual(
          shown[i + 1]!.slice(1).map(readEnglish),
        );
      });
    },
  );

  it('lets a browser keep a page ten minutes and ask again with its validator', async () => {
    const first = await anyone.request('GET', `/statistics/?year=${LAST_YEAR}&lang=lt`);
    expect(first.headers['cache-control']).toBe('public, max-age=600');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await app.app.inject({
      method: 'GET',
      url: `/statistics/?year=${LAST_YEAR}&lang=lt`,
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const english = await anyone.request('GET', `/statistics/?year=${LAST_YEAR}&lang=en`);
    expect(english.headers.etag).not.toBe(etag);
    const file = await anyone.request('GET', `/statistics/people.csv?year=${LAST_YEAR}&lang=lt`);
    expect(file.headers['cache-control']).toBe('public, max-age=600');
    expect(file.headers.etag).toMatch(/^W\/".+"$/);
    const css = await anyone.request('GET', '/statistics/statistics.css');
    expect(css.status).toBe(200);
    expect(css.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('shows a year without figures as zeros, and says which years there are for one not offered', async () => {
    const empty = await anyone.request('GET', `/statistics/?year=${THIS_YEAR}&lang=en`);
    expect(empty.status).toBe(200);
    expect(empty.body).toContain('is not over yet');
    const old = await anyone.request('GET', '/statistics/?year=2001&lang=en');
    expect(old.status).toBe(404);
    expect(old.body).toContain('No figures for that year');
    expect(old.body).toContain(`href="/statistics/?year=${LAST_YEAR}&amp;lang=en"`);
    const lithuanian = await anyone.request('GET', '/statistics/?year=2001');
    expect(lithuanian.body).toContain('Šių metų skaičių nėra');
    const bad = await anyone.request('GET', '/statistics/?year=soon&lang=en');
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('That address is not right');
    const missing = await anyone.request('GET', '/statistics/secrets.csv?lang=en');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('No such page');
    const bare = await anyone.request('GET', '/statistics?year=2001&lang=en');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/statistics/?year=2001&lang=en');
  });

  it('answers any query string with a page or a clear refusal, never a server error', async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        '2000',
        '2100',
        '1e3',
        '-1',
        '0x7e9',
        'NaN',
        'Infinity',
        '',
        ' ',
        '<b>',
        '%00',
        'en',
        'lt',
      ),
      fc.integer().map(String),
    );
    const key = fc.oneof(
      fc.constantFrom('year', 'lang', '__proto__', 'constructor'),
      fc.string({ maxLength: 10 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(key, value), { maxLength: 5 }),
        fc.constantFrom('/statistics/', '/statistics/people.csv', '/statistics/x'),
        async (pairs, path) => {
          const query = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
          const response = await anyone.request('GET', `${path}?${query}`);
          expect(response.status, `${path}?${query}`).toBeGreaterThanOrEqual(200);
          expect(response.status, `${path}?${query}`).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
  });
});
