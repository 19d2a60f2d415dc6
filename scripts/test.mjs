// `npm test`: type check, lint, build, then every test (unit, integration on PGlite and on
// PostgreSQL, browser). A missing browser or database server is a failure, never a silent skip.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { postgresForTests } from './test-postgres.mjs';

const CHROMIUM = process.env.ATRAMA_CHROMIUM ?? '/usr/bin/chromium';
const step = (title, command, args, env = process.env) => {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed.`);
    process.exit(result.status ?? 1);
  }
};

if (!existsSync(CHROMIUM)) {
  console.error(`Browser tests need Chromium at ${CHROMIUM}. Install it: apt-get install -y chromium`);
  process.exit(1);
}

const env = { ...process.env };
// Start a throwaway PostgreSQL when the server binaries are here, so both databases are tested.
postgresForTests(env);

step('Type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
step('Type check (web app)', 'npx', ['tsc', '--noEmit', '-p', 'src/web/staff']);
step('Lint', 'npx', ['biome', 'check', '.']);
step('Build the staff app and the server', 'node', ['scripts/build.mjs']);
step(
  'Tests',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json'],
  env,
);

const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
console.log(
  `\n${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`,
);
