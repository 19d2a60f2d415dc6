// Answers over 1 KB of text and JSON go compressed to a client that accepts brotli or gzip, plain to
// one that does not; files (XLSX, PDF) are never compressed again; API answers, which hold personal
// data, are never stored by a cache.
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPRESSIBLE } from '../../src/app/http.ts';
import { DEMO_PASSWORD } from '../../src/demo/staff.ts';
import { type Client, loginAs, startTestApp, type TestApp } from '../support/harness.ts';

let app: TestApp;
let worker: Client;
let statistician: Client;

beforeAll(async () => {
  app = await startTestApp('pglite');
  worker = await loginAs(app, 'case.worker@atrama.test');
  statistician = await loginAs(app, 'statistician@atrama.test');
});
afterAll(() => app?.close());

const get = (url: string, client: Client | null, acceptEncoding?: string) =>
  app.app.inject({
    method: 'GET',
    url,
    headers: {
      host: 'localhost',
      ...(client ? { cookie: client.cookie } : {}),
      ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
    },
  });

const decoded = (body: Buffer, encoding: unknown) =>
  encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body;

// The directory of help as staff see it: a JSON answer of many kilobytes, behind a login.
const API_LIST = '/api/directory/services';
const FINDER_PAGE = '/lt/';

describe('compression by Accept-Encoding', () => {
  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
  ])('a large JSON answer asked with %s comes as %s, the same JSON', async (accept, expected) => {
    const plain = await get(API_LIST, worker);
    expect(plain.statusCode, plain.body).toBe(200);
    expect(plain.rawPayload.length).toBeGreaterThan(1024);
    const compressed = await get(API_LIST, worker, accept);
    expect(compressed.headers['content-encoding']).toBe(expected);
    expect(compressed.headers.vary).toMatch(/accept-encoding/i);
    expect(compressed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(JSON.parse(decoded(compressed.rawPayload, expected).toString())).toEqual(plain.json());
  });

  it.each([undefined, 'identity', 'deflate'])(
    'a client that does not accept brotli or gzip (%s) is answered plain',
    async (accept) => {
      const answer = await get(API_LIST, worker, accept);
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(Array.isArray((answer.json() as { items: unknown[] }).items)).toBe(true);
    },
  );

  it("the finder's server-rendered page is compressed", async () => {
    const plain = await get(FINDER_PAGE, null);
    const compressed = await get(FINDER_PAGE, null, 'br');
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(decoded(compressed.rawPayload, 'br').toString()).toBe(plain.body);
  });

  it('an answer under 1 KB is sent plain', async () => {
    const answer = await get('/healthz', null, 'br, gzip');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.json()).toEqual({ status: 'ok' });
  });

  it('a spreadsheet export is sent as its own bytes, never compressed again', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const url = `/api/statistics/export?format=xlsx&indicator=services_given&by=municipality&from=${today}&to=${today}`;
    const plain = await get(url, statistician);
    expect(plain.statusCode, plain.body).toBe(200);
    const asked = await get(url, statistician, 'br, gzip');
    expect(asked.headers['content-encoding']).toBeUndefined();
    expect(asked.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('a compressed request body is not inflated: it is refused as not JSON', async () => {
    const answer = await app.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: {
        host: 'localhost',
        origin: 'http://localhost',
        'content-type': 'application/json',
        'content-encoding': 'gzip',
      },
      payload: gzipSync(JSON.stringify({ email: 'case.worker@atrama.test', password: DEMO_PASSWORD })),
    });
    expect(answer.statusCode).toBe(400);
  });

  it.each([
    ['application/json; charset=utf-8', true],
    ['application/problem+json', true],
    ['text/html; charset=utf-8', true],
    ['text/csv; charset=utf-8', true],
    ['text/javascript', true],
    ['image/svg+xml', true],
    ['text/event-stream', false],
    ['application/pdf', false],
    ['application/octet-stream', false],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', false],
    ['image/png', false],
    ['image/jpeg', false],
  ])('%s compressed: %s', (type, expected) => {
    expect(COMPRESSIBLE.test(type)).toBe(expected);
  });
});

describe('caching', () => {
  it('an API answer, compressed or not, is never stored', async () => {
    for (const accept of [undefined, 'br']) {
      expect((await get(API_LIST, worker, accept)).headers['cache-control']).toBe('no-store');
    }
    expect((await get('/api/auth/session', null)).headers['cache-control']).toBe('no-store');
  });
});
