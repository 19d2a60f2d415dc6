import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../platform/errors.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { route } from '../platform/http/route.ts';
import * as contract from './contract.ts';
import { type FigureTable, toCsv, toXlsx } from './exports.ts';
import type { ExportQuery } from './model.ts';
import { kOf, openData } from './open-data.ts';
import { publicCounts, publicStatistics, publicYear, publishedBreakdown, publishedValue } from './public.ts';
import { type Published, Threshold } from './suppression.ts';
import { auditExport, breakdownFor, scopeOf, summaryFor } from './verbs.ts';

const tag = 'Statistics';

/** A threshold asked for, checked: below 1 is refused with the reason. */
function thresholdOf(asked: number | undefined) {
  if (asked === undefined) return undefined;
  const parsed = Threshold.safeParse(asked);
  if (!parsed.success) {
    const message = parsed.error.issues[0]!.message;
    throw new AppError('validation_failed', `query.threshold: ${message}`, [
      { field: 'query.threshold', message },
    ]);
  }
  return parsed.data;
}

/**
 * The figures asked for as a table: the yearly table, or one indicator by one breakdown. With a
 * threshold, hidden counts are left empty, as they would be published.
 */
async function exportTable(ctx: RequestContext, q: z.output<typeof ExportQuery>): Promise<FigureTable> {
  const threshold = thresholdOf(q.threshold);
  const title = `${q.indicator ?? 'summary'} ${q.from} to ${q.to}`;
  if (!q.indicator) {
    const table =
      threshold === undefined
        ? (await summaryFor(ctx, q)).table
        : (await publicStatistics(ctx.readDb, q, threshold, scopeOf(ctx))).table;
    return { title, headers: ['figure', 'value'], rows: Object.entries(table) };
  }
  const view = await breakdownFor(ctx, { ...q, indicator: q.indicator });
  const published =
    threshold === undefined
      ? null
      : publishedBreakdown(await publicCounts(ctx.readDb, q, scopeOf(ctx)), view, threshold);
  const shown = (p: Published | undefined, value: number) => (p === undefined ? value : publishedValue(p));
  return {
    title,
    headers: [view.by, q.indicator],
    rows: [
      ...view.rows.map((r, i) => [r.key, shown(published?.cells[i], r.value)]),
      ['total', shown(published?.total, view.total)],
    ],
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
    ...contract.summary,
    summary:
      "The yearly table of seed 002 for a period and filters (an organisation manager's: their own organisation)",
    tag,
    policy: { kind: 'action', action: 'statistics.read' },
    handler: async (ctx, { query }) => summaryFor(ctx, query),
  }),
  route({
    ...contract.breakdown,
    summary: 'One indicator for a period and filters, whole or by one breakdown',
    tag,
    policy: { kind: 'action', action: 'statistics.read' },
    handler: async (ctx, { query }) => breakdownFor(ctx, query),
  }),
  route({
    ...contract.exportFigures,
    summary: 'The yearly table, or one indicator by a breakdown, as CSV or XLSX; audited',
    tag,
    policy: { kind: 'action', action: 'statistics.export' },
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

  route({
    ...contract.openData,
    summary:
      'Trafficking cases as a CTDC-style HTCDS 2.0 file, k-anonymous (part=report: what was generalised and dropped); audited',
    tag,
    policy: { kind: 'action', action: 'statistics.open_data' },
    rateLimitPerMinute: 10,
    handler: async (ctx, { query }, reply) => {
      const k = kOf(query.k, ctx.config.statistics.openDataK);
      const data = await openData(ctx.readDb, query, k);
      await auditExport(ctx, {
        openData: query.part,
        from: query.from,
        to: query.to,
        k,
        rows: data.rows.length,
      });
      if (query.part === 'report') return data.report;
      const table = {
        title: 'open data',
        headers: data.columns,
        rows: data.rows.map((r) => data.columns.map((c) => r[c] ?? '')),
      };
      return sendTable(reply, table, 'csv', `atrama-open-data-${query.from}-${query.to}`);
    },
  }),
  route({
    ...contract.publicStatistics,
    summary: "A year's published figures for anyone: small counts and whatever would give them away are null",
    tag,
    policy: { kind: 'public' },
    rateLimitPerMinute: 120,
    handler: async (ctx, { query }) =>
      publicYear(ctx.readDb, query.year, ctx.config.statistics.suppressionThreshold),
  }),
];
