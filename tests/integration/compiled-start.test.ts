// The compiled server, as `npm start` runs it: built when the build is not current, started from
// build/ on the embedded database, it finds everything it reads beside its modules (migrations, the
// finder's assets, the web apps) and serves the web apps' files compressed at build, cached by hash.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/staff.ts';
import { freePort, type ServerProcess, startProcess } from '../resilience/support.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'atrama-compiled-'));
let server: ServerProcess;

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/ensure-built.mjs'], { stdio: 'inherit' });
  // The service manager's pre-start check passes on the build just made (it throws on exit 1).
  execFileSync(process.execPath, ['scripts/ensure-built.mjs', '--check'], { stdio: 'inherit' });
  server = await startProcess('build/app/main.js', {
    PORT: String(await freePort()),
    DATABASE_URL: '',
    ATRAMA_DATA_DIR: path.join(folder, 'data'),
    ATRAMA_KEY_DIR: path.join(folder, 'keys'),
    LOG_LEVEL: 'warn',
  });
}, 600_000);
afterAll(async () => {
  await server?.kill('SIGTERM');
  rmSync(folder, { recursive: true, force: true });
});

describe('the compiled server', () => {
  it('is ready, and serves a page and the API', async () => {
    expect((await fetch(`${server.base}/readyz`)).status).toBe(200);
    const finder = await fetch(`${server.base}/lt/`);
    expect(finder.status).toBe(200);
    expect(await finder.text()).toContain('<html lang="lt"');
    // The public statistics page and its stylesheet, rendered by the compiled modules.
    const statistics = await fetch(`${server.base}/statistics/?lang=en`);
    expect(statistics.status).toBe(200);
    const html = await statistics.text();
    expect(html).toContain('<html lang="en"');
    const stylesheet = /href="(\/statistics\/[^"]+\.css[^"]*)"/.exec(html)?.[1];
    expect(stylesheet).toBeDefined();
    expect((await fetch(`${server.base}${stylesheet}`)).status).toBe(200);
    const login = await fetch(`${server.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.base },
      body: JSON.stringify({ email: 'case.worker@atrama.test', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    expect(login.headers.get('cache-control')).toBe('no-store');
  });

  it("sends the staff app's hashed files as compressed at build, kept a year; its page asked again", async () => {
    const page = await fetch(`${server.base}/staff/`, { headers: { 'accept-encoding': 'br' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const script = /src="\/staff\/(assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
    expect(script).toBeTruthy();
    const onDisk = readFileSync(path.join('dist/staff', script!), 'utf8');
    for (const encoding of ['br', 'gzip']) {
      const answer = await fetch(`${server.base}/staff/${script}`, {
        headers: { 'accept-encoding': encoding },
      });
      expect(answer.headers.get('content-encoding')).toBe(encoding);
      expect(answer.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(await answer.text()).toBe(onDisk);
    }
    const plain = await fetch(`${server.base}/staff/${script}`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(onDisk);
    // A file of another version is not found, never answered with the app's page.
    const gone = await fetch(`${server.base}/staff/assets/index-0ld0ld0l.js`);
    expect(gone.status).toBe(404);
    expect(await gone.text()).not.toContain('<html');
  });
});
