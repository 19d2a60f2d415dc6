import { query, request } from '../../api.ts';
import type {
  AllocationInput,
  BreakdownView,
  FundingView,
  Indicator,
  OpenDataReport,
  StatisticsFilter,
  SummaryView,
} from './types.ts';
import type { View } from './views.ts';

/** Counts from 1 to this − 1 are hidden in a table for publication (config/statistics.json). */
export const PUBLICATION_THRESHOLD = 5;

export type BreakdownChoice = { indicator: Indicator; view: View };

const params = (filter: StatisticsFilter, choice?: BreakdownChoice) => ({
  ...filter,
  municipality: filter.municipality?.trim() || undefined,
  ...(choice ? { indicator: choice.indicator, by: choice.view === 'natural' ? undefined : choice.view } : {}),
});

export const statisticsApi = {
  summary: (filter: StatisticsFilter) =>
    request<SummaryView>('GET', `/api/statistics/summary${query(params(filter))}`),
  breakdown: (filter: StatisticsFilter, choice: BreakdownChoice) =>
    request<BreakdownView>('GET', `/api/statistics/breakdown${query(params(filter, choice))}`),
  /** The address of a download; the browser sends the session with it. */
  exportUrl: (
    filter: StatisticsFilter,
    format: 'csv' | 'xlsx',
    choice: BreakdownChoice | undefined,
    forPublication: boolean,
  ) =>
    `/api/statistics/export${query({
      format,
      ...params(filter, choice),
      threshold: forPublication ? PUBLICATION_THRESHOLD : undefined,
    })}`,
  openDataUrl: (filter: StatisticsFilter) =>
    `/api/statistics/open-data${query({ from: filter.from, to: filter.to, part: 'file' })}`,
  openDataReport: (filter: StatisticsFilter) =>
    request<OpenDataReport>(
      'GET',
      `/api/statistics/open-data${query({ from: filter.from, to: filter.to, part: 'report' })}`,
    ),
  funding: (year: number) => request<FundingView>('GET', `/api/funding${query({ year })}`),
  allocate: (input: AllocationInput) => request<FundingView>('POST', '/api/funding', input),
};
