import type { Actor } from '../platform/http/context.ts';
import type { RoutePolicy } from '../platform/http/route.ts';
import { mayEverDo } from './policy.ts';

export type GuardOutcome = 'allow' | 'unauthenticated' | 'wrong_stage' | 'forbidden';

/** Pure: may this actor call a route with this policy at all? Record-level checks come later. */
export function checkRoutePolicy(policy: RoutePolicy, actor: Actor | null): GuardOutcome {
  switch (policy.kind) {
    case 'public':
      return 'allow';
    case 'session':
      if (!actor) return 'unauthenticated';
      return policy.stages.includes(actor.stage) ? 'allow' : 'wrong_stage';
    case 'action':
      if (!actor) return 'unauthenticated';
      if (actor.stage !== 'active' || !actor.membership) return 'wrong_stage';
      return mayEverDo(actor.membership.role, policy.action) ? 'allow' : 'forbidden';
    default: {
      const unknownPolicy: never = policy;
      throw new Error(`unknown route policy ${JSON.stringify(unknownPolicy)}`);
    }
  }
}
