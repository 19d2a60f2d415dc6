import type { Db } from '../platform/db.ts';
import type { Actor, RequestContext } from '../platform/http/context.ts';
import { type AuditActor, type AuditEntry, appendAudit } from './store.ts';

export function auditActorOf(actor: Actor | null): AuditActor {
  return {
    userId: actor?.userId ?? null,
    email: actor?.email ?? null,
    membershipId: actor?.membership?.id ?? null,
    organisationId: actor?.membership?.organisationId ?? null,
    role: actor?.membership?.role ?? null,
  };
}

/** Record what the request's actor did; pass the transaction of the change so both commit together. */
export function recordAudit(db: Db, ctx: RequestContext, entry: AuditEntry, actor = ctx.actor) {
  return appendAudit(db, ctx.keys, auditActorOf(actor), ctx.requestId, entry);
}
