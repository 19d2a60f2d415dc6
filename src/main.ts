// Starts Atrama: database, migrations, demo data on an empty embedded database, audit checkpoints, HTTP on PORT.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startCheckpoints } from './audit/schedule.ts';
import { DEMO_PASSWORD, DEMO_STAFF, DEMO_TOTP_SECRET } from './demo/staff.ts';
import { loadConfig } from './platform/config.ts';
import { STAFF_DIST } from './platform/http/app.ts';
import { prepare } from './platform/server.ts';
import { scheduleRetention } from './retention/schedule.ts';

const config = loadConfig();
if (!existsSync(path.join(STAFF_DIST, 'index.html'))) {
  console.warn('The staff web app is not built: run `npm run build` (npm start does this for you).');
}
const started = await prepare(config);
const { app } = started;

let stopping = false;
let stopRetention = () => {};
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: shutting down, finishing requests and closing the database…`);
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  stopRetention();
  await started.close();
  console.log('Stopped cleanly.');
  process.exit(0);
}
try {
  const checkpoints = await startCheckpoints(started.services, app.log);
  // Fastify runs this once the last request is answered, before the database closes: the final
  // checkpoint holds every audited event.
  app.addHook('onClose', () => checkpoints.stop());
} catch (error) {
  console.error(
    `Cannot write the audit checkpoint (ATRAMA_AUDIT_CHECKPOINT_FILE): ${(error as Error).message}`,
  );
  await started.close();
  process.exit(1);
}

process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

await app.listen({ port: config.port, host: config.host });
stopRetention = scheduleRetention(started.services, (line) => app.log.info(line));
const where = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
const database =
  config.database.kind === 'pglite' ? `embedded PostgreSQL in ${config.database.dataDir}` : 'PostgreSQL';
console.log(`\nAtrama is running on ${where}/ (${database}).`);
if (config.loadDemo) {
  if (started.demoLoaded) console.log('Demo data loaded into the empty database.');
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
