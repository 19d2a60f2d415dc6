import { DeniedError } from '../platform/errors.ts';
import { actingMembership } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { type Action, isAllowed, relationshipTo } from './policy.ts';

/**
 * The record-level check every verb makes: load the record, see how the acting organisation relates
 * to it (one of the organisations it belongs to, or not), ask the policy. A record that is missing or
 * refused answers the same "not found", and the refusal is audited by the HTTP layer.
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
  const m = actingMembership(ctx);
  const record = await check.load();
  if (
    !record ||
    !isAllowed(m.role, check.action, relationshipTo(m.organisationId, check.organisationsOf(record)))
  ) {
    throw new DeniedError(
      { action: check.action, recordType: check.recordType, recordId: check.id },
      check.what,
    );
  }
  return record;
}
