import type { z } from 'zod';
import { conflict } from '../platform/errors.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { requestClosure } from '../review/approvals.ts';
import { changeCase } from './change.ts';
import type { TransitionInput } from './model.ts';
import { nationalContactPoint } from './organisations.ts';
import { caseAnswer } from './read.ts';
import { sendReferral } from './referrals.ts';

/** A step of the case's workflow asked for by staff; the initial referral goes out as a referral. */
export function transitionCase(ctx: RequestContext, id: string, input: z.output<typeof TransitionInput>) {
  return changeCase(
    ctx,
    id,
    {
      action: 'case.update',
      version: input.version,
      apply: async (c) => {
        // A closure the organisation asks approval for waits for its approver; the case stays open.
        if (input.transition === 'close' && (await requestClosure(c, input.reason))) return;
        const step = await c.move(input.transition, { reason: input.reason, required: true });
        if (input.transition !== 'refer_to_national_contact_point') {
          c.audit({
            action: `case.transition.${input.transition}`,
            detail: { ...step, transition: input.transition },
          });
          return;
        }
        // The initial referral is a referral like any other, to the national point of contact: the
        // step above is the one it takes.
        const ncp = await nationalContactPoint(c.ctx.db);
        if (!ncp)
          throw conflict(
            'No organisation is set up as the national point of contact.',
            'no_national_contact_point',
          );
        await sendReferral(c, { toOrganisationId: ncp.id, purpose: 'identification' });
      },
    },
    caseAnswer,
  );
}
