// `npm run test:resilience`: crash safety, hostile input and load (tests/resilience), on PGlite and,
// when a server can be had, on PostgreSQL. The load test runs only here; the others run in `npm test`
// too. Beside a throwaway server a streaming replica of it is started (scripts/test-postgres.mjs),
// given to the tests as ATRAMA_TEST_READ_URL: the load on two server processes reads from it.
// RESILIENCE_LOAD_SECONDS shortens the load (tests/resilience/load.test.ts).
import { spawnSync } from 'node:child_process';
import { postgresForTests } from './test-postgres.mjs';

const env = { ...process.env };
postgresForTests(env);
const result = spawnSync(
  'npx',
  ['vitest', 'run', '-c', 'vitest.resilience.config.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env,
  },
);
process.exit(result.status ?? 1);
