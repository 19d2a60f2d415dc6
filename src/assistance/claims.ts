import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { authorisedRecord } from '../access/record-guard.ts';
import { organisations } from '../access/tables.ts';
import { recordAudit } from '../audit/record.ts';
import { organisationAudience } from '../cases/alerts.ts';
import { changeCase } from '../cases/change.ts';
import { caseWithTeam } from '../cases/store.ts';
import { activeTeam, consentStands } from '../cases/view.ts';
import { getPerson, personDataKey } from '../people/store.ts';
import type { Db } from '../platform/db.ts';
import { AppError, conflict } from '../platform/errors.ts';
import { actingMembership } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { changeAssistance } from './access.ts';
import type { ClaimStepInput, ClaimView, SendClaimInput } from './legal-model.ts';
import { type ClaimRow, claimOf, claimsSentTo, updateClaimAt } from './legal-store.ts';
import { claimStepRefusal, compensationEligibility, stageAfter } from './rules.ts';
import { openFields, sealFields } from './sealed.ts';
import { namesOf } from './store.ts';
import { claimHandlingOf } from './view.ts';

// A claim to the Fund for Victims of Crimes travels from the case to the Ministry of Justice, which
// administers the Fund (seed 001): the team sends it with the person's consent; a compensation officer
// records its receipt, asks for documents and decides; the case team sees each step on its case.

const STALE = 'The claim was changed by someone else since you opened it; reload to see what changed.';

/** The organisation that administers the Fund: the one holding the compensation authority function. */
async function compensationAuthority(db: Db) {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(sql`${organisations.functions} @> array['compensation_authority']::text[]`)
    .orderBy(organisations.slug)
    .limit(1);
  return row ?? null;
}

/** The team sends the saved claim to the Ministry of Justice; only with the person's consent. */
export function sendClaim(ctx: RequestContext, id: string, input: z.output<typeof SendClaimInput>) {
  return changeAssistance(ctx, id, 'assistance.record', 'assistance.compensation.send', async (s) => {
    if (!consentStands(await s.case.consents(), 'compensation_claim')) {
      throw conflict(
        "First record the person's consent to send the claim to the Ministry of Justice (compensation claim).",
        'consent.compensation_claim',
      );
    }
    const claim = await claimOf(s.ctx.db, s.row.id);
    if (!claim) throw conflict('There is no claim to send: save it first.', 'claim_not_sent');
    if (claim.stage) throw conflict('The claim is already with the Ministry of Justice.', 'claim_sent');
    const authority = await compensationAuthority(s.ctx.db);
    if (!authority) {
      throw conflict(
        'No organisation administers the Fund for Victims of Crimes.',
        'no_compensation_authority',
      );
    }
    const sent = await updateClaimAt(s.ctx.db, s.row.id, input.version, {
      stage: 'sent',
      authorityOrganisationId: authority.id,
      sentAt: new Date(),
      sentByUserId: s.userId,
      status: 'filed',
      filedOn: s.today,
    });
    if (!sent) throw conflict(STALE);
    s.case.alert({
      kind: 'compensation_claim_received',
      audiences: [{ organisation: authority.id, action: 'claim.handle' }],
      link: `/claims/${s.row.id}`,
    });
    return { event: 'compensation_sent', detail: { eligible: claim.eligible } };
  });
}

/** A claim as the Ministry sees it; `key` opens its own words (documents asked, a refusal's reason). */
async function claimViewOf(
  ctx: RequestContext,
  claim: ClaimRow,
  reference: string,
  personId: string,
  key: Buffer | null,
): Promise<z.input<typeof ClaimView>> {
  const person = await getPerson(ctx.db, personId);
  const pathway = (person?.citizenshipPathway ?? 'unknown') as 'unknown';
  const names = await namesOf(ctx.db, [claim.organisationId, claim.authorityOrganisationId!], []);
  return {
    caseId: claim.caseId,
    reference,
    crime: claim.crime as 'other',
    crimeOn: claim.crimeOn,
    amountEur: claim.amountEur,
    lawfullyResidentInEu: claim.lawfullyResidentInEu,
    pathway,
    eligibility: compensationEligibility({ ...claim, pathway }),
    sentBy: names.organisation(claim.organisationId),
    handling: claimHandlingOf(claim, names, (kind, sealed) => openFields(key, kind, claim.caseId, sealed))!,
    version: claim.version,
  };
}

/** The claims sent to the compensation officer's organisation, newest first; no words opened. */
export async function claimInbox(ctx: RequestContext) {
  const rows = await claimsSentTo(ctx.db, actingMembership(ctx).organisationId);
  const items = [];
  for (const r of rows) {
    const { handling, ...view } = await claimViewOf(ctx, r.claim, r.reference, r.personId, null);
    items.push({ ...view, stage: handling.stage, sentOn: handling.sentOn });
  }
  return { items };
}

/** A claim sent to the acting organisation, or "not found" (audited), as for any record not its own. */
async function claimFor(ctx: RequestContext, action: 'claim.read' | 'claim.handle', caseId: string) {
  return authorisedRecord(ctx, {
    action,
    recordType: 'compensation_claim',
    id: caseId,
    what: 'The claim',
    load: async () => {
      const claim = await claimOf(ctx.db, caseId);
      return claim?.stage ? claim : null;
    },
    organisationsOf: (claim) => (claim.authorityOrganisationId ? [claim.authorityOrganisationId] : []),
  });
}

