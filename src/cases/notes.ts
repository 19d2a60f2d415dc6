import type { z } from 'zod';
import { conflict } from '../platform/errors.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { changeCase } from './change.ts';
import type { NoteInput } from './model.ts';
import { caseAnswer } from './read.ts';
import { sealText } from './sealed.ts';
import { insertNote } from './store.ts';

/** A note on the case, sealed under the person's key, for the team or for the writer's organisation. */
export function addNote(ctx: RequestContext, id: string, input: z.output<typeof NoteInput>) {
  return changeCase(
    ctx,
    id,
    {
      action: 'case.update',
      version: 'current',
      apply: async (c) => {
        const key = await c.personKey();
        if (!key) throw conflict('This person was erased; nothing more can be written about them.', 'erased');
        await insertNote(c.ctx.db, {
          caseId: c.row.id,
          organisationId: c.organisationId,
          authorUserId: c.userId,
          visibility: input.visibility,
          sealedText: sealText(key, 'case-note', c.row.id, input.text),
        });
        c.event('note_added', { visibility: input.visibility });
        c.audit({ action: 'case.note.add', detail: { visibility: input.visibility } });
      },
    },
    caseAnswer,
  );
}
