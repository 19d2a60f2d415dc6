import type { Services } from '../platform/http/context.ts';
import { type RetentionReport, runRetention } from './run.ts';

const DAY = 86_400_000;

/** One line for the log: what a run did. */
export function describeRun(report: RetentionReport): string {
  if (report.skipped) return 'Retention: another run is in progress; nothing done.';
  const verb = report.dryRun ? 'would anonymise' : 'anonymised';
  return `Retention: ${verb} ${report.cases.length} closed case(s), ${report.dryRun ? 'would delete' : 'deleted'} ${report.drafts} unsubmitted draft(s) and ${report.sessions} old session(s), and ${report.dryRun ? 'would forget' : 'forgot'} ${report.alerts} old alert(s) and ${report.mail} e-mail(s).`;
}

/**
 * Retention runs in the server process that runs the scheduled jobs (the only one, or the primary of
 * several, never a worker): a minute after start, then once a day. Several servers on one database
 * are safe: a run that finds another in progress does nothing, and one after it finds nothing due.
 * `ran` hears of each run that finished (the metrics).
 */
export function scheduleRetention(
  services: Services,
  log: (line: string) => void,
  ran: () => void = () => {},
): () => void {
  const run = async () => {
    try {
      log(
        describeRun(
          await runRetention(services.database.db, services.keys, services.config.retention, {
            dryRun: false,
          }),
        ),
      );
      ran();
    } catch (error) {
      log(`Retention failed: ${(error as Error).message}; it will be tried again tomorrow.`);
    }
  };
  const first = setTimeout(run, 60_000);
  const daily = setInterval(run, DAY);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
