import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Action } from '../access/policy.ts';
import { users } from '../access/tables.ts';
import { recordAudit } from '../audit/record.ts';
import type { Identity } from '../people/model.ts';
import {
  getPerson,
  personDataKey,
  refuseIfRestricted,
  setIdentity,
  unsealIdentity,
} from '../people/store.ts';
import { people } from '../people/tables.ts';
import { AppError, conflict } from '../platform/errors.ts';
import { actingMembership, actorOf } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { bundleOf, caseFor, viewerOf } from './access.ts';
import { checkForDuplicates } from './duplicates.ts';
import type {
  AddIdentityInput,
  CooperationInput,
  IdentificationInput,
  NoteInput,
  RecordConsentInput,
  ReflectionInput,
  ResidencePermitInput,
  TransitionInput,
} from './model.ts';
import { checkOrganisationsExist, nationalContactPoint } from './organisations.ts';
import { acceptWaitingReferrals, sendReferral } from './referrals.ts';
import type { IdentityState } from './rules.ts';
import { sealReason, sealText } from './sealed.ts';
import {
  addEvent,
  type CaseRow,
  getCase,
  insertConsent,
  insertNote,
  updateCase,
  withdrawConsent,
} from './store.ts';
import { type CaseBundle, caseViewOf, identityStateOf, isOnTeam, workflowFactsOf } from './view.ts';
import { decideTransition, type TransitionDecision } from './workflow.ts';

// What staff do to a case. Each verb: authorise on the case → check the rules → change it in one
// transaction with its timeline event and audit event → answer with the case as the actor sees it.

type Opening = { reason: string } | null;

/** The case page for the acting membership; every read is audited, an identity opened for a reason is flagged. */
async function caseView(
  ctx: RequestContext,
  row: CaseRow,
  opening: Opening = null,
  knownTeam?: CaseBundle['team'],
) {
  const viewer = viewerOf(ctx);
  const bundle = await bundleOf(ctx.db, row, viewer, knownTeam);
  const state: IdentityState = identityStateOf(bundle, viewer, opening !== null);
  let identity: Identity | null = null;
  const personKey = await personDataKey(ctx.db, ctx.keys, row.personId);
  if (state === 'shown') {
    const opened = await unsealIdentity(ctx.db, ctx.keys, bundle.person, personKey);
    if (opened.kind === 'identity') identity = opened.identity;
  }
  await recordAudit(ctx.db, ctx, {
    action: opening ? 'case.identity.open' : 'case.read',
    recordType: 'case',
    recordId: row.id,
    outcome: 'success',
    // A read by an organisation off the case's team (the national coordinator's) is flagged for the
    // access review; opening a hidden identity is break-glass, with its reason.
    detail: {
      identity: state,
      ...(isOnTeam(bundle.team, viewer.organisationId) ? {} : { outsideTeam: true }),
      ...(opening ? { breakGlass: true, reason: opening.reason } : {}),
    },
  });
  return caseViewOf(bundle, viewer, { state, identity }, personKey, ctx.config.periods, new Date());
}

/** Run a change on a case the actor may update, and answer with the case as it now is. */
async function changeCase(
  ctx: RequestContext,
  id: string,
  action: Action,
  change: (
    scoped: RequestContext,
    row: CaseRow,
    team: Awaited<ReturnType<typeof caseFor>>['team'],
  ) => Promise<CaseRow>,
) {
  const { row, team } = await caseFor(ctx, action, id);
  return ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx };
    await refuseIfRestricted(tx, row.personId);
    const changed = await change(scoped, row, team);
    return caseView(scoped, changed);
  });
}

/** A workflow refusal as 409, with a stable code and, when something is missing, what (as codes). */
function refusalOf(decision: Exclude<TransitionDecision, { ok: true }>) {
  if (decision.kind !== 'requirements') return conflict(decision.message, decision.kind);
  return new AppError(
    'conflict',
    decision.message,
    decision.missing.map((message) => ({ field: 'transition', message })),
    { refusal: 'requirements', missing: decision.codes.join(' ') },
  );
}

