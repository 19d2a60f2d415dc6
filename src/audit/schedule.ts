import type { Services } from '../platform/http/context.ts';
import { type Checkpoint, expectationsOf } from './checkpoint.ts';
import { appendCheckpoint, readCheckpointFile } from './checkpoint-file.ts';
import { takeCheckpoint } from './store.ts';

const HOUR = 3_600_000;

export type CheckpointLog = {
  info(fields: { auditCheckpoint: Checkpoint }, message: string): void;
  error(message: string): void;
};

/**
 * Checkpoints while the server runs: one at start, one every hour and one at shutdown, each appended
 * to the checkpoint file and logged, so that a copy leaves the machine with the logs. The first is
 * written before this resolves: a file that cannot be written stops the start, to be fixed then.
 */
export async function startCheckpoints(services: Services, log: CheckpointLog) {
  const file = services.config.auditCheckpointFile;
  // The unkeyed start of each chain never grows: it is taken from the checkpoints already written,
  // or found once by reading the chains, rather than read again at every start.
  const { checkpoints } = await readCheckpointFile(file, services.keys);
  let plainLinks =
    checkpoints.length > 0 ? expectationsOf(checkpoints).map((chain) => chain.plainLinks) : null;
  const write = async () => {
    const checkpoint = await takeCheckpoint(services.database.db, services.keys, plainLinks);
    plainLinks = checkpoint.heads.map((head) => head.plainLinks);
    await appendCheckpoint(file, checkpoint);
    log.info({ auditCheckpoint: checkpoint }, `Audit checkpoint written to ${file}.`);
  };
  const writeOrLog = () =>
    write().catch((error: Error) => log.error(`Audit checkpoint to ${file} failed: ${error.message}`));
  await write();
  const hourly = setInterval(writeOrLog, HOUR);
  hourly.unref();
  return {
    /** The last checkpoint, once no more requests are served. */
    stop: async () => {
      clearInterval(hourly);
      await writeOrLog();
    },
  };
}
