import type { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { organisationsWith } from '../cases/organisations.ts';
import { AppError, conflict } from '../platform/errors.ts';
import { actingMembership, actorOf } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import type { AllocationInput, FundingView } from './model.ts';
import { costPer } from './rules.ts';
import { allocationsOf, fundingTotals, insertAllocation } from './store.ts';

// Funding (seeds 002, 004): the funding ministry records what it gives to whom for what; everyone
// who reads it sees what that money delivered, per service and per person.

/** Nationally for the statistician and the coordinator; a manager's own organisation otherwise. */
async function scopeOf(ctx: RequestContext) {
  const m = actingMembership(ctx);
  if (m.role !== 'organisation_manager') return null;
  const [org] = await organisationsWith(ctx.db, [m.organisationId]);
  return org?.functions.includes('funding_authority') ? null : m.organisationId;
}

export async function fundingOf(ctx: RequestContext, year: number): Promise<z.input<typeof FundingView>> {
  const scope = await scopeOf(ctx);
  const [rows, totals] = await Promise.all([
    allocationsOf(ctx.db, year, scope),
    fundingTotals(ctx.db, year, scope),
  ]);
  const items = rows.map((r) => {
    const [amount, services, people] = [Number(r.amount_eur), Number(r.services), Number(r.people)];
    return {
      id: r.id,
      year: r.year,
      organisation: { id: r.organisation_id, name: { lt: r.name_lt_org, en: r.name_en_org } },
      programme: r.programme as 'food',
      name: { lt: r.name_lt, en: r.name_en },
      amountEur: amount,
      services,
      people,
      costPerService: costPer(amount, services),
      costPerPerson: costPer(amount, people),
    };
  });
  const amountEur = Math.round(items.reduce((sum, i) => sum + i.amountEur, 0) * 100) / 100;
  const services = items.reduce((sum, i) => sum + i.services, 0);
  return {
    year,
    items,
    totals: {
      amountEur,
      services,
      people: totals.people,
      costPerService: costPer(amountEur, services),
      costPerPerson: costPer(amountEur, totals.people),
      servicesWithoutAllocation: totals.withoutAllocation,
    },
  };
}

/** Only an organisation that funds (the ministry) records an allocation; it goes to a support service. */
export async function allocate(ctx: RequestContext, input: z.output<typeof AllocationInput>) {
  const m = actingMembership(ctx);
  const [funder, recipient] = await organisationsWith(ctx.db, [m.organisationId, input.organisationId]).then(
    (orgs) => [orgs.find((o) => o.id === m.organisationId), orgs.find((o) => o.id === input.organisationId)],
  );
  if (!funder?.functions.includes('funding_authority')) {
    throw conflict('Only the funding ministry records allocations.', 'not_funding_authority');
  }
  if (!recipient) {
    throw new AppError('validation_failed', 'body.organisationId: no such organisation', [
      { field: 'body.organisationId', message: 'unknown_organisation: no such organisation' },
    ]);
  }
  return ctx.db.transaction(async (tx) => {
    const row = await insertAllocation(tx, {
      year: input.year,
      organisationId: input.organisationId,
      funderOrganisationId: m.organisationId,
      programme: input.programme,
      nameLt: input.name.lt,
      nameEn: input.name.en,
      amountEur: input.amountEur,
      createdByUserId: actorOf(ctx).userId,
    });
    await recordAudit(tx, ctx, {
      action: 'funding.allocate',
      recordType: 'funding_allocation',
      recordId: row.id,
      outcome: 'success',
      detail: {
        year: input.year,
        organisationId: input.organisationId,
        programme: input.programme,
        amountEur: input.amountEur,
      },
    });
    return fundingOf({ ...ctx, db: tx }, input.year);
  });
}