/** Bump the version, or answer 409 if someone changed the case since the client read it. */
async function saveCase(
  ctx: RequestContext,
  row: CaseRow,
  version: number,
  set: Parameters<typeof updateCase>[3],
) {
  if (version !== row.version) {
    throw conflict('The case was changed by someone else since you opened it; reload to see what changed.');
  }
  const updated = await updateCase(ctx.db, row.id, version, set);
  if (!updated)
    throw conflict('The case was changed by someone else a moment ago; reload to see what changed.');
  return updated;
}

/**
 * Append the change to the case's timeline and to the audit trail. A reason, in the staff member's
 * words, is sealed under the person's key and kept out of the audit detail.
 */
async function logEvent(
  ctx: RequestContext,
  row: CaseRow,
  type: Parameters<typeof addEvent>[1]['type'],
  action: string,
  detail: Record<string, unknown> = {},
  reason?: string,
) {
  const m = actingMembership(ctx);
  const personKey = reason ? await personDataKey(ctx.db, ctx.keys, row.personId) : null;
  await addEvent(ctx.db, {
    caseId: row.id,
    type,
    organisationId: m.organisationId,
    userId: actorOf(ctx).userId,
    detail,
    sealedReason: sealReason(personKey, 'event-reason', row.id, reason),
  });
  await recordAudit(ctx.db, ctx, {
    action,
    recordType: 'case',
    recordId: row.id,
    outcome: 'success',
    detail,
  });
}

export async function readCase(ctx: RequestContext, id: string) {
  const { row, team } = await caseFor(ctx, 'case.read', id);
  return ctx.db.transaction((tx) => caseView({ ...ctx, db: tx }, row, null, team));
}

/** The national coordinator opens a hidden identity, for a reason that goes into the audit trail. */
export async function openIdentity(ctx: RequestContext, id: string, reason: string) {
  const { row } = await caseFor(ctx, 'case.identity.open', id);
  return ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx };
    await addEvent(tx, {
      caseId: row.id,
      type: 'identity_opened',
      organisationId: actingMembership(ctx).organisationId,
      userId: actorOf(ctx).userId,
      sealedReason: sealReason(
        await personDataKey(tx, ctx.keys, row.personId),
        'event-reason',
        row.id,
        reason,
      ),
    });
    return caseView(scoped, row, { reason });
  });
}

export function transitionCase(ctx: RequestContext, id: string, input: z.output<typeof TransitionInput>) {
  return changeCase(ctx, id, 'case.update', async (scoped, row, team) => {
    const bundle = await bundleOf(scoped.db, row, viewerOf(ctx));
    const decision = decideTransition(input.transition, {
      ...workflowFactsOf({ ...bundle, team }, viewerOf(ctx)),
      reason: input.reason,
    });
    if (!decision.ok) {
      throw refusalOf(decision);
    }
    if (input.transition === 'refer_to_national_contact_point') {
      // The initial referral is a referral like any other, to the national point of contact.
      if (input.version !== row.version)
        throw conflict(
          'The case was changed by someone else since you opened it; reload to see what changed.',
        );
      const ncp = await nationalContactPoint(scoped.db);
      if (!ncp)
        throw conflict(
          'No organisation is set up as the national point of contact.',
          'no_national_contact_point',
        );
      return (await sendReferral(scoped, row, { toOrganisationId: ncp.id, purpose: 'identification' }))
        .caseRow;
    }
    const updated = await saveCase(scoped, row, input.version, {
      state: decision.to,
      closedAt: decision.to === 'closed' ? new Date() : null,
    });
    await logEvent(
      scoped,
      updated,
      'state_changed',
      `case.transition.${input.transition}`,
      { from: row.state, to: decision.to, transition: input.transition },
      input.reason,
    );
    return updated;
  });
}

