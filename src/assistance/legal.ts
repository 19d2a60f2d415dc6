import type { z } from 'zod';
import { inTurn } from '../platform/db.ts';
import { AppError, conflict } from '../platform/errors.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { changeAssistance, personFacts } from './access.ts';
import { claimOf } from './legal-store.ts';
import type { CompensationInput, InvestigationInput, LegalStepInput, LegalStepUpdateInput } from './model.ts';
import { compensationEligibility } from './rules.ts';
import { sealFields } from './sealed.ts';
import { insertLegalStep, saveClaim, saveInvestigation, updateLegalStep } from './store.ts';

// The legal side (seed 001) as the case team records it: the pre-trial investigation the case belongs
// to, protection and legal aid asked for, and a claim to the Fund for Victims of Crimes with its
// eligibility. The police's own verbs are in police.ts, the Ministry of Justice's in claims.ts.

export function linkInvestigation(
  ctx: RequestContext,
  id: string,
  input: z.output<typeof InvestigationInput>,
) {
  return changeAssistance(ctx, id, 'assistance.record', 'assistance.investigation', async (s) => {
    await saveInvestigation(s.ctx.db, {
      caseId: s.row.id,
      institution: input.institution,
      startedOn: input.startedOn ?? null,
      closedOn: input.closedOn ?? null,
      outcome: input.outcome ?? null,
      sealed: sealFields(s.personKey, 'investigation', s.row.id, {
        caseNumber: input.caseNumber,
        officerName: input.officerName,
        officerContact: input.officerContact,
      }),
    });
    return { event: 'investigation_linked', detail: { institution: input.institution } };
  });
}

export function addLegalStep(ctx: RequestContext, id: string, input: z.output<typeof LegalStepInput>) {
  return changeAssistance(ctx, id, 'assistance.record', 'assistance.legal_step.add', async (s) => {
    await insertLegalStep(s.ctx.db, {
      caseId: s.row.id,
      organisationId: s.organisationId,
      userId: s.userId,
      kind: input.kind,
      measure: input.kind === 'protection' ? (input.measure ?? null) : null,
      status: input.status,
      on: input.on,
      sealedNote: sealFields(s.personKey, 'legal-step', s.row.id, { note: input.note }),
    });
    return {
      event: 'legal_step_added',
      detail: { kind: input.kind, measure: input.measure ?? null, status: input.status },
    };
  });
}

export function changeLegalStep(
  ctx: RequestContext,
  id: string,
  stepId: string,
  input: z.output<typeof LegalStepUpdateInput>,
) {
  return changeAssistance(ctx, id, 'assistance.record', 'assistance.legal_step.change', async (s) => {
    const updated = await updateLegalStep(s.ctx.db, s.row.id, stepId, input.version, input.status);
    if (!updated) {
      throw new AppError(
        'conflict',
        'The step was not found, or was changed by someone else; reload to see it.',
      );
    }
    return { event: 'legal_step_changed', detail: { stepId, status: input.status } };
  });
}

/** A claim not eligible is saved all the same, marked with why: the person may still want to file it. */
export function saveCompensation(ctx: RequestContext, id: string, input: z.output<typeof CompensationInput>) {
  return changeAssistance(ctx, id, 'assistance.record', 'assistance.compensation', async (s) => {
    const [{ pathway }, sent] = await inTurn(
      () => personFacts(s.ctx.db, s.row),
      () => claimOf(s.ctx.db, s.row.id),
    );
    // Once sent, the claim is the Ministry's to handle: the team sees its steps, and changes nothing.
    if (sent?.stage)
      throw conflict(
        'The claim is with the Ministry of Justice; it can no longer be changed here.',
        'claim_sent',
      );
    const eligibility = compensationEligibility({ ...input, pathway });
    const saved = await saveClaim(
      s.ctx.db,
      {
        caseId: s.row.id,
        organisationId: s.organisationId,
        crime: input.crime,
        crimeOn: input.crimeOn,
        status: input.status,
        filedOn: input.filedOn ?? null,
        amountEur: input.amountEur ?? null,
        lawfullyResidentInEu: input.lawfullyResidentInEu,
        eligible: eligibility.eligible,
      },
      input.version,
    );
    if (!saved) throw conflict('The claim was changed by someone else; reload to see what changed.');
    return {
      event: 'compensation_updated',
      detail: { status: input.status, eligible: eligibility.eligible, reasons: eligibility.reasons },
    };
  });
}
