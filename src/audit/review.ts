import type { z } from 'zod';
import { listOrganisations } from '../access/admin.ts';
import { mayActOn } from '../access/record-guard.ts';
import { endOfDayInVilnius } from '../cases/deadlines.ts';
import { AppError } from '../platform/errors.ts';
import { actingMembership } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import type { AccessReviewQuery, AuditQuery } from './model.ts';
import { recordAudit } from './record.ts';
import { caseAccesses, flagOf, listAudit } from './store.ts';

// What auditors, data protection officers and managers read of the trail: its events, filtered, and
// the monthly review of who opened which cases. Each read is itself recorded.

/** The trail, filtered and newest first, with each event's flag and the reason given for break-glass. */
export async function readAuditTrail(ctx: RequestContext, query: z.output<typeof AuditQuery>) {
  const from = query.from ? new Date(`${query.from}T00:00:00Z`) : undefined;
  const to = query.to ? new Date(`${query.to}T23:59:59.999Z`) : undefined;
  if (from && to && from > to) {
    throw new AppError('validation_failed', 'The start date is after the end date.', [
      { field: 'query.from', message: 'after_to' },
    ]);
  }
  const page = await listAudit(ctx.db, { ...query, from, to, flagged: query.flagged === 'true' });
  const names = new Map((await listOrganisations(ctx)).items.map((o) => [o.id, o.name]));
  // Reading the trail is itself a read of personal data about staff: it is recorded too.
  await recordAudit(ctx.db, ctx, {
    action: 'audit.read',
    outcome: 'success',
    detail: { count: page.items.length },
  });
  return {
    nextBefore: page.nextBefore,
    items: page.items.map((e) => ({
      ...e,
      at: e.at.toISOString(),
      organisationName: e.organisationId ? (names.get(e.organisationId) ?? null) : null,
      ...flagOf(e.detail),
    })),
  };
}

/** Who opened which cases in a month, per organisation: every organisation for oversight, a manager's own. */
export async function accessReview(ctx: RequestContext, query: z.output<typeof AccessReviewQuery>) {
  const m = actingMembership(ctx);
  const [year, month] = query.month.split('-').map(Number) as [number, number];
  // The month as Vilnius counts it: from the end of the previous month's last day to the end of its own.
  const lastDay = (monthIndex: number) => new Date(Date.UTC(year, monthIndex, 0)).toISOString().slice(0, 10);
  const [from, to] = [endOfDayInVilnius(lastDay(month - 1)), endOfDayInVilnius(lastDay(month))];
  // A reviewer allowed other organisations' records sees every organisation's reads; others their own.
  const scope = mayActOn(ctx, 'audit.access_review', []) ? null : m.organisationId;
  const rows = await caseAccesses(ctx.db, from, to, scope);
  const names = new Map((await listOrganisations(ctx)).items.map((o) => [o.id, o.name]));
  await recordAudit(ctx.db, ctx, {
    action: 'audit.access_review',
    outcome: 'success',
    detail: { month: query.month, organisation: scope },
  });
  const byOrganisation = new Map<string, typeof rows>();
  for (const row of rows)
    byOrganisation.set(row.organisationId, [...(byOrganisation.get(row.organisationId) ?? []), row]);
  const iso = (d: string | Date) => new Date(d).toISOString();
  return {
    month: query.month,
    organisations: [...byOrganisation].map(([id, entries]) => ({
      organisation: { id, name: names.get(id) ?? { lt: id, en: id } },
      entries: entries.map(({ organisationId: _org, first, last, breakGlass, ...entry }) => ({
        ...entry,
        breakGlass: breakGlass.map((b) => ({ at: iso(b.at), reason: b.reason })),
        first: iso(first),
        last: iso(last),
      })),
    })),
  };
}