/** One claim, with what the Ministry wrote on it; the reading is audited. */
export async function readClaim(ctx: RequestContext, caseId: string) {
  const claim = await claimFor(ctx, 'claim.read', caseId);
  const found = (await caseWithTeam(ctx.db, caseId))!;
  return ctx.db.transaction(async (tx) => {
    await recordAudit(tx, ctx, {
      action: 'claim.read',
      recordType: 'compensation_claim',
      recordId: caseId,
      outcome: 'success',
      detail: {},
    });
    const key = await personDataKey(tx, ctx.keys, found.row.personId);
    return claimViewOf({ ...ctx, db: tx }, claim, found.row.reference, found.row.personId, key);
  });
}

/**
 * The Ministry's step on a claim: receipt, documents asked for, or the decision, in that order, as a
 * change to the case (its timeline, audit and alerts in one transaction). The team hears of a request
 * for documents and of the decision.
 */
export function stepOnClaim(ctx: RequestContext, caseId: string, input: z.output<typeof ClaimStepInput>) {
  let claim: ClaimRow | null = null;
  return changeCase(
    ctx,
    caseId,
    {
      action: 'claim.handle',
      authorise: async (scoped) => {
        claim = await claimFor(scoped, 'claim.handle', caseId);
        return (await caseWithTeam(scoped.db, caseId))!;
      },
      apply: async (c) => {
        const current = claim!;
        const refusal = claimStepRefusal(current.stage as 'sent', input.step);
        if (refusal) throw conflict(REFUSED[refusal], refusal);
        const key = await c.personKey();
        const sentOn = current.sentAt!.toISOString().slice(0, 10);
        const set = (() => {
          switch (input.step) {
            case 'receive':
              notBefore(input.receivedOn, sentOn, 'body.receivedOn', 'the day the claim was sent');
              return { receivedOn: input.receivedOn };
            case 'request_documents':
              notBefore(
                input.requestedOn,
                current.receivedOn!,
                'body.requestedOn',
                'the day it was received',
              );
              return {
                documentsRequestedOn: input.requestedOn,
                sealedDocuments: sealFields(key, 'claim', caseId, { documents: input.documents }),
              };
            case 'decide':
              notBefore(input.decidedOn, current.receivedOn!, 'body.decidedOn', 'the day it was received');
              return {
                decision: input.decision,
                decidedOn: input.decidedOn,
                decidedAmountEur: 'amountEur' in input ? input.amountEur : null,
                sealedDecisionReason: sealFields(key, 'claim', caseId, {
                  reason: 'reason' in input ? input.reason : undefined,
                }),
                decidedByUserId: c.userId,
                // The claim's own status follows a final decision; an advance leaves it filed.
                ...(input.decision === 'advance_payment' ? {} : { status: input.decision }),
              };
          }
        })();
        const updated = await updateClaimAt(c.ctx.db, caseId, input.version, {
          ...set,
          stage: stageAfter(input.step),
        });
        if (!updated) throw conflict(STALE);
        claim = updated;
        const detail =
          input.step === 'decide'
            ? { decision: input.decision, amountEur: 'amountEur' in input ? input.amountEur : null }
            : {};
        c.event(EVENT[input.step], detail);
        c.audit({
          action: `claim.${input.step}`,
          recordType: 'compensation_claim',
          recordId: caseId,
          detail,
        });
        const team = activeTeam(c.team).filter((m) => m.organisationId !== c.organisationId);
        if (input.step === 'request_documents') {
          c.alert({
            kind: 'compensation_documents_requested',
            audiences: [organisationAudience(c.team, current.organisationId, 'assistance.record')],
          });
        }
        if (input.step === 'decide') {
          c.alert({
            kind: 'compensation_decided',
            audiences: team.map((m) => organisationAudience(c.team, m.organisationId, 'assistance.read')),
          });
        }
      },
    },
    async (done) => {
      const key = await personDataKey(done.ctx.db, done.ctx.keys, done.row.personId);
      return claimViewOf(done.ctx, claim!, done.row.reference, done.row.personId, key);
    },
  );
}

const EVENT = {
  receive: 'compensation_received',
  request_documents: 'compensation_documents_requested',
  decide: 'compensation_decided',
} as const;

const REFUSED: Record<NonNullable<ReturnType<typeof claimStepRefusal>>, string> = {
  claim_not_sent: 'The claim has not been sent to the Ministry of Justice.',
  claim_decided: 'The claim is already decided.',
  claim_received: 'The receipt of this claim is already recorded.',
  claim_not_received: 'First record that the claim was received.',
};

/** A step dated before the one it follows is the caller's mistake (400), named by field. */
function notBefore(day: string, earliest: string, field: string, what: string) {
  if (day < earliest) {
    throw new AppError('validation_failed', `${field}: cannot be before ${what} (${earliest}).`, [
      { field, message: `cannot be before ${what}` },
    ]);
  }
}
