import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { RequestContext } from './context.ts';

/**
 * Every route declares who may call it when it is registered:
 * - public: anyone, no session;
 * - session: a logged-in user at one of the given stages, acting on their own account;
 * - action: an active session acting in a membership whose role the access policy allows.
 */
export type RoutePolicy =
  | { kind: 'public' }
  | {
      kind: 'session';
      stages: readonly ('totp_required' | 'totp_enrolment_required' | 'membership_required' | 'active')[];
    }
  | { kind: 'action'; action: keyof Actions };

/** The actions a route may need: access/policy.ts names them (declaration merging). */
// biome-ignore lint/suspicious/noEmptyInterface: access/policy.ts fills it.
export interface Actions {}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export type RouteDef<B = undefined, Q = undefined, P = undefined, R = undefined> = {
  method: Method;
  url: string;
  summary: string;
  tag: string;
  policy: RoutePolicy;
  body?: B;
  query?: Q;
  params?: P;
  /** The response body schema; null answers 204 No Content. */
  response: R | null;
  status?: number;
  /**
   * The app asks this on its own, every minute (the unread alerts): it is not the person's activity,
   * so it does not keep an idle session alive.
   */
  background?: boolean;
  /** Requests per minute per client address; login, search and exports set it. */
  rateLimitPerMinute?: number;
  /**
   * The body is a file's bytes (application/octet-stream) of at most this many bytes, where the rest
   * of the API takes JSON of at most 256 KB.
   */
  fileBody?: { maxBytes: number };
  handler: (
    ctx: RequestContext,
    input: { body: Out<B>; query: Out<Q>; params: Out<P> },
    reply: FastifyReply,
    // A handler that answers in another format itself (NDJSON) returns the reply.
    // biome-ignore lint/suspicious/noConfusingVoidType: a 204 handler returns nothing at all.
  ) => Promise<(R extends z.ZodType ? z.input<R> : void) | FastifyReply>;
};

export type AnyRoute = RouteDef<
  Schema | undefined,
  Schema | undefined,
  Schema | undefined,
  Schema | undefined
>;

/** Identity function that lets TypeScript infer the handler's input and output from the schemas. */
export function route<
  B extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  R extends Schema | undefined = undefined,
>(def: RouteDef<B, Q, P, R>): AnyRoute {
  return def as unknown as AnyRoute;
}
