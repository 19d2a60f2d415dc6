import type { Config } from '../config.ts';
import type { Keys } from '../crypto/keys.ts';
import type { Database, Db } from '../db.ts';

/** Who is calling, and as which membership. Every authorised request acts in exactly one. */
export type Actor = {
  userId: string;
  email: string;
  sessionId: string;
  stage: 'totp_required' | 'totp_enrolment_required' | 'membership_required' | 'active';
  membership: { id: string; organisationId: string; role: keyof Roles } | null;
};

/** The roles there are: access/model.ts names them (declaration merging), so the platform names none. */
// biome-ignore lint/suspicious/noEmptyInterface: access/model.ts fills it.
export interface Roles {}

export type Services = { database: Database; keys: Keys; config: Config };

/** What a verb receives: the database (or transaction) and the one for lagging reads, keys, the actor and the request's identity. */
export type RequestContext = {
  db: Db;
  /**
   * For reads that may lag a little (statistics, the public directory): a read replica when there
   * is one close enough behind, else the primary. Never for a write, nor for what was just written.
   */
  readDb: Db;
  keys: Keys;
  config: Config;
  requestId: string;
  actor: Actor | null;
  userAgent: string | null;
};

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
  }
}

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: import('./route.ts').RoutePolicy;
    /** Asked by the app on its own (a poll): the session is not kept alive by it. */
    background?: boolean;
  }
}
