import cluster, { type Worker } from 'node:cluster';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.ts';
import { prepareWorker } from './server.ts';

// Several server processes on one port (ATRAMA_WORKERS > 1, PostgreSQL only): the primary process
// does the work of the start and runs the scheduled jobs, then forks the workers, which only serve,
// each taking new connections from the one listening socket. Nothing a request needs lives in a
// worker's memory alone: sessions, login throttles and rate-limit counters are in the database.

type Log = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

/** How long a stop waits for the workers to finish their requests before killing them. */
export const STOP_GRACE_MS = 10_000;
/** The longest wait before starting again a worker that keeps dying before it serves. */
const MOST_BACK_OFF_MS = 30_000;

export type Workers = {
  /** Resolves once every worker listens; rejects if one dies before it does, with how it died. */
  ready: Promise<void>;
  /**
   * Stop every worker: each finishes the requests it has, closes its database connections and
   * exits; those still running after `graceMs` are killed. Resolves once all have gone, with
   * whether they all stopped in time. No worker is replaced from then on.
   */
  stop(graceMs?: number): Promise<boolean>;
};

/**
 * Fork `count` workers and keep that many: a worker that dies is logged and replaced. A worker that
 * dies before it ever listened is replaced after a wait that doubles each time (up to 30 s), so a
 * fault that kills every new worker does not fork in a tight loop; during the start it fails the
 * start instead, since the next would die the same way.
 */
export function startWorkers(count: number, log: Log): Workers {
  const running = new Map<number, Worker>();
  let starting = true;
  let stopping = false;
  let listening = 0;
  let failuresInARow = 0;
  let onEmpty: (() => void) | null = null;
  let markReady: () => void = () => {};
  let failStart: (error: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failStart = reject;
  });
  // A start that failed is answered through `ready`; nobody else need hear of it.
  ready.catch(() => {});

  // The workers take new connections from the shared socket themselves, rather than through the
  // primary in turn: a connection the primary was handing to a worker as it died would be left open
  // and unanswered, while one a worker took dies with it (the client sees the connection reset) and
  // one not yet taken waits in the socket's queue for another worker.
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  const fork = () => {
    const worker = cluster.fork();
    const pid = worker.process.pid!;
    running.set(pid, worker);
    // A message to a worker that has just gone fails on its channel: its exit is handled below.
    worker.on('error', () => {});
    let served = false;
    worker.once('listening', () => {
      served = true;
      failuresInARow = 0;
      if (starting && ++listening === count) {
        starting = false;
        markReady();
      }
    });
    worker.once('exit', (code, signal) => {
      running.delete(pid);
      if (stopping) {
        if (running.size === 0) onEmpty?.();
        return;
      }
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      if (starting) {
        failStart(new Error(`Server process ${pid} ${how} before it served.`));
        return;
      }
      // Its connections were cut: the requests it was answering failed, and the database rolled
      // back whatever transaction they had open.
      if (!served) failuresInARow++;
      const wait = failuresInARow === 0 ? 0 : Math.min(MOST_BACK_OFF_MS, 1000 * 2 ** (failuresInARow - 1));
      log.error(
        { worker: pid, code, signal },
        `Server process ${pid} ${how}; another takes its place${wait ? ` in ${wait / 1000} s` : ''}.`,
      );
      setTimeout(() => {
        if (!stopping) fork();
      }, wait);
    });
  };
  for (let i = 0; i < count; i++) fork();

  return {
    ready,
    async stop(graceMs = STOP_GRACE_MS) {
      stopping = true;
      if (running.size === 0) return true;
      const gone = new Promise<void>((resolve) => {
        onEmpty = resolve;
      });
      for (const worker of running.values()) worker.process.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), graceMs);
      });
      const outcome = await Promise.race([gone, late]);
      clearTimeout(timer);
      if (outcome !== 'late') return true;
      log.warn(`${running.size} server process(es) still busy after ${graceMs / 1000} s: killed.`);
      for (const worker of running.values()) worker.process.kill('SIGKILL');
      await gone;
      return false;
    },
  };
}

/**
 * A worker: serve on the shared port until the primary asks it to stop (SIGTERM), finishing the
 * requests it has. An interrupt from the terminal reaches the primary too, which stops every
 * worker in turn, so a worker leaves SIGINT to it. A worker whose primary has gone exits (node:cluster).
 */
export async function serveAsWorker(config: Config): Promise<void> {
  let started: Awaited<ReturnType<typeof prepareWorker>>;
  try {
    started = await prepareWorker(config);
  } catch (error) {
    console.error(`A server process could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  let stopping = false;
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), STOP_GRACE_MS).unref();
    started.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  try {
    await started.app.listen({ port: config.port, host: config.host });
  } catch (error) {
    console.error(`A server process could not listen: ${(error as Error).message}`);
    process.exit(1);
  }
}
