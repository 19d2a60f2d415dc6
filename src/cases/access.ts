import type { Action } from '../access/policy.ts';
import { authorisedRecord } from '../access/record-guard.ts';
import { getPerson } from '../people/store.ts';
import type { Db } from '../platform/db.ts';
import { actingMembership } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { organisationsWith } from './organisations.ts';
import {
  type CaseRow,
  consentsOf,
  eventsOf,
  getCase,
  hasOpenDuplicate,
  notesFor,
  referralsOf,
  teamOf,
} from './store.ts';
import { activeTeam, type CaseBundle, type Viewer } from './view.ts';

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
    load: async () => {
      const row = await getCase(ctx.db, id);
      return row ? { row, team: await teamOf(ctx.db, id) } : null;
    },
    organisationsOf: ({ team }) => activeTeam(team).map((m) => m.organisationId),
  });
}

export const viewerOf = (ctx: RequestContext): Viewer => {
  const m = actingMembership(ctx);
  return { organisationId: m.organisationId, role: m.role };
};

/** Everything a case page shows, read for one viewer (notes kept within another organisation stay there). */
export async function bundleOf(
  db: Db,
  row: CaseRow,
  viewer: Viewer,
  /** The team as the need-to-know check just read it, when nothing has changed since. */
  knownTeam?: CaseBundle['team'],
): Promise<CaseBundle> {
  const [person, [origin], team, consents, referrals, events, notes, possibleDuplicate] = await Promise.all([
    getPerson(db, row.personId),
    organisationsWith(db, [row.originOrganisationId]),
    knownTeam ?? teamOf(db, row.id),
    consentsOf(db, row.id),
    referralsOf(db, [row.id]),
    eventsOf(db, row.id),
    notesFor(db, row.id, viewer.organisationId),
    hasOpenDuplicate(db, row.id),
  ]);
  return {
    row,
    person: person!,
    origin: { lt: origin!.nameLt, en: origin!.nameEn },
    team,
    consents,
    referrals,
    events,
    notes,
    possibleDuplicate,
  };
}
