// PostgreSQL for the test commands: DATABASE_URL when it is set, otherwise a throwaway server when
// the server binaries are here (scripts/throwaway-postgres.sh), stopped when the command exits.
import { execFileSync, spawnSync } from 'node:child_process';

/** Sets DATABASE_URL in `env` when a server can be had; returns false when the tests run on PGlite only. */
export function postgresForTests(env) {
  if (env.DATABASE_URL) return true;
  const started = spawnSync('bash', ['scripts/throwaway-postgres.sh', 'start'], { encoding: 'utf8' });
  if (started.status !== 0) {
    console.error('PostgreSQL server binaries not found: the integration tests run on PGlite only.');
    console.error(
      'Install them (apt-get install -y postgresql) or set DATABASE_URL to test on PostgreSQL too.',
    );
    return false;
  }
  for (const pair of started.stdout
    .replace(/^export /, '')
    .trim()
    .split(' ')) {
    const [key, value] = pair.split('=');
    env[key] = value;
  }
  let folder = env.ATRAMA_PG_DIR;
  const stop = () => {
    if (folder) execFileSync('bash', ['scripts/throwaway-postgres.sh', 'stop', folder]);
    folder = null;
  };
  process.on('exit', stop);
  process.on('SIGINT', () => process.exit(130));
  console.log(`Started a throwaway PostgreSQL for the tests: ${env.DATABASE_URL}`);
  return true;
}
