import { AppError } from '../errors.ts';
import type { Actor, RequestContext } from './context.ts';

// The route guard has already checked these exist; the verbs use them to narrow the types.

export function actorOf(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new AppError('unauthenticated', 'Log in to continue.');
  return ctx.actor;
}

/** The membership the request acts in. */
export function actingMembership(ctx: RequestContext): NonNullable<Actor['membership']> {
  const membership = ctx.actor?.membership;
  if (!membership) throw new AppError('unauthenticated', 'Log in to continue.');
  return membership;
}
