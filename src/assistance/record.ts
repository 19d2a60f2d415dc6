import type { z } from 'zod';
import type { CaseRow } from '../cases/store.ts';
import { fitsAllocation } from '../funding/rules.ts';
import { allocationsByIds } from '../funding/store.ts';
import { AppError } from '../platform/errors.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { requestApproval } from '../review/approvals.ts';
import { changeAssistance } from './access.ts';
import type { AssessmentInput, RightsInput, ServicesInput } from './model.ts';
import { dayInVilnius, serviceDateProblem } from './rules.ts';
import { sealFields } from './sealed.ts';
import { insertAssessment, insertRights, insertServices, planItemsOf } from './store.ts';

// What a support service records as it helps (seed 002): the rights it told the person, the needs
// it assessed with them, and the services it gave.

export function giveRights(ctx: RequestContext, id: string, input: z.output<typeof RightsInput>) {
  return changeAssistance(
    ctx,
    id,
    'assistance.record',
    'assistance.rights',
    async (s) => {
      await insertRights(s.ctx.db, {
        caseId: s.row.id,
        organisationId: s.organisationId,
        userId: s.userId,
        ...input,
      });
      return { event: 'rights_given', detail: { language: input.language, form: input.form } };
    },
    'inform_rights',
  );
}

/** An assessment, or a re-assessment when circumstances change: every one is kept. */
export function assessNeeds(ctx: RequestContext, id: string, input: z.output<typeof AssessmentInput>) {
  return changeAssistance(
    ctx,
    id,
    'assistance.record',
    'assistance.assessment',
    async (s) => {
      const words = Object.fromEntries(input.needs.map((n) => [`note.${n.domain}`, n.note]));
      const assessment = await insertAssessment(s.ctx.db, {
        caseId: s.row.id,
        organisationId: s.organisationId,
        userId: s.userId,
        assessedOn: input.assessedOn,
        needs: input.needs.map(({ domain, urgency }) => ({ domain, urgency })),
        riskLevel: input.risk.level,
        sealed: sealFields(s.personKey, 'assessment', s.row.id, {
          ...words,
          riskReasons: input.risk.reasons,
          changeReason: input.changeReason,
        }),
      });
      // An assessment counts at once (help does not wait for it); its approval is a second look.
      await requestApproval(s.case, 'assessment', { subjectId: assessment.id });
      return { event: 'needs_assessed', detail: { risk: input.risk.level, needs: input.needs.length } };
    },
    'assess_needs',
  );
}

/** The day the case began: the person was met, or the case opened, whichever came first. */
export function caseBeganOn(row: Pick<CaseRow, 'facts' | 'createdAt'>) {
  const metAt = row.facts.metAt;
  const opened = dayInVilnius(row.createdAt);
  const met = metAt ? dayInVilnius(new Date(metAt)) : opened;
  return [met, opened].sort()[0]!;
}

/** Several services at once, as a case worker enters a day's work. */
export function recordServices(ctx: RequestContext, id: string, input: z.output<typeof ServicesInput>) {
  return changeAssistance(
    ctx,
    id,
    'assistance.record',
    'assistance.services',
    async (s) => {
      const began = caseBeganOn(s.row);
      const items = new Set((await planItemsOf(s.ctx.db, s.row.id)).map((i) => i.id));
      const allocations = await allocationsByIds(
        s.ctx.db,
        input.services.flatMap((x) => (x.allocationId ? [x.allocationId] : [])),
      );
      const problems = input.services.flatMap((service, n) => {
        const date = serviceDateProblem(service.givenOn, began, s.today);
        const wrongItem = service.planItemId && !items.has(service.planItemId);
        const allocation = service.allocationId ? allocations.get(service.allocationId) : undefined;
        const wrongAllocation =
          service.allocationId &&
          !(
            allocation &&
            fitsAllocation({ organisationId: s.organisationId, givenOn: service.givenOn }, allocation)
          );
        return [
          ...(date
            ? [
                {
                  field: `body.services.${n}.givenOn`,
                  message:
                    date === 'service_in_future'
                      ? 'in_future: cannot be in the future'
                      : `cannot be before the case began (${began})`,
                },
              ]
            : []),
          ...(wrongItem
            ? [{ field: `body.services.${n}.planItemId`, message: 'not an item of this case’s plan' }]
            : []),
          ...(wrongAllocation
            ? [
                {
                  field: `body.services.${n}.allocationId`,
                  message: 'not an allocation of your organisation for the year the service was given',
                },
              ]
            : []),
        ];
      });
      if (problems.length > 0)
        throw new AppError('validation_failed', `${problems[0]!.field}: ${problems[0]!.message}`, problems);
      await insertServices(
        s.ctx.db,
        input.services.map((service) => ({
          caseId: s.row.id,
          organisationId: s.organisationId,
          userId: s.userId,
          type: service.type,
          givenOn: service.givenOn,
          minutes: service.minutes ?? null,
          amountEur: service.amountEur ?? null,
          mode: service.mode,
          planItemId: service.planItemId ?? null,
          allocationId: service.allocationId ?? null,
        })),
      );
      return {
        event: 'services_recorded',
        detail: { count: input.services.length, types: [...new Set(input.services.map((x) => x.type))] },
      };
    },
    'start_services',
  );
}
