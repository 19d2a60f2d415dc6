import type { z } from 'zod';
import { AppError } from '../platform/errors.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { changeCase } from './change.ts';
import type { RecordConsentInput } from './model.ts';
import { checkOrganisationsExist } from './organisations.ts';
import { caseAnswer } from './read.ts';
import { insertConsent, withdrawConsent } from './store.ts';

// The person's consents, as staff record them: given with a method, withdrawn at any time.

export function recordConsent(ctx: RequestContext, id: string, input: z.output<typeof RecordConsentInput>) {
  return changeCase(
    ctx,
    id,
    {
      action: 'case.update',
      version: input.version,
      apply: async (c) => {
        await checkOrganisationsExist(c.ctx.db, [{ id: input.organisationId, field: 'body.organisationId' }]);
        await insertConsent(c.ctx.db, {
          caseId: c.row.id,
          scope: input.scope,
          method: input.method,
          organisationId: input.organisationId ?? null,
          recordedByUserId: c.userId,
          recordedByOrganisationId: c.organisationId,
        });
        const detail = { scope: input.scope, method: input.method };
        c.event('consent_given', detail);
        c.audit({ action: 'case.consent.record', detail });
      },
    },
    caseAnswer,
  );
}

export function withdrawConsentOf(
  ctx: RequestContext,
  id: string,
  consentId: string,
  reason: string | undefined,
) {
  return changeCase(
    ctx,
    id,
    {
      action: 'case.update',
      version: 'current',
      apply: async (c) => {
        const withdrawn = await withdrawConsent(c.ctx.db, c.row.id, consentId, c.userId);
        if (!withdrawn)
          throw new AppError('not_found', 'The consent was not found, or was already withdrawn.');
        c.event('consent_withdrawn', { scope: withdrawn.scope }, { reason });
        c.audit({ action: 'case.consent.withdraw', detail: { scope: withdrawn.scope } });
      },
    },
    caseAnswer,
  );
}
