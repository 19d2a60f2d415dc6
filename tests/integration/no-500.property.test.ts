import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/app/http.ts';
import { backends, loginAs, ORIGIN, startTestApp, type TestApp } from '../support/harness.ts';

const HOSTILE = [
  "' OR 1=1 --",
  "'; DROP TABLE users; --",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '%00',
  '\u0000',
  '\ud800',
  '𝕬𝖙𝖗𝖆𝖒𝖆 ąčęėįšųūž',
  '__proto__',
  'constructor',
  '9'.repeat(400),
  'x'.repeat(70_000),
];

const garbageValue = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.jsonValue({ maxDepth: 4 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(null, true, -1, 1e308, Number.MAX_SAFE_INTEGER, [], {}),
);

const garbageBody = fc.oneof(
  garbageValue.map((v) => ({ raw: false as const, value: v })),
  fc
    .dictionary(
      fc.oneof(
        fc.string(),
        fc.constantFrom('__proto__', 'constructor', 'email', 'password', 'code', 'identity', 'role'),
      ),
      garbageValue,
    )
    .map((v) => ({ raw: false as const, value: v })),
  fc
    .constantFrom(
      '{',
      '{"a":',
      'null',
      '[]',
      '{"__proto__":{"admin":true}}',
      '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
    )
    .map((raw) => ({ raw: true as const, value: raw })),
);

const garbageQuery = fc.dictionary(
  fc.constantFrom('q', 'action', 'from', 'to', 'before', 'limit', 'outcome', 'recordId', '__proto__', 'x'),
  fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 50 })),
);

describe.each(backends())('no 500 for bad input on %s', (backend) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(backend);
  });
  afterAll(() => app?.close());

  // Admin reaches the management routes, the case worker the person routes, the auditor the trail.
  it.each(['admin@atrama.test', 'case.worker@atrama.test', 'auditor@atrama.test', ''])(
    'as %s every JSON route answers garbage with a problem, never 500',
    async (email) => {
      for (const def of API_ROUTES) {
        const client = email ? await loginAs(app, email) : null;
        await fc.assert(
          fc.asyncProperty(
            fc.string({ maxLength: 80 }),
            garbageQuery,
            garbageBody,
            async (id, query, body) => {
              const url = `${def.url.replace(/:\w+/g, encodeURIComponent(id) || 'x')}?${new URLSearchParams(query as Record<string, string>)}`;
              const sendsBody = def.method !== 'GET' && def.method !== 'DELETE';
              const response = await app.app.inject({
                method: def.method,
                url,
                headers: {
                  host: 'localhost',
                  origin: ORIGIN,
                  ...(client ? { cookie: client.cookie } : {}),
                  ...(sendsBody ? { 'content-type': 'application/json' } : {}),
                },
                ...(sendsBody
                  ? { payload: body.raw ? body.value : (JSON.stringify(body.value) ?? 'null') }
                  : {}),
              });
              expect(
                response.statusCode,
                `${def.method} ${url} → ${response.body.slice(0, 300)}`,
              ).toBeLessThan(500);
              if (response.statusCode >= 400) {
                expect(response.headers['content-type']).toContain('application/problem+json');
                expect(response.body).not.toMatch(/at .*\.ts:\d+|node_modules/);
              }
            },
          ),
          { numRuns: 60 },
        );
      }
    },
    // Sixty garbage requests to each of some ninety routes: minutes on a busy machine.
    300_000,
  );
});
