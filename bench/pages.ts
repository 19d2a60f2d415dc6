// The production build for npm run bench: how the server starts (through tsx or compiled) and what
// a phone downloads to reach each page, in compressed bytes as they come over the wire.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/demo/staff.ts';
import { freePort } from '../tests/resilience/support.ts';

const WAYS = [
  { name: 'through tsx (node --import tsx src/app/main.ts)', args: ['--import', 'tsx', 'src/app/main.ts'] },
  { name: 'compiled (node build/app/main.js)', args: ['build/app/main.js'] },
];
const STARTS = 3;
const KB = 1024;

type Running = { base: string; child: ChildProcess; stop(): Promise<void> };

/** Start the server, resolve once /readyz answers 200, with the milliseconds from the spawn. */
async function start(args: string[], folder: string): Promise<Running & { readyMs: number }> {
  const port = await freePort();
  const began = performance.now();
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: '',
      ATRAMA_DATA_DIR: path.join(folder, 'data'),
      ATRAMA_KEY_DIR: path.join(folder, 'keys'),
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
  };
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    const ready = await fetch(`${base}/readyz`).then(
      (answer) => answer.status === 200,
      () => false,
    );
    if (ready) return { base, child, stop, readyMs: performance.now() - began };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The resident memory of a process, in MB (Linux). */
const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Bytes on the wire of every response a page receives, counted by the browser (CDP). */
async function wireCounter(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  let bytes = 0;
  let pending = 0;
  let lastChange = performance.now();
  cdp.on('Network.requestWillBeSent', () => {
    pending++;
    lastChange = performance.now();
  });
  const done = () => {
    pending = Math.max(0, pending - 1);
    lastChange = performance.now();
  };
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
    done();
  });
  cdp.on('Network.loadingFailed', done);
  return {
    /** The bytes counted since the last take, once nothing has been asked for 500 ms. */
    async take() {
      while (pending > 0 || performance.now() - lastChange < 500) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const taken = bytes;
      bytes = 0;
      return taken;
    },
  };
}

type Weight = { what: string; bytes: number; goalKb: number };

async function pageWeights(base: string): Promise<Weight[]> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  // A phone, each page in a fresh profile (nothing cached), as someone opening it for the first time.
  const phone = async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    return { context, page, wire: await wireCounter(page) };
  };
  try {
    const weights: Weight[] = [];
    const staff = await phone();
    await staff.page.goto(`${base}/staff/`);
    await staff.page.locator('#login-email').waitFor();
    const login = await staff.wire.take();
    weights.push({ what: 'staff app, login page', bytes: login, goalKb: 150 });
    await staff.page.locator('#login-email').fill('border.guard@atrama.test');
    await staff.page.locator('input[type="password"]').fill(DEMO_PASSWORD);
    await staff.page.getByTestId('login-submit').click();
    await staff.page.locator('#login-email').waitFor({ state: 'detached' });
    // As the app's own link does: the address changes and the app shows the screen.
    await staff.page.evaluate(() => {
      window.history.pushState(null, '', '/staff/intake');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await staff.page.getByTestId('intake-new').click();
    await staff.page.locator('#intake-placeNote').waitFor();
    const intake = await staff.wire.take();
    weights.push({
      what: `staff app, logging in and opening a new intake form (after the login page; with it ${((login + intake) / KB).toFixed(1)} KB)`,
      bytes: intake,
      goalKb: 250,
    });
    mkdirSync('test-results/screenshots', { recursive: true });
    await staff.page.screenshot({ path: 'test-results/screenshots/bench-intake-phone.png' });
    await staff.context.close();
    for (const [what, url, goalKb] of [
      ['public finder, /lt/', '/lt/', 10],
      ['public statistics, /statistics/', '/statistics/', 60],
    ] as const) {
      const visitor = await phone();
      await visitor.page.goto(`${base}${url}`);
      weights.push({ what, bytes: await visitor.wire.take(), goalKb });
      await visitor.context.close();
    }
    return weights;
  } finally {
    await browser.close();
  }
}

/** The start of both ways and the weight of the pages, printed with their goals. */
export async function startAndPageFigures() {
  execFileSync(process.execPath, ['scripts/ensure-built.mjs'], { stdio: 'inherit' });
  const folder = mkdtempSync(path.join(tmpdir(), 'atrama-bench-start-'));
  try {
    // The first start creates the embedded database and loads the demo data; the starts measured
    // open it as a server restarting does.
    await (await start(WAYS[1]!.args, folder)).stop();
    console.log(
      `Start on the embedded database with demo data, to the first /readyz 200, median of ${STARTS}:`,
    );
    for (const way of WAYS) {
      const times: number[] = [];
      const memory: number[] = [];
      for (let i = 0; i < STARTS; i++) {
        const running = await start(way.args, folder);
        times.push(running.readyMs);
        memory.push(rssMb(running.child.pid!));
        await running.stop();
      }
      console.log(
        `  ${way.name.padEnd(50)} ${median(times).toFixed(0).padStart(6)} ms  RSS ${median(memory).toFixed(0)} MB after start`,
      );
    }
    const running = await start(WAYS[1]!.args, folder);
    try {
      console.log('\nPage weight on a phone (390×844, Chromium), compressed bytes on the wire, cold cache:');
      for (const { what, bytes, goalKb } of await pageWeights(running.base)) {
        const kb = bytes / KB;
        console.log(
          `  ${kb <= goalKb ? 'PASS' : 'MISS'}  ${`${kb.toFixed(1)} KB`.padStart(9)} (goal ≤ ${goalKb} KB)  ${what}`,
        );
      }
    } finally {
      await running.stop();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