export function recordConsent(ctx: RequestContext, id: string, input: z.output<typeof RecordConsentInput>) {
  return changeCase(ctx, id, 'case.update', async (scoped, row) => {
    await checkOrganisationsExist(scoped.db, [{ id: input.organisationId, field: 'body.organisationId' }]);
    const updated = await saveCase(scoped, row, input.version, {});
    const m = actingMembership(ctx);
    await insertConsent(scoped.db, {
      caseId: row.id,
      scope: input.scope,
      method: input.method,
      organisationId: input.organisationId ?? null,
      recordedByUserId: actorOf(ctx).userId,
      recordedByOrganisationId: m.organisationId,
    });
    await logEvent(scoped, updated, 'consent_given', 'case.consent.record', {
      scope: input.scope,
      method: input.method,
    });
    return updated;
  });
}

export function withdrawConsentOf(
  ctx: RequestContext,
  id: string,
  consentId: string,
  reason: string | undefined,
) {
  return changeCase(ctx, id, 'case.update', async (scoped, row) => {
    const withdrawn = await withdrawConsent(scoped.db, row.id, consentId, actorOf(ctx).userId);
    if (!withdrawn) throw new AppError('not_found', 'The consent was not found, or was already withdrawn.');
    const updated = (await updateCase(scoped.db, row.id, row.version, {})) ?? row;
    await logEvent(
      scoped,
      updated,
      'consent_withdrawn',
      'case.consent.withdraw',
      { scope: withdrawn.scope },
      reason,
    );
    return updated;
  });
}

/**
 * Add a name to an anonymous person, or correct it where the actor sees it. The organisation that adds
 * it holds it; the duplicate check runs at once.
 */
export function addIdentity(ctx: RequestContext, id: string, input: z.output<typeof AddIdentityInput>) {
  return changeCase(ctx, id, 'case.update', async (scoped, row, team) => {
    const viewer = viewerOf(ctx);
    const bundle = await bundleOf(scoped.db, row, viewer);
    const state = identityStateOf({ ...bundle, team }, viewer);
    if (state !== 'none' && state !== 'shown') {
      throw conflict(
        state === 'erased'
          ? 'This person was erased; their identity cannot be added again.'
          : 'Only the organisation that holds this identity can change it.',
        state === 'erased' ? 'erased' : 'identity_elsewhere',
      );
    }
    const updated = await saveCase(scoped, row, input.version, {});
    await setIdentity(scoped.db, ctx.keys, row.personId, input.identity);
    if (state === 'none') {
      await scoped.db
        .update(people)
        .set({ organisationId: viewer.organisationId })
        .where(eq(people.id, row.personId));
    }
    await checkForDuplicates(scoped, updated, row.personId, input.identity);
    await logEvent(
      scoped,
      updated,
      state === 'none' ? 'identity_added' : 'identity_corrected',
      'case.identity.set',
    );
    return updated;
  });
}

export function addNote(ctx: RequestContext, id: string, input: z.output<typeof NoteInput>) {
  return changeCase(ctx, id, 'case.update', async (scoped, row) => {
    const key = await personDataKey(scoped.db, ctx.keys, row.personId);
    if (!key) throw conflict('This person was erased; nothing more can be written about them.', 'erased');
    const m = actingMembership(ctx);
    await insertNote(scoped.db, {
      caseId: row.id,
      organisationId: m.organisationId,
      authorUserId: actorOf(ctx).userId,
      visibility: input.visibility,
      sealedText: sealText(key, 'case-note', row.id, input.text),
    });
    const updated = (await updateCase(scoped.db, row.id, row.version, {})) ?? row;
    await logEvent(scoped, updated, 'note_added', 'case.note.add', { visibility: input.visibility });
    return updated;
  });
}

/** Who decided, as colleagues know them: the display name. */
async function by(ctx: RequestContext) {
  const [user] = await ctx.db
    .select({ name: users.displayName })
    .from(users)
    .where(eq(users.id, actorOf(ctx).userId))
    .limit(1);
  return user?.name ?? actorOf(ctx).email;
}

