import { DeniedError } from '../platform/errors.ts';
import { actingMembership } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import type { Role } from './model.ts';
import { type Action, isAllowed, relationshipTo, relationshipToAccount } from './policy.ts';
import { ROLES } from './roles.ts';

// The one way a verb asks the access policy about a record (the route guard asks about the route).
// A test lists every call of the policy and fails when one appears outside this file and the guard.

/**
 * May the acting membership take this action on a record the given organisations own? A record is
 * the actor's own when any owner is its organisation, or, for a staff account (`every`), when all
 * are: a manager must not change someone who also works elsewhere.
 */
export function mayActOn(
  ctx: RequestContext,
  action: Action,
  owners: readonly string[],
  own: 'any' | 'every' = 'any',
): boolean {
  const m = actingMembership(ctx);
  const relate = own === 'every' ? relationshipToAccount : relationshipTo;
  return isAllowed(m.role, action, relate(m.organisationId, owners));
}

/** May the acting membership take this action on a collection (its organisation's list of some records)? */
export function mayActOnCollection(ctx: RequestContext, action: Action): boolean {
  return isAllowed(actingMembership(ctx).role, action, 'collection');
}

/** The record-level check on a record already in hand: refused reads as "not found" and is audited. */
export function authorised(
  ctx: RequestContext,
  action: Action,
  record: { type: string; id: string; owners: readonly string[]; own?: 'any' | 'every' },
  what?: string,
) {
  if (!mayActOn(ctx, action, record.owners, record.own)) {
    throw new DeniedError({ action, recordType: record.type, recordId: record.id }, what);
  }
}

/**
 * Load a record and check it: a record that is missing or refused answers the same "not found", and
 * the refusal is audited by the HTTP layer.
 */
export async function authorisedRecord<T>(
  ctx: RequestContext,
  check: {
    action: Action;
    recordType: string;
    id: string;
    /** How the record is named in the "not found" message: "The case". */
    what: string;
    load: () => Promise<T | null>;
    organisationsOf: (record: T) => readonly string[];
  },
): Promise<T> {
  const record = await check.load();
  const refused = { action: check.action, recordType: check.recordType, recordId: check.id };
  if (!record) throw new DeniedError(refused, check.what);
  authorised(
    ctx,
    check.action,
    { type: check.recordType, id: check.id, owners: check.organisationsOf(record) },
    check.what,
  );
  return record;
}

/**
 * The roles whose members may take the action on their own organisation's record: who among an
 * organisation's staff is told of a record (an alert reaches only those who may open what it names).
 */
export const rolesActingOnOwn = (action: Action): Role[] =>
  ROLES.filter((role) => isAllowed(role, action, 'own_organisation'));
