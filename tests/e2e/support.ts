import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { currentTotp } from '../../src/access/totp.ts';
import { DEMO_PASSWORD, DEMO_STAFF, DEMO_TOTP_SECRET } from '../../src/demo/staff.ts';

export const CHROMIUM = process.env.ATRAMA_CHROMIUM ?? '/usr/bin/chromium';
export const SHOTS = path.resolve('test-results/screenshots');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export type RunningServer = { base: string; output: () => string; stop(): Promise<number | null> };

/** The built app as a user gets it: `src/app/main.ts` in its own process, on a fresh embedded database. */
export async function startServer(): Promise<RunningServer> {
  if (!existsSync('dist/staff/index.html')) throw new Error('Build the staff app first: npm run build');
  const folder = mkdtempSync(path.join(tmpdir(), 'atrama-e2e-'));
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/app/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      ATRAMA_DATA_DIR: path.join(folder, 'data'),
      ATRAMA_KEY_DIR: path.join(folder, 'keys'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const poll = setInterval(() => {
      if (output.includes('Atrama is running')) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve();
      }
    }, 100);
    child.on('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    base: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: async () => {
      child.removeAllListeners('exit');
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const code = await exited;
      rmSync(folder, { recursive: true, force: true });
      return code;
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

/** Full-page screenshot under test-results/screenshots, at the page's current viewport. */
export async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** axe-core on the page as it is; the page's context must bypass CSP so the checker can be injected. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations;
  })) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * The built app on a fresh server and one Chromium for a test file: started before its tests,
 * stopped after them. Read `server` and `browser` inside the tests.
 */
export function serverAndBrowser(): { readonly server: RunningServer; readonly browser: Browser } {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
  };
}

export type ApiCall = (method: string, path: string, body?: unknown) => Promise<Response>;

/** Log a demo account in through the API (with its second factor when it has one); calls as them. */
export async function apiAs(base: string, email: string, totp = false): Promise<ApiCall> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login as ${email}: ${login.status}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const call: ApiCall = (method, path, body) =>
    fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', origin: base, cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  if (totp) {
    const second = await call('POST', '/api/auth/totp', { code: currentTotp(DEMO_TOTP_SECRET, email) });
    if (second.status !== 200) throw new Error(`second factor for ${email}: ${second.status}`);
  }
  return call;
}

/** A border guard's intake of a named Ukrainian woman, as the intake screen would send it. */
export async function recordNamedPerson(guard: ApiCall): Promise<{ caseId: string; reference: string }> {
  const draft = randomUUID();
  await guard('PUT', `/api/intake-drafts/${draft}`, {
    data: {
      kind: 'trafficking',
      metAt: new Date(Date.now() - 3_600_000).toISOString(),
      municipality: 'Vilnius',
      firstContactKind: 'border_guard',
      exploitationForms: ['ForcedLabour'],
      sex: 'female',
      languages: ['uk'],
      identity: { givenName: 'Олена', familyName: 'Коваленко' },
      consents: [{ scope: 'referral_to_national_contact_point', method: 'spoken' }],
    },
  });
  return (await (await guard('POST', `/api/intake-drafts/${draft}/submit`, {})).json()) as {
    caseId: string;
    reference: string;
  };
}

type Running = { readonly server: RunningServer; readonly browser: Browser };

/**
 * What a staff journey does in the browser: open a page (script errors fail the test), log in with
 * the demo password (choosing the organisation when asked), and check a screen: a screenshot for the
 * record, no serious accessibility fault and, on a phone, nothing wider than the screen.
 */
export function staffSteps(running: Running) {
  async function newPage(
    viewport: keyof typeof VIEWPORTS,
    options: BrowserContextOptions = { bypassCSP: true },
  ) {
    const context = await running.browser.newContext({ viewport: VIEWPORTS[viewport], ...options });
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    return page;
  }

  /** A code not used yet: the server refuses a code twice, so a second login waits for the next one. */
  let lastTotp = '';
  async function unusedTotp(email: string): Promise<string> {
    let code = currentTotp(DEMO_TOTP_SECRET, email);
    while (code === lastTotp) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      code = currentTotp(DEMO_TOTP_SECRET, email);
    }
    lastTotp = code;
    return code;
  }

  /** Logs in, passing two-step verification where the demo account has it, and choosing the organisation when asked. */
  async function logIn(page: Page, email: string, organisation?: RegExp) {
    await page.goto(`${running.server.base}/staff/`);
    await page.locator('#login-email').fill(email);
    await page.locator('#login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    if (DEMO_STAFF.find((staff) => staff.email === email)?.totp === 'enrolled') {
      await page.locator('#totp-code').fill(await unusedTotp(email));
      await page.getByTestId('totp-submit').click();
    }
    if (organisation) await page.locator('.button-choice', { hasText: organisation }).click();
    await page.getByTestId('home-acting-as').waitFor();
  }

  async function check(page: Page, name: string) {
    await expect.poll(() => page.locator('.loading').count()).toBe(0);
    await shoot(page, name);
    expect(await seriousViolations(page), name).toEqual([]);
    const { scroll, width } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      width: window.innerWidth,
    }));
    expect(scroll, `${name} overflows sideways`).toBeLessThanOrEqual(width);
  }

  /** Both sizes of the same screen; the page is left at the size it had. */
  async function checkBoth(page: Page, name: string) {
    const size = page.viewportSize();
    await page.setViewportSize(VIEWPORTS.desktop);
    await check(page, `${name}-desktop`);
    await page.setViewportSize(VIEWPORTS.phone);
    await check(page, `${name}-phone`);
    await page.setViewportSize(size ?? VIEWPORTS.desktop);
  }

  return { newPage, logIn, check, checkBoth };
}

/** The API as a demo account acting for one of its organisations (chosen by slug when it has several). */
export async function apiFor(base: string, email: string, slug?: string): Promise<ApiCall> {
  const call = await apiAs(base, email);
  const session = (await (await call('GET', '/api/auth/session')).json()) as {
    stage: string;
    memberships: { id: string; organisation: { slug: string } }[];
  };
  if (session.stage === 'membership_required') {
    const chosen = session.memberships.find((m) => m.organisation.slug === slug)!;
    expect((await call('POST', '/api/auth/membership', { membershipId: chosen.id })).status).toBe(200);
  }
  return call;
}
