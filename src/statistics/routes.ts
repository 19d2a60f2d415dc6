import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { route } from '../platform/http/route.ts';
import { type FigureTable, toCsv, toXlsx } from './exports.ts';
import { BreakdownQuery, BreakdownView, ExportQuery, StatisticsFilter, SummaryView } from './model.ts';
import { auditExport, breakdownFor, summaryFor } from './verbs.ts';

const tag = 'Statistics';

const summaryRows = (table: Awaited<ReturnType<typeof summaryFor>>['table']) =>
  Object.entries(table).map(([figure, value]): [string, number] => [figure, value]);

/** The figures asked for as a table: the yearly table, or one indicator by one breakdown. */
async function exportTable(
  ctx: Parameters<typeof summaryFor>[0],
  q: z.output<typeof ExportQuery>,
): Promise<FigureTable> {
  if (!q.indicator) {
    const summary = await summaryFor(ctx, q);
    return {
      title: `Summary ${q.from} to ${q.to}`,
      headers: ['figure', 'value'],
      rows: summaryRows(summary.table),
    };
  }
  const view = await breakdownFor(ctx, { ...q, indicator: q.indicator });
  return {
    title: `${q.indicator} ${q.from} to ${q.to}`,
    headers: [view.by, q.indicator],
    rows: [...view.rows.map((r) => [r.key, r.value]), ['total', view.total]],
  };
}

export async function sendTable(
  reply: FastifyReply,
  table: FigureTable,
  format: 'csv' | 'xlsx',
  name: string,
) {
  const xlsx = format === 'xlsx';
  return reply
    .type(
      xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
    )
    .header('content-disposition', `attachment; filename="${name}.${format}"`)
    .send(xlsx ? await toXlsx(table) : toCsv(table));
}

export const statisticsRoutes = [
  route({
    method: 'GET',
    url: '/api/statistics/summary',
    summary:
      "The yearly table of seed 002 for a period and filters (an organisation manager's: their own organisation)",
    tag,
    policy: { kind: 'action', action: 'statistics.read' },
    query: StatisticsFilter,
    response: SummaryView,
    handler: async (ctx, { query }) => summaryFor(ctx, query),
  }),
  route({
    method: 'GET',
    url: '/api/statistics/breakdown',
    summary: 'One indicator for a period and filters, whole or by one breakdown',
    tag,
    policy: { kind: 'action', action: 'statistics.read' },
    query: BreakdownQuery,
    response: BreakdownView,
    handler: async (ctx, { query }) => breakdownFor(ctx, query),
  }),
  route({
    method: 'GET',
    url: '/api/statistics/export',
    summary: 'The yearly table, or one indicator by a breakdown, as CSV or XLSX; audited',
    tag,
    policy: { kind: 'action', action: 'statistics.export' },
    query: ExportQuery,
    response: null,
    rateLimitPerMinute: 30,
    handler: async (ctx, { query }, reply) => {
      const table = await exportTable(ctx, query);
      await auditExport(ctx, {
        indicator: query.indicator ?? 'summary',
        by: query.by ?? null,
        from: query.from,
        to: query.to,
        format: query.format,
      });
      return sendTable(
        reply,
        table,
        query.format,
        `atrama-${query.indicator ?? 'summary'}-${query.from}-${query.to}`,
      );
    },
  }),
];
