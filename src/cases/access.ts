import type { Action } from '../access/policy.ts';
import { authorisedRecord } from '../access/record-guard.ts';
import { getSessionRow } from '../access/sessions.ts';
import { getPerson, personDataKey, unsealIdentity } from '../people/store.ts';
import { actingMembership, actorOf } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { openText } from './sealed.ts';
import { type CaseRow, caseWithTeam, consentsOf, identityOpenedBy, referralsOf } from './store.ts';
import { activeTeam, type CaseBundle, identityStateOf, type Viewer } from './view.ts';

/**
 * A case the acting membership may take this action on: "own" when its organisation is on the case's
 * team (the first responder's until hand-over), anything else by the policy, or "not found".
 */
export function caseFor(ctx: RequestContext, action: Action, id: string) {
  return authorisedRecord(ctx, {
    action,
    recordType: 'case',
    id,
    what: 'The case',
    load: () => caseWithTeam(ctx.db, id),
    organisationsOf: ({ team }) => activeTeam(team).map((m) => m.organisationId),
  });
}

export const viewerOf = (ctx: RequestContext): Viewer => {
  const m = actingMembership(ctx);
  return { organisationId: m.organisationId, role: m.role };
};

/**
 * The identity a print made from the case may carry, decided as on the case page: shown to those the
 * page shows it to, to the national coordinator only once they opened it for a stated reason in this
 * session (the page's break-glass), to anyone else never.
 */
export async function identityForPrint(ctx: RequestContext, row: CaseRow, team: CaseBundle['team']) {
  const viewer = viewerOf(ctx);
  const person = (await getPerson(ctx.db, row.personId))!;
  const session = await getSessionRow(ctx.db, actorOf(ctx).sessionId);
  const opening =
    viewer.role === 'national_coordinator' && session
      ? await identityOpenedBy(ctx.db, row.id, actorOf(ctx).userId, session.createdAt)
      : null;
  const state = identityStateOf(
    {
      person,
      team,
      consents: await consentsOf(ctx.db, row.id),
      referrals: await referralsOf(ctx.db, [row.id]),
    },
    viewer,
    opening !== null,
  );
  const personKey = await personDataKey(ctx.db, ctx.keys, row.personId);
  const opened = state === 'shown' ? await unsealIdentity(ctx.db, ctx.keys, person, personKey) : null;
  return {
    state,
    identity: opened?.kind === 'identity' ? opened.identity : null,
    breakGlass: opening
      ? {
          reason: opening.sealedReason
            ? openText(personKey, 'event-reason', row.id, opening.sealedReason)
            : null,
        }
      : null,
  };
}
