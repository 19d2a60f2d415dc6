import { z } from 'zod';
import { readConfigFile } from '../platform/config-file.ts';

// The periods of the referral mechanism are configuration, not code: practice and law change them
// (config/nrm-periods.json; ATRAMA_PERIODS_FILE points at another file).

export const NrmPeriods = z
  .object({
    /** How long an organisation has to accept or decline a referral. */
    referralResponseHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
    /** From the initial referral to the national point of contact to the identification decision. */
    identificationDecisionDays: z.number().int().min(1).max(365),
    /** The reflection and recovery period of a third-country national (30 days in Lithuanian practice). */
    reflectionPeriodDays: z.number().int().min(1).max(365),
    /** How often an assistance plan is reviewed. */
    planReviewDays: z.number().int().min(1).max(365),
    /** A deadline this close is shown as due soon. */
    dueSoonHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 30),
  })
  .strict();
export type NrmPeriods = z.infer<typeof NrmPeriods>;

export const DEFAULT_PERIODS_FILE = new URL('../../config/nrm-periods.json', import.meta.url);

export const readPeriods = (file: string | URL = DEFAULT_PERIODS_FILE): NrmPeriods =>
  readConfigFile(NrmPeriods, file, 'the NRM periods');

declare module '../platform/config.ts' {
  interface Config {
    /** The periods of the referral mechanism (config/nrm-periods.json). */
    periods: NrmPeriods;
  }
}