/** Formal identification: identified, not identified, or more information needed, with reasons. */
export function decideIdentification(
  ctx: RequestContext,
  id: string,
  input: z.output<typeof IdentificationInput>,
) {
  return changeCase(ctx, id, 'case.decide', async (scoped, row, team) => {
    if (row.kind !== 'trafficking')
      throw conflict('Formal identification applies to trafficking cases only.', 'trafficking_only');
    let state = row.state;
    const earlier = row.identification as { outcome: string } | null;
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
      const bundle = await bundleOf(scoped.db, row, viewerOf(ctx));
      const decision = decideTransition(
        input.outcome === 'identified' ? 'record_identified' : 'record_not_identified',
        {
          ...workflowFactsOf({ ...bundle, team }, viewerOf(ctx)),
          reason: input.reasons,
        },
      );
      if (!decision.ok) throw refusalOf(decision);
      state = decision.to;
    }
    const personKey = await personDataKey(scoped.db, ctx.keys, row.personId);
    const decided = {
      outcome: input.outcome,
      reasonsSealed:
        sealReason(personKey, 'decision-reason', row.id, input.reasons)?.toString('base64') ?? null,
      decidedOn: input.decidedOn,
      by: await by(scoped),
    };
    const updated = await saveCase(scoped, row, input.version, { identification: decided, state });
    await logEvent(scoped, updated, 'identification_decided', 'case.decide.identification', {
      outcome: input.outcome,
      decidedOn: input.decidedOn,
    });
    await acceptWaitingReferrals(scoped, row.id);
    return (await getCase(scoped.db, row.id))!;
  });
}

/**
 * Whether the person will report and take part in criminal proceedings. It is recorded and nothing
 * else changes: help is the same either way (seed 000).
 */
export function decideCooperation(ctx: RequestContext, id: string, input: z.output<typeof CooperationInput>) {
  return changeCase(ctx, id, 'case.decide', async (scoped, row) => {
    const personKey = await personDataKey(scoped.db, ctx.keys, row.personId);
    const decided = {
      outcome: input.outcome,
      decidedOn: input.decidedOn,
      by: await by(scoped),
      noteSealed: sealReason(personKey, 'decision-reason', row.id, input.note)?.toString('base64') ?? null,
    };
    const updated = await saveCase(scoped, row, input.version, { cooperation: decided });
    await logEvent(scoped, updated, 'cooperation_decided', 'case.decide.cooperation', {
      outcome: input.outcome,
      decidedOn: input.decidedOn,
    });
    return updated;
  });
}

/** The reflection and recovery period of a third-country national; its length is configuration. */
export function startReflection(ctx: RequestContext, id: string, input: z.output<typeof ReflectionInput>) {
  return changeCase(ctx, id, 'case.decide', async (scoped, row) => {
    const person = await getPerson(scoped.db, row.personId);
    if (person?.citizenshipPathway !== 'third_country') {
      throw conflict(
        'A reflection period is granted to third-country nationals; record the citizenship first.',
        'reflection_third_country',
      );
    }
    const updated = await saveCase(scoped, row, input.version, { reflectionStartsOn: input.startsOn });
    await logEvent(scoped, updated, 'reflection_period_started', 'case.decide.reflection', {
      startsOn: input.startsOn,
      days: ctx.config.periods.reflectionPeriodDays,
    });
    return updated;
  });
}

export function setResidencePermit(
  ctx: RequestContext,
  id: string,
  input: z.output<typeof ResidencePermitInput>,
) {
  return changeCase(ctx, id, 'case.decide', async (scoped, row) => {
    const updated = await saveCase(scoped, row, input.version, { residencePermit: input.status });
    await logEvent(scoped, updated, 'residence_permit_changed', 'case.decide.residence_permit', {
      status: input.status,
    });
    return updated;
  });
}
