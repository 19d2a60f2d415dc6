import { sql } from 'drizzle-orm';
import { smtpTransport } from '../alerts/mailer.ts';
import { deliverDue, type SendLog } from '../alerts/outbox.ts';
import { alertCardExpiry } from '../assistance/card-alerts.ts';
import { alertCaseDeadlines } from '../cases/deadline-alerts.ts';
import type { Services } from '../platform/http/context.ts';
import { alertSubjectRequests } from '../rights/requests.ts';

// The scheduled work of alerts, in the process that runs the scheduled jobs: the check of every
// deadline (cases, cards, data subjects' requests) every quarter of an hour, and the sender of the
// outbox every few seconds.

const LOCK = sql`pg_try_advisory_xact_lock(hashtext('atrama-alert-checks'))`;

export type CheckReport = { skipped: boolean; alerts: number };

/**
 * One check at `now`, in one transaction under an advisory lock: a second check at the same moment
 * (another server on the database) finds the lock taken and does nothing; one after it finds every
 * alert already made (each deadline's step has its key).
 */
export async function runAlertChecks(services: Services, now = new Date()): Promise<CheckReport> {
  const { periods } = services.config;
  return services.database.db.transaction(async (tx) => {
    const locked = (await tx.execute(sql`select ${LOCK} as locked`)) as unknown as {
      rows: { locked: boolean }[];
    };
    if (!locked.rows[0]?.locked) return { skipped: true, alerts: 0 };
    const made =
      (await alertCaseDeadlines(tx, periods, now)) +
      (await alertCardExpiry(tx, periods, now)) +
      (await alertSubjectRequests(tx, periods, now));
    return { skipped: false, alerts: made };
  });
}

type Log = SendLog & { error(message: string): void };

/** Start both jobs; the answer stops them, waiting for a send in progress. */
export function scheduleAlerts(
  services: Services,
  log: Log,
  every = { checkMs: 15 * 60_000, sendMs: 5_000 },
): () => Promise<void> {
  const { mail } = services.config;
  const transport = mail.smtpUrl ? smtpTransport({ ...mail, smtpUrl: mail.smtpUrl }) : null;
  const publicUrl = services.config.publicUrl ?? `http://localhost:${services.config.port}`;
  let sending: Promise<unknown> = Promise.resolve();
  let busy = false;
  const send = () => {
    if (!transport || busy) return;
    busy = true;
    sending = deliverDue(services.database.db, services.keys, transport, {
      publicUrl,
      leaseMs: mail.leaseMs,
      log,
    })
      .then((report) => {
        if (report.messages > 0) log.info({ mail: report }, `E-mail: ${report.messages} message(s) sent.`);
      })
      .catch((error: Error) => log.error(`E-mail sender failed: ${error.message}; it tries again shortly.`))
      .finally(() => {
        busy = false;
      });
  };
  const check = () =>
    runAlertChecks(services)
      .then((report) => {
        if (report.alerts > 0) log.info({ alerts: report }, `Alert check: ${report.alerts} alert(s) made.`);
      })
      .catch((error: Error) => log.error(`Alert check failed: ${error.message}; it runs again later.`));
  const first = setTimeout(check, 30_000);
  const checks = setInterval(check, every.checkMs);
  const sends = setInterval(send, every.sendMs);
  for (const timer of [first, checks, sends]) timer.unref();
  return async () => {
    clearTimeout(first);
    clearInterval(checks);
    clearInterval(sends);
    await sending;
    transport?.close();
  };
}
