import type { z } from 'zod';
import { organisationsWith } from '../cases/organisations.ts';
import { sendReferral } from '../cases/referrals.ts';
import { AppError, conflict } from '../platform/errors.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { changeAssistance } from './access.ts';
import type { FollowUpInput, LongTermInput, ReturnInput } from './model.ts';
import { totalCost } from './rules.ts';
import { sealFields } from './sealed.ts';
import { insertLongTerm, saveReturn } from './store.ts';

// Return and what follows (seed 000): voluntary return with IOM's checklist, long-term help handed to
// the municipality where the person is registered, and a follow-up day after the case closes.

export function saveReturnPlan(ctx: RequestContext, id: string, input: z.output<typeof ReturnInput>) {
  return changeAssistance(ctx, id, 'return.record', 'assistance.return', async (s) => {
    const saved = await saveReturn(
      s.ctx.db,
      {
        caseId: s.row.id,
        organisationId: s.organisationId,
        destinationCountry: input.destinationCountry,
        travelOn: input.travelOn ?? null,
        receivingOrganisation: input.receivingOrganisation ?? null,
        status: input.status,
        checklist: input.checklist.map((i) => ({
          kind: i.kind,
          status: i.status,
          costEur: i.costEur ?? null,
        })),
        sealedNote: sealFields(s.personKey, 'return', s.row.id, { note: input.reintegrationNote }),
      },
      input.version,
    );
    if (!saved) throw conflict('The return was changed by someone else; reload to see what changed.');
    return {
      event: 'return_updated',
      detail: {
        status: input.status,
        destination: input.destinationCountry,
        done: input.checklist.filter((i) => i.status === 'done').length,
        costEur: totalCost(input.checklist),
      },
    };
  });
}

/**
 * Long-term help goes to the municipality where the person is registered: a referral like any other
 * (consent checked, identity only if shared), with the municipality's contact kept on the case.
 */
export function handOverLongTerm(ctx: RequestContext, id: string, input: z.output<typeof LongTermInput>) {
  return changeAssistance(ctx, id, 'assistance.record', 'assistance.long_term', async (s) => {
    const [municipality] = await organisationsWith(s.ctx.db, [input.municipalityOrganisationId]);
    if (!municipality?.functions.includes('municipality')) {
      throw new AppError('validation_failed', 'body.municipalityOrganisationId: not a municipality', [
        { field: 'body.municipalityOrganisationId', message: 'not_municipality: not a municipality' },
      ]);
    }
    const referralId = await sendReferral(s.case, {
      toOrganisationId: municipality.id,
      purpose: 'long_term_assistance',
      note: input.note,
    });
    const added = await insertLongTerm(s.ctx.db, {
      caseId: s.row.id,
      municipalityOrganisationId: municipality.id,
      referralId,
      organisationId: s.organisationId,
      userId: s.userId,
      handedOverOn: s.today,
      sealed: sealFields(s.personKey, 'long-term', s.row.id, {
        contactName: input.contactName,
        contactPhone: input.contactPhone,
        note: input.note,
      }),
    });
    if (!added)
      throw conflict('Long-term help has already been handed over for this case.', 'already_handed_over');
    return { event: 'long_term_handed_over', detail: { municipality: municipality.id, referralId } };
  });
}

export function setFollowUp(ctx: RequestContext, id: string, input: z.output<typeof FollowUpInput>) {
  return changeAssistance(ctx, id, 'assistance.record', 'assistance.follow_up', async (s) => {
    s.case.set({ followUpOn: input.followUpOn });
    return { event: 'follow_up_set', detail: { followUpOn: input.followUpOn } };
  });
}
