import type { Action } from '../access/policy.ts';
import { authorised } from '../access/record-guard.ts';
import { recordAudit } from '../audit/record.ts';
import type { Identity } from '../people/model.ts';
import { unsealIdentity, unwrapPersonKey } from '../people/store.ts';
import { DeniedError } from '../platform/errors.ts';
import { actingMembership, actorOf } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { viewerOf } from './access.ts';
import type { Done } from './change.ts';
import type { IdentityState } from './rules.ts';
import { sealReason } from './sealed.ts';
import { addEvent, casePageOf } from './store.ts';
import { activeTeam, caseViewOf, identityStateOf, isOnTeam } from './view.ts';

type CasePage = NonNullable<Awaited<ReturnType<typeof casePageOf>>>;

// Reading a case: every read is audited, and an identity opened for a reason is flagged.

type Opening = { reason: string } | null;

/**
 * A case page read in one query and checked on the team it read: "own" when the acting organisation is
 * on the team, anything else by the policy, or "not found".
 */
async function casePage(ctx: RequestContext, action: Action, id: string) {
  const viewer = viewerOf(ctx);
  const page = await casePageOf(ctx.db, id, viewer.organisationId);
  const refused = { action, recordType: 'case', recordId: id };
  if (!page) throw new DeniedError(refused, 'The case');
  const owners = activeTeam(page.team).map((m) => m.organisationId);
  authorised(ctx, action, { type: 'case', id, owners }, 'The case');
  return page;
}

/** The case page for the acting membership from what was read; the read is audited, an opened identity flagged. */
async function caseView(ctx: RequestContext, page: CasePage, opening: Opening = null) {
  const viewer = viewerOf(ctx);
  const { row, wrappedKey, ...bundle } = page;
  const state: IdentityState = identityStateOf(bundle, viewer, opening !== null);
  const personKey = unwrapPersonKey(ctx.keys, row.personId, wrappedKey);
  let identity: Identity | null = null;
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
  return caseViewOf(
    { row, ...bundle },
    viewer,
    { state, identity },
    personKey,
    ctx.config.periods,
    new Date(),
  );
}

/** The answer of a change to a case: the case page as the change left it, read once in its transaction. */
export const caseAnswer = async (done: Done<unknown>) =>
  caseView(done.ctx, (await casePageOf(done.ctx.db, done.row.id, viewerOf(done.ctx).organisationId))!);

/** A case page: one query and the audit event of the read. */
export async function readCase(ctx: RequestContext, id: string) {
  return caseView(ctx, await casePage(ctx, 'case.read', id));
}

/** The national coordinator opens a hidden identity, for a reason that goes into the audit trail. */
export async function openIdentity(ctx: RequestContext, id: string, reason: string) {
  return ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx };
    const page = await casePage(scoped, 'case.identity.open', id);
    const { row } = page;
    await addEvent(tx, {
      caseId: row.id,
      type: 'identity_opened',
      organisationId: actingMembership(ctx).organisationId,
      userId: actorOf(ctx).userId,
      sealedReason: sealReason(
        unwrapPersonKey(ctx.keys, row.personId, page.wrappedKey),
        'event-reason',
        row.id,
        reason,
      ),
    });
    // The timeline shows the opening itself: the page is read again in the same transaction.
    return caseView(scoped, (await casePageOf(tx, id, viewerOf(ctx).organisationId))!, { reason });
  });
}
