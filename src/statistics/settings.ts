import { z } from 'zod';
import { readConfigFile } from '../platform/config-file.ts';
import { AnonymityK } from './anonymity.ts';
import { Threshold } from './suppression.ts';

// How much is hidden before figures leave the system (config/statistics.json; ATRAMA_STATISTICS_FILE
// points at another file): agreed with the data protection officer, not fixed in code.

export const StatisticsSettings = z
  .object({
    /** Published counts from 1 to this − 1 are hidden (with what would give them away). */
    suppressionThreshold: Threshold,
    /** Every combination of quasi-identifiers in the open-data file describes at least k cases. */
    openDataK: AnonymityK,
  })
  .strict();
export type StatisticsSettings = z.infer<typeof StatisticsSettings>;

export const DEFAULT_STATISTICS_FILE = new URL('../../config/statistics.json', import.meta.url);

export const readStatisticsSettings = (file: string | URL = DEFAULT_STATISTICS_FILE): StatisticsSettings =>
  readConfigFile(StatisticsSettings, file, 'the statistics settings');

declare module '../platform/config.ts' {
  interface Config {
    /** How published statistics are counted and protected (config/statistics.json). */
    statistics: StatisticsSettings;
  }
}
