import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { getPerson, setIdentity } from '../people/store.ts';
import { people } from '../people/tables.ts';
import { inTurn } from '../platform/db.ts';
import { conflict } from '../platform/errors.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { changeCase } from './change.ts';
import { checkForDuplicates } from './duplicates.ts';
import type { AddIdentityInput } from './model.ts';
import { caseAnswer } from './read.ts';
import { identityStateOf } from './view.ts';

/**
 * Add a name to an anonymous person, or correct it where the actor sees it. The organisation that adds
 * it holds it; the duplicate check runs at once.
 */
export function addIdentity(ctx: RequestContext, id: string, input: z.output<typeof AddIdentityInput>) {
  return changeCase(
    ctx,
    id,
    {
      action: 'case.update',
      version: input.version,
      apply: async (c) => {
        const [person, consents, referrals] = await inTurn(
          () => getPerson(c.ctx.db, c.row.personId),
          () => c.consents(),
          () => c.referrals(),
        );
        const state = identityStateOf({ person: person!, team: c.team, consents, referrals }, c.viewer);
        if (state !== 'none' && state !== 'shown') {
          throw conflict(
            state === 'erased'
              ? 'This person was erased; their identity cannot be added again.'
              : 'Only the organisation that holds this identity can change it.',
            state === 'erased' ? 'erased' : 'identity_elsewhere',
          );
        }
        await setIdentity(c.ctx.db, c.ctx.keys, c.row.personId, input.identity);
        if (state === 'none') {
          await c.ctx.db
            .update(people)
            .set({ organisationId: c.organisationId })
            .where(eq(people.id, c.row.personId));
        }
        await checkForDuplicates(c, input.identity);
        c.event(state === 'none' ? 'identity_added' : 'identity_corrected');
        c.audit({ action: 'case.identity.set' });
      },
    },
    caseAnswer,
  );
}
