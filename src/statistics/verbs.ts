import type { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { actingMembership } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import type { BreakdownQuery, StatisticsFilter } from './model.ts';
import { breakdown, seedTable } from './store.ts';

// Who sees which figures: the statistician and the national coordinator see the whole country; an
// organisation manager sees their own organisation's. Nothing here names a person.

/** The organisation the acting membership's figures are limited to, or null for national figures. */
export function scopeOf(ctx: RequestContext): string | null {
  const m = actingMembership(ctx);
  return m.role === 'organisation_manager' ? m.organisationId : null;
}

export async function summaryFor(ctx: RequestContext, f: StatisticsFilter) {
  const organisationId = scopeOf(ctx);
  return {
    period: { from: f.from, to: f.to },
    organisationId,
    table: await seedTable(ctx.readDb, f, organisationId),
  };
}

export function breakdownFor(ctx: RequestContext, q: z.output<typeof BreakdownQuery>) {
  return breakdown(ctx.readDb, q.indicator, q.by, q, scopeOf(ctx));
}

/** An export leaves the system: it is audited with what was asked for. */
export async function auditExport(ctx: RequestContext, detail: Record<string, unknown>) {
  await recordAudit(ctx.db, ctx, { action: 'statistics.export', outcome: 'success', detail });
}
