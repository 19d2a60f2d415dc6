import { createHmac } from 'node:crypto';
import type { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import type { Identity } from '../people/model.ts';
import { AppError, conflict } from '../platform/errors.ts';
import { actorOf } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { matchingMaterials } from './matching.ts';
import type { DuplicateResolutionInput } from './model.ts';
import {
  addEvent,
  type CaseRow,
  casesMatching,
  flagDuplicates,
  getDuplicateFlag,
  resolveDuplicateFlag,
  setMatchKeys,
} from './store.ts';

// One person, two cases in two organisations, is how help overlaps (seed 004). The check runs on
// keyed hashes of name skeletons and birth date; the asking organisation learns only that the national
// coordinator has been asked to look.

export function matchKeysOf(blindIndexKey: Buffer, identity: Identity): string[] {
  return matchingMaterials([identity.givenName, identity.familyName ?? ''], identity.birthDate).map(
    (material) => createHmac('sha256', blindIndexKey).update(`match|${material}`, 'utf8').digest('hex'),
  );
}

/** Store the person's matching keys and flag every other case of a matching person. */
export async function checkForDuplicates(
  ctx: RequestContext,
  row: CaseRow,
  personId: string,
  identity: Identity,
) {
  const keys = matchKeysOf(ctx.keys.blindIndex, identity);
  await setMatchKeys(ctx.db, personId, keys);
  const others = (await casesMatching(ctx.db, keys, personId))
    .map((c) => c.caseId)
    .filter((id) => id !== row.id);
  if (others.length === 0) return false;
  await flagDuplicates(ctx.db, row.id, others);
  await addEvent(ctx.db, { caseId: row.id, type: 'duplicate_suspected', detail: {} });
  await recordAudit(ctx.db, ctx, {
    action: 'case.duplicate.flagged',
    recordType: 'case',
    recordId: row.id,
    outcome: 'success',
    detail: { otherCaseIds: others },
  });
  return true;
}

/** The national coordinator links the two cases as one person's, or dismisses the match. */
export async function resolveDuplicate(
  ctx: RequestContext,
  id: string,
  input: z.output<typeof DuplicateResolutionInput>,
) {
  const flag = await getDuplicateFlag(ctx.db, id);
  if (!flag) throw new AppError('not_found', 'The possible duplicate was not found.');
  if (flag.status !== 'open')
    throw conflict(`This possible duplicate was already ${flag.status}.`, 'duplicate_resolved');
  const status = input.resolution === 'link' ? 'linked' : 'dismissed';
  await ctx.db.transaction(async (tx) => {
    const resolved = await resolveDuplicateFlag(tx, id, status, actorOf(ctx).userId, input.reason);
    if (!resolved)
      throw conflict('This possible duplicate was resolved elsewhere a moment ago.', 'duplicate_resolved');
    for (const caseId of [flag.caseId, flag.otherCaseId]) {
      await addEvent(tx, { caseId, type: `duplicate_${status}`, userId: actorOf(ctx).userId, detail: {} });
    }
    await recordAudit(tx, ctx, {
      action: `case.duplicate.${input.resolution}`,
      recordType: 'duplicate_flag',
      recordId: id,
      outcome: 'success',
      detail: { caseId: flag.caseId, otherCaseId: flag.otherCaseId },
    });
  });
}
