import { contract } from '../platform/http/contract.ts';
import {
  BreakdownQuery,
  BreakdownView,
  ExportQuery,
  OpenDataQuery,
  OpenDataReport,
  PublicQuery,
  PublicStatistics,
  StatisticsFilter,
  SummaryView,
} from './model.ts';

// The routes of the statistics, as the staff app calls them, and the published figures for anyone.
// Each route spreads its contract into its definition; the staff app reads them as types only
// (src/web/staff/contract/routes.ts), so neither can change a path, a body or an answer alone.

export const summary = contract({
  method: 'GET',
  url: '/api/statistics/summary',
  query: StatisticsFilter,
  response: SummaryView,
});

export const breakdown = contract({
  method: 'GET',
  url: '/api/statistics/breakdown',
  query: BreakdownQuery,
  response: BreakdownView,
});

export const exportFigures = contract({
  method: 'GET',
  url: '/api/statistics/export',
  query: ExportQuery,
  response: null,
});

export const openData = contract({
  method: 'GET',
  url: '/api/statistics/open-data',
  query: OpenDataQuery,
  // The report is JSON; the file itself is CSV, sent by the handler.
  response: OpenDataReport,
});

export const publicStatistics = contract({
  method: 'GET',
  url: '/api/public/statistics',
  query: PublicQuery,
  response: PublicStatistics,
});
