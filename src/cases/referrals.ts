import type { z } from 'zod';
import { authorisedRecord } from '../access/record-guard.ts';
import { recordAudit } from '../audit/record.ts';
import { getPerson, personDataKey } from '../people/store.ts';
import { inTurn } from '../platform/db.ts';
import { AppError, conflict } from '../platform/errors.ts';
import { actingMembership } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { organisationAudience } from './alerts.ts';
import { type Changing, changeCase } from './change.ts';
import type { CreateReferralInput, RespondReferralInput } from './model.ts';
import { organisationsWith } from './organisations.ts';
import { inCriminalProceedings, originLeavesOnAcceptance, teamRoleOf } from './rules.ts';
import { sealReason, sealText } from './sealed.ts';
import {
  type CaseRow,
  caseWithPerson,
  caseWithTeam,
  getReferral,
  inboxOf,
  insertReferral,
  type ReferralRow,
  updateReferral,
} from './store.ts';
import { consentStands, deadlinesFor, referralView, summaryOf } from './view.ts';

// Referrals carry a case from one organisation to the next, with the person's consent, and only
// with their identity when they agreed to share it.

const OPEN = ['sent', 'accepted'];
export const CHILD_RIGHTS_SERVICE = 'state-child-rights-protection-and-adoption-service';

/** Which consent a referral needs: the national point of contact's, a support service's, or none (child protection is the law's). */
function consentNeeded(
  target: { slug: string; functions: readonly string[] },
  purpose: string,
  child: boolean,
  inProceedings: boolean,
) {
  // The law, not consent, sends a child to the State Child Rights Protection and Adoption Service.
  if (purpose === 'child_protection' && child && target.slug === CHILD_RIGHTS_SERVICE) return null;
  // The police hear of a case only with the person's consent, or once criminal proceedings run.
  if (purpose === 'investigation') return inProceedings ? null : 'contact_with_law_enforcement';
  const targetFunctions = target.functions;
  return targetFunctions.includes('national_contact_point')
    ? 'referral_to_national_contact_point'
    : 'referral_to_support_service';
}

/**
 * Send a referral as part of a change to its case. A referral to the national point of contact is the
 * initial referral of a trafficking case: it starts the identification clock and moves the case on.
 */
export async function sendReferral(
  c: Changing,
  input: z.output<typeof CreateReferralInput>,
): Promise<string> {
  const { ctx, row } = c;
  const [target] = await organisationsWith(ctx.db, [input.toOrganisationId]);
  if (!target)
    throw new AppError('validation_failed', 'No such organisation.', [
      { field: 'body.toOrganisationId', message: 'unknown_organisation: no such organisation' },
    ]);
  if (target.id === c.organisationId)
    throw conflict('An organisation cannot refer a case to itself.', 'self');
  const [consentRows, existing, person] = await inTurn(
    () => c.consents(),
    () => c.referrals(),
    () => getPerson(ctx.db, row.personId),
  );
  const needed = consentNeeded(target, input.purpose, row.child, inCriminalProceedings(row));
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
  const personKey = input.note ? await c.personKey() : null;
  const now = new Date();
  const referral = await insertReferral(ctx.db, {
    caseId: row.id,
    fromOrganisationId: c.organisationId,
    toOrganisationId: target.id,
    purpose: input.purpose,
    sealedNote: input.note && personKey ? sealText(personKey, 'referral-note', row.id, input.note) : null,
    sharesIdentity,
    status: 'sent',
    sentByUserId: c.userId,
    sentAt: now,
    respondBy: new Date(now.getTime() + ctx.config.periods.referralResponseHours * 3_600_000),
  });
  if (
    target.functions.includes('national_contact_point') &&
    row.kind === 'trafficking' &&
    !row.referredToNcpAt
  ) {
    c.set({ referredToNcpAt: now });
    await c.move('refer_to_national_contact_point', { required: false });
  }
  c.event('referral_sent', {
    referralId: referral.id,
    to: target.id,
    purpose: input.purpose,
    sharesIdentity,
  });
  c.alert({
    kind: 'referral_received',
    audiences: [{ organisation: target.id, action: 'referral.respond' }],
    link: `/referrals/${referral.id}`,
    deadline: 'referral_response',
    dueAt: referral.respondBy,
  });
  c.audit({
    action: 'referral.create',
    recordType: 'referral',
    recordId: referral.id,
    detail: { caseId: row.id, to: target.id, sharesIdentity },
  });
  return referral.id;
}

export function createReferral(
  ctx: RequestContext,
  caseId: string,
  input: z.output<typeof CreateReferralInput>,
) {
  return changeCase(
    ctx,
    caseId,
    { action: 'referral.create', apply: (c) => sendReferral(c, input) },
    (done) => referralViewFor(done.ctx, done.row, done.value),
  );
}

