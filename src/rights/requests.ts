import { addMonths } from 'date-fns';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { notify } from '../alerts/store.ts';
import { recordAudit } from '../audit/record.ts';
import { endOfDayInVilnius } from '../cases/deadlines.ts';
import { todayInVilnius } from '../cases/model.ts';
import type { NrmPeriods } from '../cases/periods.ts';
import type { Db } from '../platform/db.ts';
import { conflict, notFound } from '../platform/errors.ts';
import { actingMembership, actorOf } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import type { SubjectRequestInput } from './model.ts';
import { subjectRequests } from './tables.ts';

// Data subjects' requests and their one-month deadline (GDPR Article 12(3)): anyone who works with
// victims may pass a request on; the data protection officer is told at once, keeps the register
// and is told again as the month runs out.

type Row = typeof subjectRequests.$inferSelect;
const DPO = { role: 'data_protection_officer' } as const;
const HOUR = 3_600_000;

/** One month from the day received, on the calendar (31 January → 28 or 29 February). */
export function dueOnFor(receivedOn: string): string {
  const [y, m, d] = receivedOn.split('-').map(Number) as [number, number, number];
  return addMonths(new Date(Date.UTC(y, m - 1, d, 12)), 1)
    .toISOString()
    .slice(0, 10);
}

const viewOf = (row: Row, today = todayInVilnius()) => ({
  id: row.id,
  kind: row.kind as z.output<typeof SubjectRequestInput>['kind'],
  channel: row.channel as z.output<typeof SubjectRequestInput>['channel'],
  receivedOn: row.receivedOn,
  dueOn: row.dueOn,
  caseReference: row.caseReference,
  answeredOn: row.answeredOn,
  overdue: row.answeredOn === null && row.dueOn < today,
});

export async function registerSubjectRequest(
  ctx: RequestContext,
  input: z.output<typeof SubjectRequestInput>,
) {
  if (input.receivedOn > todayInVilnius()) throw conflict('A request cannot be received in the future.');
  const m = actingMembership(ctx);
  const [row] = await ctx.db.transaction(async (tx) => {
    const made = await tx
      .insert(subjectRequests)
      .values({
        kind: input.kind,
        channel: input.channel,
        receivedOn: input.receivedOn,
        dueOn: dueOnFor(input.receivedOn),
        caseReference: input.caseReference?.toUpperCase() ?? null,
        recordedByUserId: actorOf(ctx).userId,
        recordedByOrganisationId: m.organisationId,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'subject_request.register',
      recordType: 'subject_request',
      recordId: made[0]!.id,
      outcome: 'success',
      detail: { kind: input.kind },
    });
    await notify(tx, {
      kind: 'subject_request_received',
      audiences: [DPO],
      link: '/requests',
      caseReference: made[0]!.caseReference,
      deadline: 'subject_request',
      dueAt: endOfDayInVilnius(made[0]!.dueOn),
      except: actorOf(ctx).userId,
    });
    return made;
  });
  return viewOf(row!);
}

export async function listSubjectRequests(ctx: RequestContext) {
  const rows = await ctx.db
    .select()
    .from(subjectRequests)
    .orderBy(desc(subjectRequests.receivedOn))
    .limit(500);
  const today = todayInVilnius();
  // Open ones first, the nearest deadline first; answered ones after, newest first.
  const open = rows.filter((r) => r.answeredOn === null).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return { items: [...open, ...rows.filter((r) => r.answeredOn !== null)].map((r) => viewOf(r, today)) };
}

export async function answerSubjectRequest(ctx: RequestContext, id: string) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(subjectRequests)
      .set({ answeredOn: todayInVilnius(), answeredAt: new Date(), answeredByUserId: actorOf(ctx).userId })
      .where(and(eq(subjectRequests.id, id), isNull(subjectRequests.answeredOn)))
      .returning();
    if (!row) {
      const [exists] = await tx
        .select({ id: subjectRequests.id })
        .from(subjectRequests)
        .where(eq(subjectRequests.id, id));
      if (!exists) throw notFound('The request');
      throw conflict('The request has already been answered.', 'request_answered');
    }
    await recordAudit(tx, ctx, {
      action: 'subject_request.answer',
      recordType: 'subject_request',
      recordId: id,
      outcome: 'success',
    });
    return viewOf(row);
  });
}

/** The scheduled check: requests whose month is running out, or has, are told to the data protection officer once each. */
export async function alertSubjectRequests(db: Db, periods: NrmPeriods, now: Date): Promise<number> {
  const open = await db.select().from(subjectRequests).where(isNull(subjectRequests.answeredOn));
  let made = 0;
  for (const row of open) {
    const dueAt = endOfDayInVilnius(row.dueOn);
    const overdue = dueAt.getTime() <= now.getTime();
    // A week's warning: a request takes longer to answer than a case deadline to meet.
    if (!overdue && dueAt.getTime() - now.getTime() > Math.max(periods.dueSoonHours, 7 * 24) * HOUR) continue;
    made += await notify(
      db,
      {
        kind: overdue ? 'deadline_overdue' : 'deadline_due_soon',
        audiences: [DPO],
        link: '/requests',
        caseReference: row.caseReference,
        deadline: 'subject_request',
        dueAt,
        onceKey: `subject_request:${row.id}:${overdue ? 'overdue' : 'soon'}`,
      },
      now,
    );
  }
  return made;
}
