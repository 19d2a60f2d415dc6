import type { z } from 'zod';
import { caseFor } from '../cases/access.ts';
import { todayInVilnius } from '../cases/model.ts';
import { activeTeam } from '../cases/view.ts';
import { inTurn } from '../platform/db.ts';
import { AppError, conflict } from '../platform/errors.ts';
import { actingMembership } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { requestApproval } from '../review/approvals.ts';
import { changeAssistance, type Scoped } from './access.ts';
import type { PlanAgreementInput, PlanItemInput, PlanItemUpdateInput } from './model.ts';
import { overlapsFor, planReviewOn } from './rules.ts';
import { sealFields } from './sealed.ts';
import {
  insertAgreement,
  insertPlanItem,
  namesOf,
  planAgreementsOf,
  planItemsOf,
  servicesOf,
  updatePlanItem,
} from './store.ts';

// The plan of assistance measures drawn up with the person (seed 002), visible to the whole team, so
// two organisations do not plan the same help for the same weeks (seed 004).

type Planned = { organisationId: string; measure: string; dueOn: string };

async function overlapsOn(s: Pick<Scoped, 'ctx' | 'row' | 'team' | 'today'>, item: Planned) {
  const [items, services] = await inTurn(
    () => planItemsOf(s.ctx.db, s.row.id),
    () => servicesOf(s.ctx.db, s.row.id),
  );
  const team = activeTeam(s.team).map((m) => m.organisationId);
  const found = overlapsFor(item, items, services, s.today, team);
  const names = await namesOf(
    s.ctx.db,
    found.map((o) => o.organisationId),
    [],
  );
  return found.map((o) => ({
    organisation: names.organisation(o.organisationId),
    source: o.source,
    on: o.on,
  }));
}

/** Who else on the team plans or gives this help in the period: asked before a plan item is saved. */
export async function planOverlaps(ctx: RequestContext, id: string, item: Planned) {
  const { row, team } = await caseFor(ctx, 'assistance.read', id);
  return { items: await overlapsOn({ ctx, row, team, today: todayInVilnius() }, item) };
}

export function addPlanItem(ctx: RequestContext, id: string, input: z.output<typeof PlanItemInput>) {
  return changeAssistance(ctx, id, 'assistance.record', 'assistance.plan_item.add', async (s) => {
    if (!activeTeam(s.team).some((m) => m.organisationId === input.organisationId)) {
      throw conflict(
        'A plan item is given by an organisation on the case team; refer the case to it first.',
        'not_on_team',
      );
    }
    if (!input.acknowledgeOverlap) {
      const overlaps = await overlapsOn(s, input);
      if (overlaps.length > 0) {
        const who = overlaps.map((o) => o.organisation.name.en).join(', ');
        throw conflict(
          `${who} already plans or gives this help in this period; confirm to plan it as well.`,
          'overlap',
        );
      }
    }
    const item = await insertPlanItem(s.ctx.db, {
      caseId: s.row.id,
      organisationId: input.organisationId,
      need: input.need,
      measure: input.measure,
      dueOn: input.dueOn,
      status: 'planned',
      sealedNote: sealFields(s.personKey, 'plan-item', s.row.id, { note: input.note }),
      createdByUserId: s.userId,
      createdOn: s.today,
    });
    return {
      event: 'plan_item_added',
      detail: {
        itemId: item.id,
        measure: input.measure,
        provider: input.organisationId,
        overlapAcknowledged: input.acknowledgeOverlap,
      },
    };
  });
}

export function changePlanItem(
  ctx: RequestContext,
  id: string,
  itemId: string,
  input: z.output<typeof PlanItemUpdateInput>,
) {
  return changeAssistance(ctx, id, 'assistance.record', 'assistance.plan_item.change', async (s) => {
    const [items, agreements] = await inTurn(
      () => planItemsOf(s.ctx.db, s.row.id),
      () => planAgreementsOf(s.ctx.db, s.row.id),
    );
    const item = items.find((i) => i.id === itemId);
    if (!item) throw new AppError('not_found', 'The plan item was not found.');
    // The providing organisation, or the one that wrote the plan, keeps the item's status.
    const m = actingMembership(ctx);
    if (
      item.organisationId !== m.organisationId &&
      !agreements.some((a) => a.organisationId === m.organisationId)
    ) {
      throw conflict(
        'Only the providing organisation or the one that agreed the plan changes this item.',
        'not_provider',
      );
    }
    const updated = await updatePlanItem(s.ctx.db, s.row.id, itemId, input.version, input.status);
    if (!updated) throw conflict('The plan item was changed by someone else; reload to see what changed.');
    return { event: 'plan_item_changed', detail: { itemId, from: item.status, to: input.status } };
  });
}

/** The person agrees to the plan, in their own words; the review day becomes a deadline once it stands. */
export function agreePlan(ctx: RequestContext, id: string, input: z.output<typeof PlanAgreementInput>) {
  return changeAssistance(
    ctx,
    id,
    'assistance.record',
    'assistance.plan.agree',
    async (s) => {
      const items = await planItemsOf(s.ctx.db, s.row.id);
      if (items.length === 0)
        throw conflict('Add the plan’s measures before recording the agreement.', 'plan_empty');
      const reviewOn = planReviewOn(input.agreedOn, input.reviewOn, ctx.config.periods.planReviewDays);
      if (reviewOn < input.agreedOn)
        throw new AppError('validation_failed', 'body.reviewOn: cannot be before the agreement', [
          { field: 'body.reviewOn', message: 'before_agreement: cannot be before the agreement' },
        ]);
      const agreement = await insertAgreement(s.ctx.db, {
        caseId: s.row.id,
        organisationId: s.organisationId,
        userId: s.userId,
        agreedOn: input.agreedOn,
        reviewOn,
        sealedWords: sealFields(s.personKey, 'plan-agreement', s.row.id, { victimWords: input.victimWords }),
      });
      // Where the organisation asks approval, the plan is agreed (and its review due) once approved.
      const waiting = await requestApproval(s.case, 'plan', {
        subjectId: agreement.id,
        detail: { reviewOn },
      });
      if (!waiting) s.case.set({ planReviewOn: reviewOn });
      return { event: 'plan_agreed', detail: { items: items.length, reviewOn, waiting }, waiting };
    },
    'agree_plan',
  );
}
