import { createHash, timingSafeEqual } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { BlockList, isIPv4 } from 'node:net';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { AggregatorRegistry, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Config } from '../platform/config.ts';
import type { Services } from '../platform/http/context.ts';

// /metrics for the operator's monitoring, in the Prometheus text format. Labels are route patterns,
// methods, status codes and pool names: never a URL, a query or anything a person typed.

/** Who may read the metrics: a listed client address, or the bearer token; nobody when neither is set. */
export function metricsGate(config: Config['metrics']) {
  const allowed = new BlockList();
  for (const entry of config.allow) {
    const [address, prefix] = entry.split('/') as [string, string | undefined];
    const family = isIPv4(address) ? 'ipv4' : 'ipv6';
    if (prefix === undefined) allowed.addAddress(address, family);
    else allowed.addSubnet(address, Number(prefix), family);
  }
  const digest = (text: string) => createHash('sha256').update(text).digest();
  const token = config.token ? digest(config.token) : null;
  return (ip: string | undefined, authorization: string | undefined): boolean => {
    if (token && authorization?.startsWith('Bearer ')) {
      // Digests of equal length, compared in constant time: the answer's timing tells nothing of the token.
      if (timingSafeEqual(digest(authorization.slice(7)), token)) return true;
    }
    if (!ip) return false;
    // An IPv4 client on a dual-stack socket is seen as ::ffff:a.b.c.d.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
    const address = mapped ?? ip;
    return allowed.check(address, isIPv4(address) ? 'ipv4' : 'ipv6');
  };
}

/** The newest file's age in seconds in a folder, or null when there is none (or no folder). */
async function newestAge(folder: string, now: number): Promise<number | null> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return null;
  }
  let newest = 0;
  for (const name of names.filter((n) => n.endsWith('.backup'))) {
    newest = Math.max(newest, (await stat(path.join(folder, name))).mtimeMs);
  }
  return newest ? (now - newest) / 1000 : null;
}

async function fileAge(file: string, now: number): Promise<number | null> {
  try {
    return (now - (await stat(file)).mtimeMs) / 1000;
  } catch {
    return null;
  }
}

/** The process's memory, CPU and event loop: once per process, however many apps it builds (tests). */
const processDefaults = new Registry();
collectDefaultMetrics({ register: processDefaults, prefix: 'atrama_' });

/**
 * What only the process running the scheduled jobs knows (the only one, or the primary of several):
 * when retention last ran.
 */
export const jobMetrics = new Registry();
const retentionRun = new Gauge({
  name: 'atrama_retention_last_run_timestamp_seconds',
  help: 'When the retention run last finished (Unix time); 0 until the first run after start',
  registers: [jobMetrics],
});
export const retentionRan = (at = new Date()) => retentionRun.set(at.getTime() / 1000);

/**
 * The metrics of one server process: its HTTP answers and database pools, and what every process
 * reads alike from the database and the files (replica lag, checkpoint and backup age, outbox).
 * Those shared figures are the same in every process: across processes they are taken as the
 * largest, where counts and pools are added up.
 */
