import type { z } from 'zod';
import { authorisedRecord } from '../access/record-guard.ts';
import { recordAudit } from '../audit/record.ts';
import { getPerson, personDataKey, refuseIfRestricted } from '../people/store.ts';
import { inTurn } from '../platform/db.ts';
import { AppError, conflict } from '../platform/errors.ts';
import { actingMembership, actorOf } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { caseFor, viewerOf } from './access.ts';
import type { CreateReferralInput, RespondReferralInput } from './model.ts';
import { organisationsWith } from './organisations.ts';
import { originLeavesOnAcceptance, teamRoleOf } from './rules.ts';
import { sealReason, sealText } from './sealed.ts';
import {
  addEvent,
  type CaseRow,
  caseWithPerson,
  consentsOf,
  getReferral,
  inboxOf,
  insertReferral,
  joinTeam,
  leaveTeam,
  type ReferralRow,
  referralsOf,
  teamOf,
  updateCase,
  updateReferral,
} from './store.ts';
import { consentStands, deadlinesFor, referralView, summaryOf, workflowFactsOf } from './view.ts';
import { decideTransition } from './workflow.ts';

// Referrals carry a case from one organisation to the next, with the person's consent, and only
// with their identity when they agreed to share it.

const OPEN = ['sent', 'accepted'];
export const CHILD_RIGHTS_SERVICE = 'state-child-rights-protection-and-adoption-service';

/** Which consent a referral needs: the national point of contact's, a support service's, or none (child protection is the law's). */
function consentNeeded(
  target: { slug: string; functions: readonly string[] },
  purpose: string,
  child: boolean,
) {
  // The law, not consent, sends a child to the State Child Rights Protection and Adoption Service.
  if (purpose === 'child_protection' && child && target.slug === CHILD_RIGHTS_SERVICE) return null;
  const targetFunctions = target.functions;
  return targetFunctions.includes('national_contact_point')
    ? 'referral_to_national_contact_point'
    : 'referral_to_support_service';
}

/**
 * Send a referral inside the caller's transaction. A referral to the national point of contact is the
 * initial referral of a trafficking case: it starts the identification clock and moves the case on.
 */