async function referralViewFor(ctx: RequestContext, row: CaseRow, id: string) {
  const r = await getReferral(ctx.db, id);
  return referralView(r!, await personDataKey(ctx.db, ctx.keys, row.personId));
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

/**
 * The receiving organisation accepts, declines or completes; the sender may withdraw while it waits.
 * The answer changes the case (its team, its version), so it runs as a change to the case, authorised
 * on the referral: the receiver is not on the team until it accepts.
 */
export async function respondToReferral(
  ctx: RequestContext,
  id: string,
  input: z.output<typeof RespondReferralInput>,
) {
  const reason = 'reason' in input ? input.reason : undefined;
  let referral: ReferralRow | null = null;
  return changeCase(
    ctx,
    id,
    {
      action: 'referral.respond',
      // Accepting changes the team: a case page open elsewhere must reload.
      ...(input.response === 'accept' ? { version: 'current' as const } : {}),
      authorise: async (scoped) => {
        const found = await authorisedRecord(scoped, {
          action: 'referral.respond',
          recordType: 'referral',
          id,
          what: 'The referral',
          load: () => getReferral(scoped.db, id),
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
        referral = found.referral;
        return (await caseWithTeam(scoped.db, found.referral.caseId))!;
      },
      apply: (c) => answerReferral(c, referral!, input.response, input.version, reason),
    },
    (done) => referralViewFor(done.ctx, done.row, id),
  );
}

/**
 * Answer a referral as part of a change to its case. Accepting puts the organisation on the case team
 * and, at hand-over, takes the first responder's organisation off it.
 */
async function answerReferral(
  c: Changing,
  referral: ReferralRow,
  response: keyof typeof NEXT,
  version: number,
  reason: string | undefined,
) {
  const step = NEXT[response];
  const { ctx, row } = c;
  const personKey = reason ? await c.personKey() : null;
  const updated = await updateReferral(
    ctx.db,
    referral.id,
    { version, status: step.from },
    {
      status: step.to,
      respondedAt: new Date(),
      respondedByUserId: c.userId,
      sealedReason: sealReason(personKey, 'referral-reason', row.id, reason),
    },
  );
  if (!updated)
    throw conflict(
      'The referral was answered elsewhere since you opened it; reload to see how.',
      'referral_answered',
    );
  if (response === 'accept') {
    const [receiver, origin] = await organisationsIn(ctx, [c.organisationId, row.originOrganisationId]);
    await c.join(receiver!, teamRoleOf(receiver!.functions, referral.purpose));
    if (
      origin &&
      origin.id !== c.organisationId &&
      originLeavesOnAcceptance(receiver!.functions, origin.functions)
    ) {
      await c.leave(origin.id);
      c.event('handed_over', { to: c.organisationId }, { organisationId: origin.id });
      c.alert({ kind: 'case_handed_over', audiences: [organisationAudience(c.team, c.organisationId)] });
    }
  }
  c.event(`referral_${step.to}`, { referralId: referral.id }, { reason });
  const told = answerAlert(c, referral, step.to);
  if (told) c.alert(told);
  c.audit({
    action: `referral.${response}`,
    recordType: 'referral',
    recordId: referral.id,
    detail: { caseId: row.id },
  });
}

/** Who hears of an answer: the sender of an answered referral, the receiver of a withdrawn one. */
function answerAlert(c: Changing, referral: ReferralRow, to: (typeof NEXT)[keyof typeof NEXT]['to']) {
  const sender = referral.sentByUserId
    ? { users: [referral.sentByUserId] }
    : organisationAudience(c.team, referral.fromOrganisationId);
  switch (to) {
    case 'accepted':
    case 'declined':
      return { kind: `referral_${to}` as const, audiences: [sender] };
    case 'withdrawn':
      return {
        kind: 'referral_withdrawn' as const,
        audiences: [{ organisation: referral.toOrganisationId, action: 'referral.respond' as const }],
      };
    case 'completed':
      return null;
  }
}

/** Organisations by id, in the order asked (a missing one is undefined). */
async function organisationsIn(ctx: RequestContext, ids: string[]) {
  const found = await organisationsWith(ctx.db, ids);
  return ids.map((id) => found.find((o) => o.id === id));
}

/**
 * A decision on a case is the acting organisation taking the case up: referrals of it still waiting
 * for that organisation's answer are accepted with it (the national point of contact deciding on
 * identification has received the initial referral).
 */
export async function acceptWaitingReferrals(c: Changing) {
  for (const { referral } of await c.referrals()) {
    if (referral.toOrganisationId === c.organisationId && referral.status === 'sent') {
      await answerReferral(c, referral, 'accept', referral.version, undefined);
    }
  }
}

/**
 * Referrals waiting for the acting organisation's answer, with what it needs to decide: the case in
 * outline, what the person needs now, and the note the referring organisation wrote to it. No identity.
 */
export async function referralInbox(ctx: RequestContext) {
  const m = actingMembership(ctx);
  const waiting = await inboxOf(ctx.db, m.organisationId);
  const rows = await caseWithPerson(ctx.db, [...new Set(waiting.map((r) => r.referral.caseId))]);
  const byId = new Map(rows.map((r) => [r.case.id, r]));
  const items = [];
  for (const r of waiting) {
    const c = byId.get(r.referral.caseId);
    if (!c) continue;
    const { nextDeadline: _none, ...summary } = summaryOf(
      c.case,
      c.person,
      { lt: c.originLt, en: c.originEn },
      deadlinesFor(c.case, [], ctx.config.periods, new Date()),
    );
    const { municipality, urgentNeeds, interpreterNeeded, languages, exploitationForms, otherCrime } =
      c.case.facts;
    // The note is addressed to this organisation: it reads it to decide, and the reading is audited
    // like any other read of what is written about a person. Nothing else sealed is opened.
    const key = r.referral.sealedNote ? await personDataKey(ctx.db, ctx.keys, c.case.personId) : null;
    if (key) {
      await recordAudit(ctx.db, ctx, {
        action: 'referral.note.read',
        recordType: 'referral',
        recordId: r.referral.id,
        outcome: 'success',
        detail: { caseId: c.case.id },
      });
    }
    items.push({
      ...referralView(r, key),
      case: {
        ...summary,
        needs: { municipality, urgentNeeds, interpreterNeeded, languages, exploitationForms, otherCrime },
      },
    });
  }
  return { items };
}
