import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { users } from '../access/tables.ts';
import { getPerson } from '../people/store.ts';
import { conflict } from '../platform/errors.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { teamAudiences } from './alerts.ts';
import type { CASE_EVENTS } from './catalogue.ts';
import { type Changing, changeCase } from './change.ts';
import type {
  CooperationInput,
  IdentificationInput,
  ReflectionInput,
  ResidencePermitInput,
} from './model.ts';
import { caseAnswer } from './read.ts';
import { acceptWaitingReferrals } from './referrals.ts';
import { sealReason } from './sealed.ts';

// The decisions the law names: formal identification, cooperation with criminal proceedings, the
// reflection period and the residence permit. Each is a change to the case with the version the
// decider read; reasons are sealed under the person's key.

/** Who decided, as colleagues know them: the display name. */
export async function deciderName(c: Changing) {
  const [user] = await c.ctx.db
    .select({ name: users.displayName })
    .from(users)
    .where(eq(users.id, c.userId))
    .limit(1);
  return user?.name ?? c.userId;
}

/** A decision on the case: `apply` sets what it decides and answers the codes the timeline and audit keep. */
function decide(
  ctx: RequestContext,
  id: string,
  version: number,
  recorded: { event: (typeof CASE_EVENTS)[number]; audit: string },
  apply: (c: Changing) => Promise<Record<string, unknown>>,
) {
  return changeCase(
    ctx,
    id,
    {
      action: 'case.decide',
      version,
      apply: async (c) => {
        const detail = await apply(c);
        c.event(recorded.event, detail);
        c.audit({ action: recorded.audit, detail });
        c.alert({ kind: 'decision_made', audiences: teamAudiences(c.team) });
      },
    },
    caseAnswer,
  );
}

const sealedDecisionText = async (c: Changing, text: string | undefined) =>
  sealReason(await c.personKey(), 'decision-reason', c.row.id, text)?.toString('base64') ?? null;

/** Formal identification: identified, not identified, or more information needed, with reasons. */
export function decideIdentification(
  ctx: RequestContext,
  id: string,
  input: z.output<typeof IdentificationInput>,
) {
  const recorded = { event: 'identification_decided', audit: 'case.decide.identification' } as const;
  return decide(ctx, id, input.version, recorded, async (c) => {
    if (c.row.kind !== 'trafficking')
      throw conflict('Formal identification applies to trafficking cases only.', 'trafficking_only');
    const earlier = c.row.identification;
    if (
      input.outcome === 'more_information_needed' &&
      earlier &&
      earlier.outcome !== 'more_information_needed'
    ) {
      throw conflict(
        'The person has already been formally identified or not; that decision stands.',
        'already_decided',
      );
    }
    if (input.outcome !== 'more_information_needed') {
      await c.move(input.outcome === 'identified' ? 'record_identified' : 'record_not_identified', {
        reason: input.reasons,
        required: true,
        reasonKeptElsewhere: true,
      });
    }
    c.set({
      identification: {
        outcome: input.outcome,
        reasonsSealed: await sealedDecisionText(c, input.reasons),
        decidedOn: input.decidedOn,
        by: await deciderName(c),
      },
    });
    await acceptWaitingReferrals(c);
    return { outcome: input.outcome, decidedOn: input.decidedOn };
  });
}

/**
 * Whether the person will report and take part in criminal proceedings. It is recorded and nothing
 * else changes: help is the same either way (seed 000).
 */
export function decideCooperation(ctx: RequestContext, id: string, input: z.output<typeof CooperationInput>) {
  const recorded = { event: 'cooperation_decided', audit: 'case.decide.cooperation' } as const;
  return decide(ctx, id, input.version, recorded, async (c) => {
    c.set({
      cooperation: {
        outcome: input.outcome,
        decidedOn: input.decidedOn,
        by: await deciderName(c),
        noteSealed: await sealedDecisionText(c, input.note),
      },
    });
    return { outcome: input.outcome, decidedOn: input.decidedOn };
  });
}

/** The reflection and recovery period of a third-country national; its length is configuration. */
export function startReflection(ctx: RequestContext, id: string, input: z.output<typeof ReflectionInput>) {
  const recorded = { event: 'reflection_period_started', audit: 'case.decide.reflection' } as const;
  return decide(ctx, id, input.version, recorded, async (c) => {
    const person = await getPerson(c.ctx.db, c.row.personId);
    if (person?.citizenshipPathway !== 'third_country') {
      throw conflict(
        'A reflection period is granted to third-country nationals; record the citizenship first.',
        'reflection_third_country',
      );
    }
    c.set({ reflectionStartsOn: input.startsOn });
    return { startsOn: input.startsOn, days: ctx.config.periods.reflectionPeriodDays };
  });
}

export function setResidencePermit(
  ctx: RequestContext,
  id: string,
  input: z.output<typeof ResidencePermitInput>,
) {
  const recorded = { event: 'residence_permit_changed', audit: 'case.decide.residence_permit' } as const;
  return decide(ctx, id, input.version, recorded, async (c) => {
    c.set({ residencePermit: input.status });
    return { status: input.status };
  });
}
