// The reverse proxy of deploy/nginx/atrama.conf, run for real: nginx terminates TLS with a
// throwaway certificate in front of the app, which trusts it (ATRAMA_TRUST_PROXY) and only it. The
// app must see each client's own address and https, and never an X-Forwarded-For a client wrote.
// nginx is required (apt-get install -y nginx): a missing proxy fails this test, it is not skipped.

import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/app/http.ts';
import { DEMO_PASSWORD } from '../../src/demo/staff.ts';
import { freePort } from '../resilience/support.ts';
import { startTestApp, type TestApp } from '../support/harness.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync);
const PROXY = '127.0.0.1';
// Clients on other loopback addresses than the proxy's.
const CLIENT = '127.0.0.77';
const OTHER_CLIENT = '127.0.0.78';
// The client whose login budget is spent, on no other test's account.
const SPENDER = '127.0.0.79';
// Each wrong try names another unknown address, so only the rate limit, never a lockout, stops them.
let tries = 0;
const LOGIN_LIMIT = API_ROUTES.find((def) => def.url === '/api/auth/login')!.rateLimitPerMinute!;

/** Replaces `from` in the deploy config, and fails if it is no longer there to replace. */
function swap(text: string, from: string | RegExp, to: string) {
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`deploy/nginx/atrama.conf no longer has ${from}: update this test`);
  return changed;
}

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function send(
  port: number,
  method: string,
  url: string,
  options: {
    from: string;
    ca?: string;
    secure?: boolean;
    headers?: Record<string, string>;
    body?: unknown;
  },
): Promise<Answer> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  const secure = options.secure ?? true;
  const transport = secure ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = transport(
      {
        host: '127.0.0.1',
        port,
        method,
        path: url,
        localAddress: options.from,
        servername: 'localhost',
        ca: options.ca,
        agent: false,
        headers: {
          host: `localhost:${port}`,
          ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
          ...options.headers,
        },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

async function listening(port: number, nginx: ChildProcess, log: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (nginx.exitCode !== null)
      throw new Error(`nginx exited with ${nginx.exitCode}:\n${readFileSync(log, 'utf8')}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline)
      throw new Error(`nginx did not listen on ${port}:\n${readFileSync(log, 'utf8')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the deploy reverse proxy (nginx) in front of the app', () => {
  let app: TestApp;
  let nginx: ChildProcess;
  let folder: string;
  let https: number;
  let http: number;
  let ca: string;

  beforeAll(async () => {
    if (!NGINX)
      throw new Error(
        'nginx is missing: apt-get install -y nginx (the deploy proxy config runs in this test)',
      );
    folder = mkdtempSync(path.join(tmpdir(), 'atrama-nginx-'));
    // A throwaway certificate for localhost, made here and gone with the folder.
    const certificate = [
      '-keyout',
      path.join(folder, 'privkey.pem'),
      '-out',
      path.join(folder, 'fullchain.pem'),
    ];
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost'].concat([
        '-addext',
        'subjectAltName=DNS:localhost',
        ...certificate,
      ]),
      { stdio: 'ignore' },
    );
    ca = readFileSync(path.join(folder, 'fullchain.pem'), 'utf8');

    app = await startTestApp('pglite', { env: 'development', trustProxy: [PROXY] });
    await app.app.listen({ host: '127.0.0.1', port: 0 });
    const appPort = (app.app.server.address() as { port: number }).port;
    https = await freePort();
    http = await freePort();

    // The deploy file as it is, with only the addresses, ports and certificate folder of this machine.
    let site = readFileSync('deploy/nginx/atrama.conf', 'utf8');
    site = swap(site, /server app1:3000[^;]*;\s*server app2:3000[^;]*;/, `server 127.0.0.1:${appPort};`);
    site = swap(site, 'listen 80;', `listen 127.0.0.1:${http};`);
    site = swap(site, 'listen 443 ssl', `listen 127.0.0.1:${https} ssl`);
    site = swap(site, /\/etc\/nginx\/tls\//g, `${folder}/`);
    writeFileSync(path.join(folder, 'site.conf'), site);
    writeFileSync(
      path.join(folder, 'nginx.conf'),
      [
        'daemon off;',
        'worker_processes 1;',
        `pid ${folder}/nginx.pid;`,
        `error_log ${folder}/error.log warn;`,
        'events { worker_connections 128; }',
        'http {',
        `  access_log ${folder}/access.log;`,
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
          (kind) => `  ${kind}_temp_path ${folder}/${kind}-temp;`,
        ),
        `  include ${folder}/site.conf;`,
        '}',
      ].join('\n'),
    );
    const args = ['-p', folder, '-e', `${folder}/error.log`, '-c', `${folder}/nginx.conf`];
    const check = spawnSync(NGINX, ['-t', ...args], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    nginx = spawn(NGINX, args, { stdio: 'ignore' });
    await listening(https, nginx, `${folder}/error.log`);
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const gone = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill('SIGQUIT');
      await gone;
    }
    await app?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const login = (from: string, options: { forwardedFor?: string; password?: string; email?: string } = {}) =>
    send(https, 'POST', '/api/auth/login', {
      from,
      ca,
      headers: {
        origin: `https://localhost:${https}`,
        ...(options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {}),
      },
      body: {
        email: options.email ?? `nobody-${++tries}@atrama.test`,
        password: options.password ?? 'wrong',
      },
    });

  it('serves the app over TLS, and the app knows the request came over https', async () => {
    const answer = await login(CLIENT, { email: 'case.worker@atrama.test', password: DEMO_PASSWORD });
    // The Origin check passed with an https origin, and the cookie is Secure although the proxy
    // reached the app over plain http.
    expect(answer.status, answer.body).toBe(200);
    expect(String(answer.headers['set-cookie'])).toMatch(/;\s*secure\s*(;|$)/i);
  });

  it('believes no X-Forwarded-Proto a client sends the app directly', async () => {
    const appPort = (app.app.server.address() as { port: number }).port;
    const answer = await send(appPort, 'POST', '/api/auth/login', {
      from: CLIENT,
      secure: false,
      headers: { origin: `https://localhost:${appPort}`, 'x-forwarded-proto': 'https' },
      body: { email: 'case.worker@atrama.test', password: DEMO_PASSWORD },
    });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'origin_rejected' });
  });

  it('counts each client by its own address, whatever X-Forwarded-For the client wrote', async () => {
    // Each try forges another address; the proxy replaces it with the client's, so the one client
    // spends its one login budget.
    for (let i = 0; i < LOGIN_LIMIT; i++) {
      expect((await login(SPENDER, { forwardedFor: `198.51.100.${i}` })).status).toBe(401);
    }
    expect((await login(SPENDER, { forwardedFor: '198.51.100.250' })).status).toBe(429);
    expect((await login(SPENDER)).status).toBe(429);
    // Another client behind the same proxy keeps its own budget: the app does not count the proxy,
    // and a client naming the other cannot spend that one's budget either.
    expect((await login(OTHER_CLIENT)).status).toBe(401);
    expect((await login(OTHER_CLIENT, { forwardedFor: SPENDER })).status).toBe(401);
  });

  it('redirects plain http to https and keeps /metrics off the internet', async () => {
    const plain = await send(http, 'GET', '/staff/', { from: CLIENT, secure: false });
    expect(plain.status).toBe(301);
    expect(plain.headers.location).toBe('https://localhost/staff/');
    expect((await send(https, 'GET', '/metrics', { from: CLIENT, ca })).status).toBe(404);
  });
});
