import { z } from 'zod';
import { readConfigFile } from '../platform/config-file.ts';

// How long each kind of record is kept: configuration, set with the data protection officer
// (config/retention.json; ATRAMA_RETENTION_FILE for another file).

export const RetentionPeriods = z
  .object({
    /** After a trafficking case is closed, its person is anonymised (identity and free text destroyed). */
    closedTraffickingCaseDays: z.number().int().min(1).max(36_500),
    /** The same for a case of another crime at a support service. */
    closedOtherCrimeCaseDays: z.number().int().min(1).max(36_500),
    /** An intake draft never submitted is deleted, with the name it may hold. */
    unsubmittedDraftDays: z.number().int().min(1).max(3650),
    /** Ended or expired sessions (who logged in from where) are deleted. */
    endedSessionDays: z.number().int().min(1).max(3650),
  })
  .strict();
export type RetentionPeriods = z.infer<typeof RetentionPeriods>;

export const DEFAULT_RETENTION_FILE = new URL('../../config/retention.json', import.meta.url);

export const readRetention = (file: string | URL = DEFAULT_RETENTION_FILE): RetentionPeriods =>
  readConfigFile(RetentionPeriods, file, 'the retention periods');

declare module '../platform/config.ts' {
  interface Config {
    /** How long records are kept (config/retention.json). */
    retention: RetentionPeriods;
  }
}
