// The per-address rate limits (login, search): they hold for one address and for one IPv6 network,
// and a client that goes away in the middle of its request (a closed tab, a dropped phone
// connection) is let go without the server logging a failure of its own.

import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/access/sessions.ts';
import { API_ROUTES } from '../../src/app/http.ts';
import { ORIGIN, startTestApp, type TestApp } from '../support/harness.ts';

describe('rate limits', () => {
  let app: TestApp;
  let port: number;
  beforeAll(async () => {
    app = await startTestApp('pglite', { logLevel: 'info' });
    // A server under load: every request waits a little before the route's own hooks run.
    app.app.addHook('onRequest', () => new Promise((resolve) => setTimeout(resolve, 100)));
    await app.app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.app.server.address() as AddressInfo).port;
  });
  afterAll(() => app?.close());

  // Each try names another unknown address, so the rate limit answers, not a lockout of one address.
  let tries = 0;
  const login = (remoteAddress: string) =>
    app.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress,
      headers: { host: 'localhost', origin: ORIGIN, 'content-type': 'application/json' },
      payload: JSON.stringify({ email: `nobody-${++tries}@atrama.test`, password: 'wrong password' }),
    });

  it('answers 429 past the limit to one address, and to one IPv6 /64 network, but not to the next client', async () => {
    const limit = API_ROUTES.find((def) => def.url === '/api/auth/login')!.rateLimitPerMinute!;
    for (let i = 0; i < limit; i++) expect((await login('127.9.9.9')).statusCode).toBe(401);
    const refused = await login('127.9.9.9');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect((await login('127.9.9.10')).statusCode).toBe(401);

    for (let i = 0; i < limit; i++) expect((await login(`2001:db8:1:2::${i + 1}`)).statusCode).toBe(401);
    expect((await login('2001:db8:1:2:ffff::1')).statusCode).toBe(429);
    expect((await login('2001:db8:1:3::1')).statusCode).toBe(401);
  });

  // The rate-limited routes look at the client's address after the session lookup has waited for
  // the database: by then the address of a closed connection is gone.
  const limited = API_ROUTES.filter((def) => def.rateLimitPerMinute).map((def) => `${def.method} ${def.url}`);

  it.each(limited)('%s logs no failure when the client is gone mid-request', async (route) => {
    const [method, url] = route.split(' ') as [string, string];
    const logged = app.logs.length;
    const body = method === 'GET' ? '' : '{}';
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      `${method} ${url.replace(/:\w+/g, '00000000-0000-4000-8000-000000000000')} HTTP/1.1\r\n` +
        `host: 127.0.0.1:${port}\r\norigin: http://127.0.0.1:${port}\r\n` +
        `cookie: ${SESSION_COOKIE}=${'a'.repeat(43)}\r\ncontent-type: application/json\r\n` +
        `content-length: ${body.length}\r\n\r\n${body}`,
    );
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The request reached the server; it found nobody to answer.
    expect(app.logs.slice(logged).some((line) => line.includes('incoming request'))).toBe(true);
    const failures = app.logs.slice(logged).filter((line) => /"level":(50|60)/.test(line));
    expect(failures.map((line) => line.slice(0, 400))).toEqual([]);
  });
});
