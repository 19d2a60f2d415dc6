import { call, href } from '../../api.ts';
import type { AllocationInput, Indicator, StatisticsFilter } from './types.ts';
import type { View } from './views.ts';

/** Counts from 1 to this − 1 are hidden in a table for publication (config/statistics.json). */
export const PUBLICATION_THRESHOLD = 5;

export type BreakdownChoice = { indicator: Indicator; view: View };

const params = (filter: StatisticsFilter) => ({
  ...filter,
  municipality: filter.municipality || undefined,
});
/** One indicator, whole (its natural rows) or by one breakdown. */
const breakdownOf = (choice: BreakdownChoice) => ({
  indicator: choice.indicator,
  by: choice.view === 'natural' ? undefined : choice.view,
});

export const statisticsApi = {
  summary: (filter: StatisticsFilter) => call('GET /api/statistics/summary', { query: params(filter) }),
  breakdown: (filter: StatisticsFilter, choice: BreakdownChoice) =>
    call('GET /api/statistics/breakdown', { query: { ...params(filter), ...breakdownOf(choice) } }),
  /** The address of a download; the browser sends the session with it. */
  exportUrl: (
    filter: StatisticsFilter,
    format: 'csv' | 'xlsx',
    choice: BreakdownChoice | undefined,
    forPublication: boolean,
  ) =>
    href('GET /api/statistics/export', {
      query: {
        format,
        ...params(filter),
        ...(choice ? breakdownOf(choice) : {}),
        threshold: forPublication ? PUBLICATION_THRESHOLD : undefined,
      },
    }),
  openDataUrl: (filter: StatisticsFilter) =>
    href('GET /api/statistics/open-data', { query: { from: filter.from, to: filter.to, part: 'file' } }),
  openDataReport: (filter: StatisticsFilter) =>
    call('GET /api/statistics/open-data', { query: { from: filter.from, to: filter.to, part: 'report' } }),
  funding: (year: number) => call('GET /api/funding', { query: { year } }),
  allocate: (input: AllocationInput) => call('POST /api/funding', { body: input }),
};
