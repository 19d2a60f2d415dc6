import { recordAudit } from '../audit/record.ts';
import type { Identity } from '../people/model.ts';
import { personDataKey, unsealIdentity } from '../people/store.ts';
import { actingMembership, actorOf } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { bundleOf, caseFor, viewerOf } from './access.ts';
import type { Done, Team } from './change.ts';
import type { IdentityState } from './rules.ts';
import { sealReason } from './sealed.ts';
import { addEvent, type CaseRow } from './store.ts';
import { caseViewOf, identityStateOf, isOnTeam } from './view.ts';

// Reading a case: every read is audited, and an identity opened for a reason is flagged.

type Opening = { reason: string } | null;

/** The case page for the acting membership, in the caller's transaction. */
export async function caseView(ctx: RequestContext, row: CaseRow, team: Team, opening: Opening = null) {
  const viewer = viewerOf(ctx);
  const bundle = await bundleOf(ctx.db, row, viewer, team);
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

/** The answer of a change to a case: the case page as the change left it. */
export const caseAnswer = (done: Done<unknown>) => caseView(done.ctx, done.row, done.team);

export async function readCase(ctx: RequestContext, id: string) {
  return ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx };
    const { row, team } = await caseFor(scoped, 'case.read', id);
    return caseView(scoped, row, team);
  });
}

/** The national coordinator opens a hidden identity, for a reason that goes into the audit trail. */
export async function openIdentity(ctx: RequestContext, id: string, reason: string) {
  return ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx };
    const { row, team } = await caseFor(scoped, 'case.identity.open', id);
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
    return caseView(scoped, row, team, { reason });
  });
}