export async function sendReferral(
  ctx: RequestContext,
  row: CaseRow,
  input: z.output<typeof CreateReferralInput>,
): Promise<{ caseRow: CaseRow; referralId: string }> {
  const m = actingMembership(ctx);
  await refuseIfRestricted(ctx.db, row.personId);
  const [target] = await organisationsWith(ctx.db, [input.toOrganisationId]);
  if (!target)
    throw new AppError('validation_failed', 'No such organisation.', [
      { field: 'body.toOrganisationId', message: 'no such organisation' },
    ]);
  if (target.id === m.organisationId)
    throw conflict('An organisation cannot refer a case to itself.', 'self');
  const [consentRows, existing, person] = await inTurn(
    () => consentsOf(ctx.db, row.id),
    () => referralsOf(ctx.db, [row.id]),
    () => getPerson(ctx.db, row.personId),
  );
  const needed = consentNeeded(target, input.purpose, row.child);
  if (
    needed &&
    !consentRows.some(
      ({ consent }) =>
        consent.scope === needed &&
        consent.withdrawnAt === null &&
        (consent.organisationId === null || consent.organisationId === target.id),
    )
  ) {
    throw conflict(
      `First record the person's consent to this referral (${needed.replaceAll('_', ' ')}).`,
      `consent.${needed}`,
    );
  }
  if (
    existing.some(
      (r) =>
        r.referral.toOrganisationId === target.id &&
        r.referral.purpose === input.purpose &&
        OPEN.includes(r.referral.status),
    )
  ) {
    throw conflict(
      'This organisation already has an open referral of this case for the same purpose.',
      'already_referred',
    );
  }
  const sharesIdentity = consentStands(consentRows, 'share_identity') && person?.sealedIdentity != null;
  const personKey = input.note ? await personDataKey(ctx.db, ctx.keys, row.personId) : null;
  const now = new Date();
  const referral = await insertReferral(ctx.db, {
    caseId: row.id,
    fromOrganisationId: m.organisationId,
    toOrganisationId: target.id,
    purpose: input.purpose,
    sealedNote: input.note && personKey ? sealText(personKey, 'referral-note', row.id, input.note) : null,
    sharesIdentity,
    status: 'sent',
    sentByUserId: actorOf(ctx).userId,
    sentAt: now,
    respondBy: new Date(now.getTime() + ctx.config.periods.referralResponseHours * 3_600_000),
  });
  let caseRow = row;
  if (
    target.functions.includes('national_contact_point') &&
    row.kind === 'trafficking' &&
    !row.referredToNcpAt
  ) {
    const team = await teamOf(ctx.db, row.id);
    const decision = decideTransition('refer_to_national_contact_point', {
      ...workflowFactsOf({ row, team, consents: consentRows }, viewerOf(ctx)),
      reason: undefined,
    });
    const moved = await updateCase(ctx.db, row.id, row.version, {
      referredToNcpAt: now,
      ...(decision.ok ? { state: decision.to } : {}),
    });
    // Someone changed the case since it was read: the referral is not sent (the transaction rolls back).
    if (!moved)
      throw conflict('The case was changed by someone else a moment ago; reload it and refer again.');
    caseRow = moved;
  }
  await addEvent(ctx.db, {
    caseId: row.id,
    type: 'referral_sent',
    organisationId: m.organisationId,
    userId: actorOf(ctx).userId,
    detail: { referralId: referral.id, to: target.id, purpose: input.purpose, sharesIdentity },
  });
  await recordAudit(ctx.db, ctx, {
    action: 'referral.create',
    recordType: 'referral',
    recordId: referral.id,
    outcome: 'success',
    detail: { caseId: row.id, to: target.id, sharesIdentity },
  });
  return { caseRow, referralId: referral.id };
}

export async function createReferral(
  ctx: RequestContext,
  caseId: string,
  input: z.output<typeof CreateReferralInput>,
) {
  const { row } = await caseFor(ctx, 'referral.create', caseId);
  return ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx };
    const { referralId } = await sendReferral(scoped, row, input);
    return referralViewFor(scoped, referralId);
  });
}

async function referralViewFor(ctx: RequestContext, id: string) {
  const r = await getReferral(ctx.db, id);
  const [caseRow] = await caseWithPerson(ctx.db, [r!.referral.caseId]);
  return referralView(r!, await personDataKey(ctx.db, ctx.keys, caseRow!.case.personId));
}

const NEXT: Record<
  z.output<typeof RespondReferralInput>['response'],
  { from: string; to: 'accepted' | 'declined' | 'completed' | 'withdrawn' }
> = {
  accept: { from: 'sent', to: 'accepted' },
  decline: { from: 'sent', to: 'declined' },
  complete: { from: 'accepted', to: 'completed' },
  withdraw: { from: 'sent', to: 'withdrawn' },
};

/** The receiving organisation accepts, declines or completes; the sender may withdraw while it waits. */
export async function respondToReferral(
  ctx: RequestContext,
  id: string,
  input: z.output<typeof RespondReferralInput>,
) {
  const found = await authorisedRecord(ctx, {
    action: 'referral.respond',
    recordType: 'referral',
    id,
    what: 'The referral',
    load: () => getReferral(ctx.db, id),
    organisationsOf: (r) => [
      input.response === 'withdraw' ? r.referral.fromOrganisationId : r.referral.toOrganisationId,
    ],
  });
  const step = NEXT[input.response];
  if (found.referral.status !== step.from) {
    throw conflict(
      `The referral is ${found.referral.status}; only a ${step.from} referral can be answered this way.`,
      'referral_answered',
    );
  }
  const reason = 'reason' in input ? input.reason : undefined;
  return ctx.db.transaction((tx) =>
    answerReferral({ ...ctx, db: tx }, found.referral, input.response, input.version, reason),
  );
}

