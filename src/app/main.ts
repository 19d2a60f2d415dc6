// Starts Atrama: database, migrations, demo data on an empty embedded database, audit checkpoints,
// HTTP on PORT, in one process or, with ATRAMA_WORKERS above 1, in a primary and its workers.
import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { startCheckpoints } from '../audit/schedule.ts';
import { DEMO_PASSWORD, DEMO_STAFF, DEMO_TOTP_SECRET } from '../demo/staff.ts';
import { scheduleRetention } from '../retention/schedule.ts';
import { scheduleAlerts } from './alert-checks.ts';
import { type Config, loadConfig } from './config.ts';
import { STAFF_DIST } from './http.ts';
import { answerScrapes, retentionRan } from './metrics.ts';
import { serveAsWorker, startWorkers } from './processes.ts';
import { type SetUp, setUp, startedOn } from './server.ts';

/** What answers HTTP: the app in this process, or the workers. */
type Serving = {
  log: Parameters<typeof startCheckpoints>[1] &
    Parameters<typeof scheduleAlerts>[1] & { info(message: string): void };
  listen(): Promise<void>;
  close(): Promise<void>;
};

const config = loadConfig();
if (cluster.isWorker) {
  await serveAsWorker(config);
} else {
  await run(config);
}

async function run(config: Config) {
  if (!existsSync(path.join(STAFF_DIST, 'index.html'))) {
    console.warn('The staff web app is not built: run `npm run build` (npm start does this for you).');
  }
  // The one-time work is done here, before any worker starts: they find the database ready.
  const ready = await setUp(config);
  const { services } = ready;
  const serving = config.workers > 1 ? workersServing(config) : await appServing(config, ready);

  let stopping = false;
  let stopJobs = async () => {};
  async function shutdown(signal: string) {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down, finishing requests and closing the database…`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await serving.close();
    // Once the last request is answered, before the database closes: the final checkpoint holds
    // every audited event.
    await stopJobs();
    await services.database.close();
    console.log('Stopped cleanly.');
    process.exit(0);
  }

  // The scheduled jobs run here and only here: in the one process, or in the primary, never in a
  // worker, so that each runs once however many processes serve.
  try {
    const checkpoints = await startCheckpoints(services, serving.log);
    stopJobs = () => checkpoints.stop();
  } catch (error) {
    console.error(
      `Cannot write the audit checkpoint (ATRAMA_AUDIT_CHECKPOINT_FILE): ${(error as Error).message}`,
    );
    await serving.close();
    await services.database.close();
    process.exit(1);
  }

  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  try {
    await serving.listen();
  } catch (error) {
    if (stopping) return;
    console.error(`Atrama could not start serving: ${(error as Error).message}`);
    await serving.close();
    await stopJobs();
    await services.database.close();
    process.exit(1);
  }
  const stopRetention = scheduleRetention(services, (line) => serving.log.info(line), retentionRan);
  const stopAlerts = scheduleAlerts(services, serving.log);
  const stopCheckpoints = stopJobs;
  stopJobs = async () => {
    stopRetention();
    await stopAlerts();
    await stopCheckpoints();
  };
  printStarted(config, ready);
}

/** One process: this one answers HTTP. */
async function appServing(config: Config, ready: SetUp): Promise<Serving> {
  const { app } = await startedOn(ready);
  return {
    log: app.log,
    listen: async () => {
      await app.listen({ port: config.port, host: config.host });
    },
    close: () => app.close(),
  };
}

/** A primary: its workers answer HTTP on the same port. */
function workersServing(config: Config): Serving {
  const log = pino({ level: config.logLevel });
  let workers: ReturnType<typeof startWorkers> | null = null;
  return {
    log,
    listen: async () => {
      answerScrapes(cluster);
      workers = startWorkers(config.workers, log);
      await workers.ready;
    },
    close: async () => {
      await workers?.stop();
    },
  };
}

function printStarted(config: Config, ready: SetUp) {
  const where = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  const database =
    config.database.kind === 'pglite' ? `embedded PostgreSQL in ${config.database.dataDir}` : 'PostgreSQL';
  const processes = config.workers > 1 ? `, ${config.workers} server processes` : '';
  console.log(`\nAtrama is running on ${where}/ (${database}${processes}).`);
  if (config.loadDemo) {
    if (ready.demoLoaded) console.log('Demo data loaded into the empty database.');
    console.log(`\nDemo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const staff of DEMO_STAFF) {
      const roles = staff.memberships.map((m) => `${m.role} @ ${m.organisation}`).join(', ');
      const second = {
        enrolled: '  [2FA: demo TOTP secret]',
        must_enrol: '  [must set up 2FA at first login]',
        none: '',
      }[staff.totp];
      console.log(`  ${staff.email.padEnd(30)} ${roles}${second}`);
    }
    console.log(`Demo TOTP secret (add it to an authenticator app): ${DEMO_TOTP_SECRET}\n`);
  }
}
