import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';

/** The content security policy; a page with its own inline style names that style's hash. */
export const contentSecurityPolicy = (extraStyle = '') =>
  [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${extraStyle ? ` ${extraStyle}` : ''}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
const CSP = contentSecurityPolicy();

const LOCAL_HOSTS = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/;

function expectedOrigin(config: Config, request: FastifyRequest): string {
  if (config.publicUrl) return new URL(config.publicUrl).origin;
  return `${request.protocol}://${request.headers.host ?? ''}`;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Security headers on every response, and an Origin check on every state-changing request. */
export function registerSecurity(app: FastifyInstance, config: Config) {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const origin = request.headers.origin;
    if (!origin || origin !== expectedOrigin(config, request)) {
      throw new AppError('origin_rejected', 'This request did not come from the Atrama application.');
    }
  });

  app.addHook('onSend', async (request, reply) => {
    const headers = securityHeaders(config, request);
    // A page that allows its own inline style sets a policy built by contentSecurityPolicy itself.
    if (reply.hasHeader('content-security-policy')) delete headers['content-security-policy'];
    reply.headers(headers);
  });
}

/** The headers of every response: added on send, and by the router's own error answers. */
export function securityHeaders(config: Config, request: FastifyRequest): Record<string, string> {
  const headers: Record<string, string> = {
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  };
  const host = config.publicUrl ? new URL(config.publicUrl).host : (request.headers.host ?? '');
  if (!LOCAL_HOSTS.test(host)) {
    headers['strict-transport-security'] = 'max-age=63072000; includeSubDomains';
  }
  if (request.url.startsWith('/api/')) headers['cache-control'] = 'no-store';
  if (request.url.startsWith('/hsds/')) {
    // Open data: every site may read it, and caches may keep it a few minutes.
    headers['access-control-allow-origin'] = '*';
    headers['cross-origin-resource-policy'] = 'cross-origin';
    headers['cache-control'] = 'public, max-age=300';
  }
  return headers;
}