/**
 * Answer a referral inside the caller's transaction. Accepting puts the organisation on the case team
 * and, at hand-over, takes the first responder's organisation off it.
 */
async function answerReferral(
  ctx: RequestContext,
  referral: ReferralRow,
  response: keyof typeof NEXT,
  version: number,
  reason: string | undefined,
) {
  const step = NEXT[response];
  const m = actingMembership(ctx);
  const user = actorOf(ctx);
  const caseId = referral.caseId;
  const [caseRow] = await caseWithPerson(ctx.db, [caseId]);
  await refuseIfRestricted(ctx.db, caseRow!.case.personId);
  const personKey = reason ? await personDataKey(ctx.db, ctx.keys, caseRow!.case.personId) : null;
  const updated = await updateReferral(
    ctx.db,
    referral.id,
    { version, status: step.from },
    {
      status: step.to,
      respondedAt: new Date(),
      respondedByUserId: user.userId,
      sealedReason: sealReason(personKey, 'referral-reason', caseId, reason),
    },
  );
  if (!updated)
    throw conflict(
      'The referral was answered elsewhere since you opened it; reload to see how.',
      'referral_answered',
    );
  if (response === 'accept') {
    const [receiver] = await organisationsWith(ctx.db, [m.organisationId]);
    await joinTeam(ctx.db, caseId, m.organisationId, teamRoleOf(receiver!.functions, referral.purpose));
    const [origin] = await organisationsWith(ctx.db, [caseRow!.case.originOrganisationId]);
    if (
      origin &&
      origin.id !== m.organisationId &&
      originLeavesOnAcceptance(receiver!.functions, origin.functions)
    ) {
      await leaveTeam(ctx.db, caseId, origin.id);
      await addEvent(ctx.db, {
        caseId,
        type: 'handed_over',
        organisationId: origin.id,
        detail: { to: m.organisationId },
      });
    }
    await updateCase(ctx.db, caseId, caseRow!.case.version, {});
  }
  await addEvent(ctx.db, {
    caseId,
    type: `referral_${step.to}`,
    organisationId: m.organisationId,
    userId: user.userId,
    detail: { referralId: referral.id },
    sealedReason: sealReason(personKey, 'event-reason', caseId, reason),
  });
  await recordAudit(ctx.db, ctx, {
    action: `referral.${response}`,
    recordType: 'referral',
    recordId: referral.id,
    outcome: 'success',
    detail: { caseId },
  });
  return referralViewFor(ctx, referral.id);
}

/**
 * A decision on a case is the acting organisation taking the case up: referrals of it still waiting
 * for that organisation's answer are accepted with it (the national point of contact deciding on
 * identification has received the initial referral).
 */
export async function acceptWaitingReferrals(ctx: RequestContext, caseId: string) {
  const m = actingMembership(ctx);
  for (const { referral } of await referralsOf(ctx.db, [caseId])) {
    if (referral.toOrganisationId === m.organisationId && referral.status === 'sent') {
      await answerReferral(ctx, referral, 'accept', referral.version, undefined);
    }
  }
}

/** Referrals waiting for the acting organisation's answer, with what it needs to decide (no identity). */
export async function referralInbox(ctx: RequestContext) {
  const m = actingMembership(ctx);
  const waiting = await inboxOf(ctx.db, m.organisationId);
  const rows = await caseWithPerson(ctx.db, [...new Set(waiting.map((r) => r.referral.caseId))]);
  const byId = new Map(rows.map((r) => [r.case.id, r]));
  return {
    items: waiting.flatMap((r) => {
      const c = byId.get(r.referral.caseId);
      if (!c) return [];
      const { nextDeadline: _none, ...summary } = summaryOf(
        c.case,
        c.person,
        { lt: c.originLt, en: c.originEn },
        deadlinesFor(c.case, [], ctx.config.periods, new Date()),
      );
      // What is asked stays sealed until the referral is accepted; the purpose says enough to decide.
      return [{ ...referralView(r, null), case: summary }];
    }),
  };
}
