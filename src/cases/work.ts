import type { z } from 'zod';
import { mayActOn, mayActOnCollection } from '../access/record-guard.ts';
import { namesOf, staffWhoMay } from '../access/store.ts';
import { moveCaseAlerts } from '../alerts/store.ts';
import { conflict } from '../platform/errors.ts';
import { actingMembership, actorOf } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { approvalsWaitingFor } from '../review/approvals.ts';
import { changeCase } from './change.ts';
import { isDueSoon } from './deadlines.ts';
import { withDeadlines } from './lists.ts';
import type { ResponsibleInput } from './model.ts';
import { referralInbox } from './referrals.ts';
import { decideResponsible } from './rules.ts';
import { listCases } from './store.ts';
import { deadlineView } from './view.ts';

// Each person's work: who in an organisation is responsible for a case, what is theirs to do, and a
// manager's view of the organisation's caseload by worker.

/** The acting organisation's staff who may be responsible for its cases. */
export async function workersOf(ctx: RequestContext) {
  const staff = await staffWhoMay(ctx.db, actingMembership(ctx).organisationId, 'case.assign');
  return { items: staff.map((s) => ({ userId: s.id, name: s.name })) };
}

/**
 * Name the acting organisation's person responsible for a case. Its unread alerts about the case move
 * with it from the person before; the new person is told unless they took it themselves.
 */
export function assignResponsible(
  ctx: RequestContext,
  caseId: string,
  input: z.output<typeof ResponsibleInput>,
) {
  return changeCase(
    ctx,
    caseId,
    {
      action: 'case.assign',
      version: 'current',
      apply: async (c) => {
        const member = c.team.find((t) => t.organisationId === c.organisationId && t.leftAt === null);
        const staff = await staffWhoMay(c.ctx.db, c.organisationId, 'case.assign');
        const current = member?.responsibleUserId ?? null;
        const decision = decideResponsible({
          actorId: c.userId,
          targetId: input.userId,
          mayNameOthers: mayActOn(
            c.ctx,
            'case.assign.others',
            c.team.map((t) => t.organisationId),
          ),
          eligible: staff.map((s) => s.id),
          current,
          reason: input.reason,
        });
        if (!decision.ok) throw conflict(REFUSED[decision.refusal], decision.refusal);
        const user = staff.find((s) => s.id === input.userId)!;
        await c.assign(c.organisationId, user);
        if (current) await moveCaseAlerts(c.ctx.db, c.row.id, current, user.id);
        c.event(
          'responsible_changed',
          { organisationId: c.organisationId, userId: user.id, from: current },
          { reason: input.reason },
        );
        c.audit({
          action: 'case.assign',
          detail: { organisationId: c.organisationId, from: current, to: user.id },
        });
        c.alert({ kind: 'case_assigned', audiences: [{ users: [user.id] }] });
        return { organisationId: c.organisationId, userId: user.id, name: user.name };
      },
    },
    async (done) => done.value,
  );
}

const REFUSED = {
  not_permitted: 'Only a manager can give a case to a colleague; you can take it yourself.',
  responsible_not_eligible: 'This person cannot work on cases in your organisation.',
  responsible_unchanged: 'This person is already responsible for the case.',
  reason_required: 'Someone else is responsible for the case: say why it changes hands.',
} as const;

/** What is mine to do: my cases, their deadlines overdue first, referrals waiting for my organisation, cases nobody has taken, and colleagues' work waiting for my approval. */
export async function myWork(ctx: RequestContext) {
  const m = actingMembership(ctx);
  const me = actorOf(ctx).userId;
  const now = new Date();
  const [mine, unassigned, inbox, approvals] = await Promise.all([
    listCases(ctx.db, m.organisationId, { open: true, responsible: me }).then((rows) =>
      withDeadlines(ctx, rows),
    ),
    listCases(ctx.db, m.organisationId, { open: true, responsible: null }).then((rows) =>
      withDeadlines(ctx, rows),
    ),
    mayActOnCollection(ctx, 'referral.inbox') ? referralInbox(ctx) : Promise.resolve({ items: [] }),
    approvalsWaitingFor(ctx),
  ]);
  const deadlines = mine
    .flatMap((l) =>
      l.deadlines
        .filter((d) => d.overdue || isDueSoon(d, ctx.config.periods, now))
        .map((d) => ({ ...deadlineView(d), caseId: l.row.case.id, caseReference: l.row.case.reference })),
    )
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.localeCompare(b.dueAt));
  return {
    counts: {
      cases: mine.length,
      overdue: deadlines.filter((d) => d.overdue).length,
      dueSoon: deadlines.filter((d) => !d.overdue).length,
      referralsWaiting: inbox.items.length,
      unassigned: unassigned.length,
    },
    deadlines,
    cases: mine.map((l) => l.summary),
    referrals: inbox.items,
    unassigned: unassigned.map((l) => l.summary),
    approvals,
  };
}

/** A manager's view: the organisation's open cases by the worker responsible, and those nobody is. */
export async function caseloadOf(ctx: RequestContext) {
  const m = actingMembership(ctx);
  const now = new Date();
  const [listed, staff] = await Promise.all([
    listCases(ctx.db, m.organisationId, { open: true }).then((rows) => withDeadlines(ctx, rows)),
    staffWhoMay(ctx.db, m.organisationId, 'case.assign'),
  ]);
  const of = (userId: string | null) => listed.filter((l) => l.row.responsibleUserId === userId);
  const known = new Set(staff.map((s) => s.id));
  // Someone responsible who has since left the organisation still holds cases: they are listed too,
  // so the manager sees what to hand on.
  const holders = [...new Set(listed.map((l) => l.row.responsibleUserId).filter((id): id is string => !!id))];
  const departed = holders.filter((id) => !known.has(id));
  const names = new Map([...staff.map((s) => [s.id, s.name] as const), ...(await namesOf(ctx.db, departed))]);
  const workers = [...staff.map((s) => s.id), ...departed].map((userId) => {
    const cases = of(userId);
    const deadlines = cases.flatMap((l) => l.deadlines);
    return {
      userId,
      name: names.get(userId) ?? '—',
      cases: cases.length,
      overdue: cases.filter((l) => l.deadlines.some((d) => d.overdue)).length,
      dueSoon: deadlines.filter((d) => isDueSoon(d, ctx.config.periods, now)).length,
      caseList: cases.map((l) => l.summary),
    };
  });
  return { workers, unassigned: of(null).map((l) => l.summary) };
}
