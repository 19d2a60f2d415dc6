import type { z } from 'zod';
import type { CaseRow } from '../cases/store.ts';
import { fitsAllocation } from '../funding/rules.ts';
import { allocationsByIds } from '../funding/store.ts';
import { AppError, conflict } from '../platform/errors.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { requestApproval } from '../review/approvals.ts';
import { changeAssistance, type Scoped } from './access.ts';
import type {
  AssessmentInput,
  RightsInput,
  ServiceCorrectionInput,
  ServiceEntry,
  ServiceRemovalInput,
  ServicesInput,
} from './model.ts';
import { dayInVilnius, serviceChangeRefusal, serviceDateProblem } from './rules.ts';
import { sealFields } from './sealed.ts';
import {
  deleteService,
  insertAssessment,
  insertRights,
  insertServiceCorrection,
  insertServices,
  planItemsOf,
  servicesOf,
  serviceWasRemoved,
  updateService,
} from './store.ts';
import type { ServiceFields } from './tables.ts';

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

/** Why services as entered cannot be kept, field by field ("body.services.0.givenOn", …); none when they can. */
async function serviceProblems(
  s: Scoped,
  services: readonly z.output<typeof ServiceEntry>[],
  fieldOf: (n: number, name: string) => string,
) {
  const began = caseBeganOn(s.row);
  const items = new Set((await planItemsOf(s.ctx.db, s.row.id)).map((i) => i.id));
  const allocations = await allocationsByIds(
    s.ctx.db,
    services.flatMap((x) => (x.allocationId ? [x.allocationId] : [])),
  );
  return services.flatMap((service, n) => {
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
              field: fieldOf(n, 'givenOn'),
              message:
                date === 'service_in_future'
                  ? 'in_future: cannot be in the future'
                  : `service_before_case: cannot be before the case began (${began})`,
            },
          ]
        : []),
      ...(wrongItem
        ? [{ field: fieldOf(n, 'planItemId'), message: 'not_plan_item: not an item of this case’s plan' }]
        : []),
      ...(wrongAllocation
        ? [
            {
              field: fieldOf(n, 'allocationId'),
              message:
                'not_own_allocation: not an allocation of your organisation for the year the service was given',
            },
          ]
        : []),
    ];
  });
}

function refuseProblems(problems: { field: string; message: string }[]) {
  if (problems.length > 0)
    throw new AppError('validation_failed', `${problems[0]!.field}: ${problems[0]!.message}`, problems);
}

/** A service's own fields as stored, from what was entered or from its row. */
const serviceFields = (
  service: Pick<ServiceFields, 'type' | 'givenOn' | 'mode'> & {
    [K in 'minutes' | 'amountEur' | 'planItemId' | 'allocationId']?: ServiceFields[K] | undefined;
  },
): ServiceFields => ({
  type: service.type,
  givenOn: service.givenOn,
  minutes: service.minutes ?? null,
  amountEur: service.amountEur ?? null,
  mode: service.mode,
  planItemId: service.planItemId ?? null,
  allocationId: service.allocationId ?? null,
});

/** Several services at once, as a case worker enters a day's work. */
export function recordServices(ctx: RequestContext, id: string, input: z.output<typeof ServicesInput>) {
  return changeAssistance(
    ctx,
    id,
    'assistance.record',
    'assistance.services',
    async (s) => {
      refuseProblems(await serviceProblems(s, input.services, (n, name) => `body.services.${n}.${name}`));
      await insertServices(
        s.ctx.db,
        input.services.map((service) => ({
          caseId: s.row.id,
          organisationId: s.organisationId,
          userId: s.userId,
          ...serviceFields(service),
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

const stale = () => conflict('The service was changed by someone else; reload to see what changed.');

/**
 * The service the worker's organisation recorded, at the version they saw: another organisation's
 * service is theirs to correct, and a change made meanwhile answers 409.
 */
async function ownService(s: Scoped, serviceId: string) {
  const service = (await servicesOf(s.ctx.db, s.row.id)).find((x) => x.id === serviceId);
  if (!service) {
    if (await serviceWasRemoved(s.ctx.db, s.row.id, serviceId)) throw stale();
    throw new AppError('not_found', 'The service was not found on this case.');
  }
  if (serviceChangeRefusal(service.organisationId, s.organisationId)) {
    throw conflict('Only the organisation that recorded a service corrects or removes it.', 'not_recorder');
  }
  return service;
}

/** A recorded service put right (a wrong date, kind or length), with the reason; the history keeps both. */
export function correctService(
  ctx: RequestContext,
  id: string,
  serviceId: string,
  input: z.output<typeof ServiceCorrectionInput>,
) {
  return changeAssistance(ctx, id, 'assistance.record', 'assistance.service.correct', async (s) => {
    const service = await ownService(s, serviceId);
    refuseProblems(await serviceProblems(s, [input], (_n, name) => `body.${name}`));
    const after = serviceFields(input);
    if (!(await updateService(s.ctx.db, s.row.id, serviceId, input.version, after))) throw stale();
    const before = serviceFields(service);
    await insertServiceCorrection(s.ctx.db, {
      caseId: s.row.id,
      serviceId,
      organisationId: s.organisationId,
      userId: s.userId,
      kind: 'corrected',
      before,
      after,
      sealedReason: sealFields(s.personKey, 'service-correction', s.row.id, { reason: input.reason }),
    });
    return {
      event: 'service_corrected',
      detail: { serviceId, type: after.type, givenOn: after.givenOn },
      reason: input.reason,
    };
  });
}

/** A service recorded by mistake taken out of the case and of the counts, with the reason. */
export function removeService(
  ctx: RequestContext,
  id: string,
  serviceId: string,
  input: z.output<typeof ServiceRemovalInput>,
) {
  return changeAssistance(ctx, id, 'assistance.record', 'assistance.service.remove', async (s) => {
    const service = await ownService(s, serviceId);
    if (!(await deleteService(s.ctx.db, s.row.id, serviceId, input.version))) throw stale();
    await insertServiceCorrection(s.ctx.db, {
      caseId: s.row.id,
      serviceId,
      organisationId: s.organisationId,
      userId: s.userId,
      kind: 'removed',
      before: serviceFields(service),
      after: null,
      sealedReason: sealFields(s.personKey, 'service-correction', s.row.id, { reason: input.reason }),
    });
    return {
      event: 'service_removed',
      detail: { serviceId, type: service.type, givenOn: service.givenOn },
      reason: input.reason,
    };
  });
}
