import { createHmac } from 'node:crypto';
import type { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import type { Identity } from '../people/model.ts';
import { AppError, conflict } from '../platform/errors.ts';
import { actorOf } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { COORDINATOR } from './alerts.ts';
import { applyChange, type Changing } from './change.ts';
import { matchingMaterials } from './matching.ts';
import type { DuplicateResolutionInput } from './model.ts';
import {
  casesMatching,
  caseWithTeam,
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

/** Store the person's matching keys and flag every other case of a matching person, as part of a change. */
export async function checkForDuplicates(c: Changing, identity: Identity) {
  const keys = matchKeysOf(c.ctx.keys.blindIndex, identity);
  await setMatchKeys(c.ctx.db, c.row.personId, keys);
  const others = (await casesMatching(c.ctx.db, keys, c.row.personId))
    .map((match) => match.caseId)
    .filter((id) => id !== c.row.id);
  if (others.length === 0) return false;
  await flagDuplicates(c.ctx.db, c.row.id, others);
  // The flag is the system's finding, not the actor's: the timeline names no one.
  c.event('duplicate_suspected', {}, { system: true });
  c.audit({ action: 'case.duplicate.flagged', detail: { otherCaseIds: others } });
  c.alert({ kind: 'duplicate_suspected', audiences: [COORDINATOR] });
  return true;
}

const RESOLVED = { link: 'linked', dismiss: 'dismissed', merge: 'merged' } as const;

/**
 * The national coordinator links the two cases as one person's, dismisses the match, or merges: the
 * later case is closed into the earlier one, whose team the later one's organisations join, so one case
 * carries the person from then on.
 */
export async function resolveDuplicate(
  ctx: RequestContext,
  id: string,
  input: z.output<typeof DuplicateResolutionInput>,
) {
  const flag = await getDuplicateFlag(ctx.db, id);
  if (!flag) throw new AppError('not_found', 'The possible duplicate was not found.');
  if (flag.status !== 'open')
    throw conflict(`This possible duplicate was already ${flag.status}.`, 'duplicate_resolved');
  const status = RESOLVED[input.resolution];
  const merge = input.resolution === 'merge';
  await ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx };
    const resolved = await resolveDuplicateFlag(tx, id, status, actorOf(ctx).userId, input.reason);
    if (!resolved)
      throw conflict('This possible duplicate was resolved elsewhere a moment ago.', 'duplicate_resolved');
    // Both cases take the resolution on their timelines through the kernel; a merge closes the later
    // one (flagged when it was recorded) into the earlier, whose team its organisations join.
    // The flag references both cases, so both exist.
    const later = (await caseWithTeam(tx, flag.caseId))!;
    const earlier = (await caseWithTeam(tx, flag.otherCaseId))!;
    await applyChange(scoped, later.row, later.team, {
      action: 'case.decide',
      apply: async (c) => {
        c.event(`duplicate_${status}`);
        if (merge) await c.move('merge_into_earlier', { required: true });
      },
    });
    await applyChange(scoped, earlier.row, earlier.team, {
      action: 'case.decide',
      ...(merge ? { version: 'current' as const } : {}),
      apply: async (c) => {
        c.event(`duplicate_${status}`);
        if (!merge) return;
        for (const member of later.team.filter((m) => m.leftAt === null)) {
          const organisation = { ...member, id: member.organisationId };
          await c.join(organisation, member.role);
        }
      },
    });
    await recordAudit(tx, ctx, {
      action: `case.duplicate.${input.resolution}`,
      recordType: 'duplicate_flag',
      recordId: id,
      outcome: 'success',
      detail: { caseId: flag.caseId, otherCaseId: flag.otherCaseId },
    });
  });
}
