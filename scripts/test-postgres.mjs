// PostgreSQL for the test commands: DATABASE_URL when it is set, otherwise a throwaway server when
// the server binaries are here (scripts/throwaway-postgres.sh), stopped when the command exits. A
// throwaway server gets a streaming replica too (ATRAMA_TEST_READ_URL), for the read replica's tests.
import { execFileSync, spawnSync } from 'node:child_process';

/** Adds the `export A=1 B=2` a script printed to `env`. */
function exported(env, stdout) {
  for (const pair of stdout
    .replace(/^export /, '')
    .trim()
    .split(' ')) {
    const [key, value] = pair.split('=');
    env[key] = value;
  }
}

/**
 * A replica of the throwaway server, or the one given, for the tests as ATRAMA_TEST_READ_URL: never
 * as DATABASE_READ_URL, which every server a test starts on another database (a fresh one, or the
 * embedded one) would inherit as its replica. One that cannot start fails the command, as the server would.
 */
function replicaForTests(env) {
  if (env.DATABASE_READ_URL) {
    env.ATRAMA_TEST_READ_URL = env.DATABASE_READ_URL;
    delete env.DATABASE_READ_URL;
    return;
  }
  if (env.ATRAMA_TEST_READ_URL || !env.ATRAMA_PG_DIR) return;
  const started = spawnSync(
    'bash',
    ['scripts/throwaway-postgres.sh', 'replica', env.DATABASE_URL, env.ATRAMA_PG_DIR],
    { encoding: 'utf8' },
  );
  if (started.status !== 0) {
    console.error(`The read replica could not start:\n${started.stderr}`);
    process.exit(1);
  }
  exported(env, started.stdout);
  replicaForTests(env);
  console.log(`Started its streaming replica: ${env.ATRAMA_TEST_READ_URL}`);
}

/** Sets DATABASE_URL in `env` when a server can be had; returns false when the tests run on PGlite only. */
export function postgresForTests(env) {
  if (env.DATABASE_URL) {
    replicaForTests(env);
    return true;
  }
  const started = spawnSync('bash', ['scripts/throwaway-postgres.sh', 'start'], { encoding: 'utf8' });
  if (started.status !== 0) {
    console.error('PostgreSQL server binaries not found: the integration tests run on PGlite only.');
    console.error(
      'Install them (apt-get install -y postgresql) or set DATABASE_URL to test on PostgreSQL too.',
    );
    return false;
  }
  exported(env, started.stdout);
  let folder = env.ATRAMA_PG_DIR;
  const stop = () => {
    if (folder) execFileSync('bash', ['scripts/throwaway-postgres.sh', 'stop', folder]);
    folder = null;
  };
  process.on('exit', stop);
  process.on('SIGINT', () => process.exit(130));
  console.log(`Started a throwaway PostgreSQL for the tests: ${env.DATABASE_URL}`);
  replicaForTests(env);
  return true;
}
