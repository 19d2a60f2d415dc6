// `npm run test:resilience`: crash safety, hostile input and load (tests/resilience), on PGlite and,
// when a server can be had, on PostgreSQL. The load test runs only here; the others run in `npm test`
// too. Beside a throwaway server it starts a streaming replica of it. RESILIENCE_LOAD_SECONDS shortens
// the load (tests/resilience/load.test.ts).
import { spawnSync } from 'node:child_process';
import { postgresForTests } from './test-postgres.mjs';

const env = { ...process.env };
postgresForTests(env);
// Beside the throwaway server started here, a streaming replica of it: the load on two server
// processes reads from it (DATABASE_READ_URL). A DATABASE_READ_URL already set is used as it is.
if (!process.env.DATABASE_URL && env.ATRAMA_PG_DIR && !env.DATABASE_READ_URL) {
  const replica = spawnSync(
    'bash',
    ['scripts/throwaway-postgres.sh', 'replica', env.DATABASE_URL, env.ATRAMA_PG_DIR],
    { encoding: 'utf8' },
  );
  if (replica.status === 0) {
    for (const pair of replica.stdout
      .replace(/^export /, '')
      .trim()
      .split(' ')) {
      const [key, value] = pair.split('=');
      env[key] = value;
    }
    console.log(`Started a streaming replica for the load test: ${env.DATABASE_READ_URL}`);
  } else {
    console.error(`No replica (${replica.stderr.trim()}): the load on two processes reads from the primary.`);
  }
}
const result = spawnSync(
  'npx',
  ['vitest', 'run', '-c', 'vitest.resilience.config.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env,
  },
);
process.exit(result.status ?? 1);
