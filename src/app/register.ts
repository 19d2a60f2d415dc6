import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { checkRoutePolicy } from '../access/guard.ts';
import { recordAudit } from '../audit/record.ts';
import { REPLICA_CHECK_MS } from '../platform/db.ts';
import { AppError, DeniedError, fromZod } from '../platform/errors.ts';
import type { RequestContext, Services } from '../platform/http/context.ts';
import type { AnyRoute } from '../platform/http/route.ts';

/**
 * Set for a while after a logged-in user's change: their reads stay on the primary until the
 * replica has surely replayed it (its lag bound plus the time between two measures of it).
 */
export const WROTE_COOKIE = 'atrama_wrote';

export function contextOf(services: Services, request: FastifyRequest): RequestContext {
  return {
    db: services.database.db,
    // Only a logged-in user's mark counts: a stranger's cookie cannot push the public reads onto the primary.
    readDb: services.database.read({
      afterOwnWrite: request.actor !== null && request.cookies[WROTE_COOKIE] !== undefined,
    }),
    keys: services.keys,
    config: services.config,
    requestId: request.id,
    actor: request.actor,
    userAgent: request.headers['user-agent'] ?? null,
  };
}

export async function auditDenied(
  ctx: RequestContext,
  action: string,
  record?: { type: string; id: string },
) {
  await recordAudit(ctx.db, ctx, {
    action,
    recordType: record?.type ?? null,
    recordId: record?.id ?? null,
    outcome: 'denied',
  });
}

/** PostgreSQL text cannot hold U+0000; refuse it at the edge rather than fail in the database. */
function findNul(value: unknown, path: string[], depth = 0): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  // A file's bytes are not text: the route reads what they are.
  if (Buffer.isBuffer(value)) return null;
  if (value === null || typeof value !== 'object' || depth > 32) return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = key.includes('\u0000') ? [...path, key] : findNul(inner, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

function parsePart(schema: z.ZodType | undefined, value: unknown, where: string) {
  if (!schema) return undefined;
  const nul = findNul(value, [where]);
  if (nul) {
    const field = nul.join('.');
    throw new AppError('validation_failed', `${field}: text must not contain the NUL character.`, [
      { field, message: 'contains_nul' },
    ]);
  }
  const parsed = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (!parsed.success) throw fromZod(parsed.error, where);
  return parsed.data;
}

/**
 * Rate limits count per client address (IPv6 per /64, as the plugin does): request.ip, which behind
 * a listed proxy is the client it forwarded, not the proxy shared by everyone. A client that went
 * away while its request waited has no address any more: its request is let go, not failed.
 */
const clientKey = (request: FastifyRequest) => (request.ip ? normalizeIP(request.ip) : 'disconnected');

export function registerRoute(app: FastifyInstance, services: Services, def: AnyRoute) {
  app.route({
    method: def.method,
    url: def.url,
    ...(def.fileBody ? { bodyLimit: def.fileBody.maxBytes } : {}),
    config: {
      policy: def.policy,
      background: def.background === true,
      ...(def.rateLimitPerMinute
        ? { rateLimit: { max: def.rateLimitPerMinute, timeWindow: 60_000, keyGenerator: clientKey } }
        : {}),
    },
    preHandler: async (request) => {
      const outcome = checkRoutePolicy(def.policy, request.actor);
      if (outcome === 'unauthenticated') throw new AppError('unauthenticated', 'Log in to continue.');
      if (outcome === 'wrong_stage') {
        throw request.actor?.stage === 'membership_required'
          ? new AppError('membership_required', 'Choose the organisation and role to act in first.')
          : new AppError('two_factor_required', 'Finish two-step verification first.');
      }
      if (outcome === 'forbidden' && def.policy.kind === 'action') {
        await auditDenied(contextOf(services, request), def.policy.action);
        throw new AppError('forbidden', 'Your role does not allow this.');
      }
    },
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      const ctx = contextOf(services, request);
      const input = {
        body: parsePart(def.body, request.body, 'body'),
        query: parsePart(def.query, request.query, 'query'),
        params: parsePart(def.params, request.params, 'params'),
      };
      let result: unknown;
      try {
        result = await def.handler(ctx, input, reply);
      } catch (error) {
        if (error instanceof DeniedError) {
          await auditDenied(ctx, error.audit.action, {
            type: error.audit.recordType,
            id: error.audit.recordId,
          });
        }
        throw error;
      }
      const replica = services.database.replica();
      if (replica && request.actor && def.method !== 'GET' && reply.statusCode < 400) {
        reply.setCookie(WROTE_COOKIE, '1', {
          path: '/',
          httpOnly: true,
          sameSite: 'strict',
          // The lag is sampled every check and the choice read from the last one: a lag read low by a
          // check's worth, on a state a check old, still finds the change on the replica after this.
          maxAge: replica.maxLagSeconds + (2 * REPLICA_CHECK_MS) / 1000 + 5,
        });
      }
      if (reply.sent || result === reply) return reply;
      if (def.response === null || def.response === undefined) return reply.code(def.status ?? 204).send();
      // Parsing the response strips any field the schema does not declare, so no column leaks.
      return reply.code(def.status ?? 200).send(def.response.parse(result));
    },
  });
}
