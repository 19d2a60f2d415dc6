// Behind a reverse proxy: the client's address and protocol come from X-Forwarded-For and
// X-Forwarded-Proto only when the request's direct peer is a listed proxy (ATRAMA_TRUST_PROXY), and
// the session cookie is Secure wherever the public address is https or the server runs in production.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/app/config.ts';
import { API_ROUTES } from '../../src/app/http.ts';
import { DEMO_PASSWORD } from '../../src/demo/staff.ts';
import { backends, ORIGIN, startTestApp, type TestApp } from '../support/harness.ts';

const PROXY = '10.0.0.1';
const IPV6_PROXIES = 'fd00:10::/64';
// Next to the proxy, but not listed: a client on the same network.
const NEIGHBOUR = '10.0.0.2';
const LIMIT = API_ROUTES.find((def) => def.url === '/api/auth/login')!.rateLimitPerMinute!;

type Attempt = {
  peer: string;
  forwardedFor?: string;
  forwardedProto?: string;
  origin?: string;
  email?: string;
  password?: string;
};

// Each wrong try names another unknown address, so only the rate limit, never an account's
// lockout, can stop them.
let tries = 0;

function login(app: TestApp, attempt: Attempt) {
  const { peer, forwardedFor, forwardedProto, origin = ORIGIN } = attempt;
  return app.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: peer,
    headers: {
      host: 'localhost',
      origin,
      'content-type': 'application/json',
      ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
      ...(forwardedProto ? { 'x-forwarded-proto': forwardedProto } : {}),
    },
    payload: JSON.stringify({
      email: attempt.email ?? `nobody-${++tries}@atrama.test`,
      password: attempt.password ?? 'wrong password',
    }),
  });
}

const demoLogin = (attempt: Attempt): Attempt => ({
  ...attempt,
  email: 'case.worker@atrama.test',
  password: DEMO_PASSWORD,
});

const cookieOf = (response: { headers: Record<string, unknown> }) => String(response.headers['set-cookie']);
const SECURE = /;\s*secure\s*(;|$)/i;

describe.each(backends())('behind a reverse proxy (%s)', (backend) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(backend, { env: 'development', trustProxy: [PROXY, IPV6_PROXIES] });
  });
  afterAll(() => app?.close());

  /** Spends a client's whole login budget on wrong passwords; `attempt` describes the i-th try. */
  async function exhaust(attempt: (i: number) => Attempt) {
    for (let i = 0; i < LIMIT; i++) expect((await login(app, attempt(i))).statusCode).toBe(401);
  }

  it('gives every client a listed proxy forwards a login limit of its own', async () => {
    await exhaust(() => ({ peer: PROXY, forwardedFor: '203.0.113.10' }));
    expect((await login(app, { peer: PROXY, forwardedFor: '203.0.113.10' })).statusCode).toBe(429);
    expect((await login(app, { peer: PROXY, forwardedFor: '203.0.113.11' })).statusCode).toBe(401);
    // The same proxy reached over IPv6 as an IPv4-mapped address is still the listed proxy.
    expect((await login(app, { peer: `::ffff:${PROXY}`, forwardedFor: '203.0.113.10' })).statusCode).toBe(
      429,
    );

    // A proxy listed by its IPv6 range; its clients counted per IPv6 /64 network.
    await exhaust(() => ({ peer: 'fd00:10::5', forwardedFor: '2001:db8:a::1' }));
    expect((await login(app, { peer: 'fd00:10::6', forwardedFor: '2001:db8:a::2' })).statusCode).toBe(429);
    expect((await login(app, { peer: 'fd00:10::6', forwardedFor: '2001:db8:b::1' })).statusCode).toBe(401);
  });

  it('ignores X-Forwarded-For from a peer that is not a listed proxy', async () => {
    await exhaust((i) => ({ peer: NEIGHBOUR, forwardedFor: `198.51.100.${i}` }));
    expect((await login(app, { peer: NEIGHBOUR, forwardedFor: '198.51.100.250' })).statusCode).toBe(429);
    expect((await login(app, { peer: NEIGHBOUR })).statusCode).toBe(429);
    // The forged addresses were not charged either.
    expect((await login(app, { peer: PROXY, forwardedFor: '198.51.100.0' })).statusCode).toBe(401);
  });

  it('believes the address the listed proxy appended, not one the client wrote before it', async () => {
    await exhaust((i) => ({ peer: PROXY, forwardedFor: `198.51.100.${i}, 203.0.113.20` }));
    expect((await login(app, { peer: PROXY, forwardedFor: '203.0.113.20' })).statusCode).toBe(429);
    expect(
      (await login(app, { peer: PROXY, forwardedFor: `${PROXY}, 192.0.2.1, 203.0.113.20` })).statusCode,
    ).toBe(429);
    // The client is always the address right before the listed proxies, however the line is written.
    expect((await login(app, { peer: PROXY, forwardedFor: '203.0.113.20, 203.0.113.21' })).statusCode).toBe(
      401,
    );
  });

  it('believes X-Forwarded-Proto from a listed proxy only', async () => {
    const https = 'https://localhost';
    const viaProxy = { peer: PROXY, forwardedFor: '203.0.113.30', forwardedProto: 'https' };
    expect((await login(app, { ...viaProxy, origin: https })).statusCode).toBe(401);
    const plainOrigin = await login(app, viaProxy);
    expect(plainOrigin.statusCode).toBe(403);
    expect(plainOrigin.json()).toMatchObject({ code: 'origin_rejected' });

    const forged = await login(app, { peer: '192.0.2.42', forwardedProto: 'https', origin: https });
    expect(forged.statusCode).toBe(403);
    expect(forged.json()).toMatchObject({ code: 'origin_rejected' });

    // The session cookie follows the protocol the proxy reports, and only a listed proxy's report.
    const secure = await login(app, demoLogin({ ...viaProxy, origin: https }));
    expect(secure.statusCode).toBe(200);
    expect(cookieOf(secure)).toMatch(SECURE);
    const plain = await login(app, demoLogin({ peer: '192.0.2.40', forwardedProto: 'https' }));
    expect(plain.statusCode).toBe(200);
    expect(cookieOf(plain)).not.toMatch(SECURE);
  });

  it('sends the session cookie without Secure in development over plain http', async () => {
    const answer = await login(app, demoLogin({ peer: '192.0.2.41' }));
    expect(answer.statusCode).toBe(200);
    expect(cookieOf(answer)).toMatch(/HttpOnly/i);
    expect(cookieOf(answer)).not.toMatch(SECURE);
  });
});

describe.each(backends())('the session cookie (%s)', (backend) => {
  const cases: [string, Partial<Config>, string][] = [
    ['an https public address', { publicUrl: 'https://atrama.example.lt' }, 'https://atrama.example.lt'],
    ['production', { env: 'production' }, ORIGIN],
  ];

  it.each(cases)(
    'is Secure with %s, even when the request came over plain http',
    async (_, overrides, origin) => {
      const app = await startTestApp(backend, overrides);
      try {
        const answer = await login(app, demoLogin({ peer: '192.0.2.50', origin }));
        expect(answer.statusCode).toBe(200);
        expect(cookieOf(answer)).toMatch(SECURE);
      } finally {
        await app.close();
      }
    },
  );
});