export function processMetrics(services: Services) {
  const registry = new Registry();
  const requests = new Histogram({
    name: 'atrama_http_request_duration_seconds',
    help: 'HTTP answers by method, route pattern and status, with how long they took',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: 'atrama_db_pool_connections',
    help: 'Database connections by pool (primary, replica) and state: total, idle, and requests waiting for one',
    labelNames: ['pool', 'state'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const use of services.database.pools()) {
        this.set({ pool: use.pool, state: 'total' }, use.total);
        this.set({ pool: use.pool, state: 'idle' }, use.idle);
        this.set({ pool: use.pool, state: 'waiting' }, use.waiting);
      }
    },
  });
  const shared = (name: string, help: string, value: () => Promise<number | null> | number | null) =>
    new Gauge({
      name,
      help,
      aggregator: 'max',
      registers: [registry],
      async collect() {
        // Unknown is NaN: a gauge without labels reads 0 otherwise, which would look like a fresh backup.
        // A figure that cannot be read now (the database busy, a file gone as it was read) is unknown
        // too, rather than failing the whole scrape.
        this.set(
          (await Promise.resolve()
            .then(value)
            .catch(() => null)) ?? Number.NaN,
        );
      },
    });
  if (services.database.replica()) {
    shared('atrama_replica_up', 'Whether the read replica answered its last check (1) or not (0)', () =>
      services.database.replica()!.reachable ? 1 : 0,
    );
    shared(
      'atrama_replica_lag_seconds',
      'How far the read replica is behind the primary; NaN while it cannot be reached',
      () => services.database.replica()!.lagSeconds,
    );
  }
  shared(
    'atrama_audit_checkpoint_age_seconds',
    'Age of the last audit checkpoint written to its file; NaN when there is none',
    () => fileAge(services.config.auditCheckpointFile, Date.now()),
  );
  shared(
    'atrama_backup_age_seconds',
    'Age of the newest backup in ATRAMA_BACKUP_DIR (npm run backup); NaN when there is none',
    () => newestAge(services.config.backupDir, Date.now()),
  );
  shared('atrama_mail_outbox_pending', 'E-mails waiting in the outbox to be sent', async () => {
    const result = (await services.database.db.execute(
      sql`select count(*)::int as n from mail_outbox where status = 'pending'`,
    )) as unknown as { rows: { n: number }[] };
    return result.rows[0]?.n ?? 0;
  });
  return {
    registry,
    /** Count every answer by its route's pattern; an address that matched no route is "unmatched". */
    observe(app: FastifyInstance) {
      app.addHook('onResponse', async (request, reply) => {
        requests.observe(
          {
            method: request.method,
            route: request.routeOptions.url ?? 'unmatched',
            status: reply.statusCode,
          },
          reply.elapsedTime / 1000,
        );
      });
    },
  };
}

/** How /metrics is answered, given the app's registry: here, from this one process and its jobs. */
export const scrapeThisProcess = (registry: Registry) => () =>
  Registry.merge([registry, processDefaults, jobMetrics]).metrics();

// Several processes (ATRAMA_WORKERS > 1): the worker a scrape reaches asks the primary, which
// gathers every worker's metrics (prom-client's AggregatorRegistry) and adds the jobs' own.
const ASK = 'atrama:metrics?';
const ANSWER = 'atrama:metrics';
type Answer = { type: typeof ANSWER; id: number; text?: string; error?: string };

/** In a worker: offer this registry to the primary, and scrape through it. */
export function scrapeThroughPrimary(registry: Registry) {
  AggregatorRegistry.setRegistries([registry, processDefaults]);
  new AggregatorRegistry();
  let next = 0;
  return () =>
    new Promise<string>((resolve, reject) => {
      const id = next++;
      const timer = setTimeout(() => {
        process.off('message', onAnswer);
        reject(new Error('The primary process did not answer with the metrics in 10 s.'));
      }, 10_000);
      const onAnswer = (message: Answer) => {
        if (message?.type !== ANSWER || message.id !== id) return;
        clearTimeout(timer);
        process.off('message', onAnswer);
        if (message.text !== undefined) resolve(message.text);
        else reject(new Error(message.error));
      };
      process.on('message', onAnswer);
      process.send!({ type: ASK, id });
    });
}

/** In the primary: answer the workers' scrapes with every process's metrics. */
export function answerScrapes(cluster: typeof import('node:cluster').default) {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: { type?: string; id: number }) => {
    if (message?.type !== ASK) return;
    // The asking worker may have gone while the others answered: nothing to tell, and no error to
    // raise in the primary (an unhandled one would stop it and every worker with it).
    const answer = (reply: { text: string } | { error: string }) => {
      if (worker.isConnected()) worker.send({ type: ANSWER, id: message.id, ...reply }, () => {});
    };
    Promise.all([aggregator.clusterMetrics(), jobMetrics.metrics()]).then(
      ([workers, jobs]) => answer({ text: `${workers}\n${jobs}` }),
      (error: Error) => answer({ error: error.message }),
    );
  });
}
