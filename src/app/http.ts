import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants as zlib } from 'node:zlib';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import type { Registry } from 'prom-client';
import { adminRoutes } from '../access/admin-routes.ts';
import { authRoutes } from '../access/auth-routes.ts';
import { loadSession, SESSION_COOKIE } from '../access/sessions.ts';
import { alertRoutes } from '../alerts/routes.ts';
import { legalActorRoutes } from '../assistance/legal-routes.ts';
import { assistanceRoutes } from '../assistance/routes.ts';
import { auditRoutes } from '../audit/routes.ts';
import { caseRoutes } from '../cases/routes.ts';
import { directoryRoutes } from '../directory/routes.ts';
import { directoryStaffRoutes } from '../directory/staff-routes.ts';
import { documentRoutes } from '../documents/routes.ts';
import { fundingRoutes } from '../funding/routes.ts';
import { peopleRoutes } from '../people/routes.ts';
import { AppError } from '../platform/errors.ts';
import type { Services } from '../platform/http/context.ts';
import { frameworkErrorHandler, registerErrorHandling } from '../platform/http/errors.ts';
import { buildOpenApi, DOCS_CSS, renderDocs } from '../platform/http/openapi.ts';
import { postgresRateLimitStore } from '../platform/http/rate-limit-store.ts';
import type { AnyRoute } from '../platform/http/route.ts';
import { registerSecurity, securityHeaders } from '../platform/http/security.ts';
import { programmeRoutes } from '../programme/routes.ts';
import { reviewRoutes } from '../review/routes.ts';
import { rightsRoutes } from '../rights/routes.ts';
import { statisticsRoutes } from '../statistics/routes.ts';
import { registerFinder } from '../web/finder/routes.ts';
import { registerPublicStatistics } from '../web/statistics/routes.ts';
import { metricsGate, processMetrics, scrapeThisProcess } from './metrics.ts';
import { registerRoute } from './register.ts';

export const API_ROUTES: readonly AnyRoute[] = [
  ...authRoutes,
  ...adminRoutes,
  ...alertRoutes,
  ...auditRoutes,
  ...rightsRoutes,
  ...peopleRoutes,
  ...directoryRoutes,
  ...directoryStaffRoutes,
  ...caseRoutes,
  ...reviewRoutes,
  ...assistanceRoutes,
  ...legalActorRoutes,
  ...documentRoutes,
  ...statisticsRoutes,
  ...fundingRoutes,
  ...programmeRoutes,
];

export const STAFF_DIST = fileURLToPath(new URL('../../dist/staff', import.meta.url));

const PUBLIC = { policy: { kind: 'public' as const } };

/** The media types compressed when sent: text, JSON, scripts and SVG. */
export const COMPRESSIBLE =
  /^(text\/(?!event-stream)|application\/(json|problem\+json|javascript)|image\/svg\+xml)/;

export type AppOptions = {
  logStream?: NodeJS.WritableStream;
  onRoute?: (route: RouteOptions) => void;
  /** How /metrics is answered, given this app's registry; by default, from this process alone. */
  scraper?: (registry: Registry) => () => Promise<string>;
};

export async function buildApp(services: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: services.config.logLevel,
      ...(options.logStream ? { stream: options.logStream } : {}),
      // Query strings can carry search words (a name typed into a search box): log the path only.
      serializers: {
        req: (req: { method: string; url: string; id: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
        }),
      },
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    },
    // request.ip and request.protocol come from X-Forwarded-For and X-Forwarded-Proto only when the
    // direct peer is a listed proxy; the forwarded addresses are walked from the right while they
    // are listed proxies too, so an address the client wrote in front of them is never the client.
    trustProxy: services.config.trustProxy.length > 0 ? services.config.trustProxy : false,
    genReqId: () => randomUUID(),
    bodyLimit: 256 * 1024,
    frameworkErrors: frameworkErrorHandler((request) => securityHeaders(services.config, request)),
  });

  const metrics = processMetrics(services);
  metrics.observe(app);

  // Default deny by construction: a route registered without a policy stops the app from starting.
  app.addHook('onRoute', (routeOptions) => {
    if (!routeOptions.config?.policy) {
      throw new Error(`Route ${routeOptions.method} ${routeOptions.url} declares no access policy.`);
    }
    options.onRoute?.(routeOptions);
  });
  await app.register(cookie);
  // On PostgreSQL the counters are in the database, shared by every server process on it; the
  // embedded database has one process, whose memory is the one place that counts.
  await app.register(rateLimit, {
    global: false,
    ...(services.database.kind === 'postgres' ? { store: postgresRateLimitStore(services.database.db) } : {}),
  });
  // Answers over 1 KB of text, JSON and scripts go compressed to a client that accepts it, others
  // plain. Files (PDF, XLSX, images) are compressed already or sent as they were uploaded. Brotli at
  // a low quality: made per answer, it must cost little CPU; the built apps' files are compressed
  // once, at build, at the highest (sent by @fastify/static as they are, preCompressed).
  await app.register(compress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    customTypes: COMPRESSIBLE,
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
    // Request bodies are read as sent, as before: nothing inflates what a client compressed.
    globalDecompression: false,
  });
  await app.register(fastifyStatic, { root: STAFF_DIST, serve: false, preCompressed: true });
  registerErrorHandling(app);
  // A file uploaded to a case comes as its bytes; its route's own body limit applies, and what the
  // file is gets read from its content, never from a declared type.
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );
  registerSecurity(app, services.config);

  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token || token.length > 200) return;
    const session = await loadSession(services.database.db, token, new Date(), {
      touch: request.routeOptions.config?.background !== true,
    });
    if (!session) return;
    request.sessionToken = token;
    request.actor = {
      userId: session.userId,
      email: session.email,
      sessionId: session.id,
      stage: session.stage,
      membership: session.membership,
    };
  });

  for (const def of API_ROUTES) registerRoute(app, services, def);

  app.get('/healthz', { config: PUBLIC }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: PUBLIC }, async (_request, reply) => {
    if (!(await services.database.ping())) return reply.code(503).send({ status: 'database unavailable' });
    const pending = await services.database.pendingMigrations();
    if (pending > 0) {
      return reply.code(503).send({
        status: `${pending} database migration(s) pending: run npm run migrate before this version`,
      });
    }
    return { status: 'ready' };
  });
  // Public by policy, yet answered only to a listed address or the token: anyone else finds nothing.
  const mayScrape = metricsGate(services.config.metrics);
  const scrape = (options.scraper ?? scrapeThisProcess)(metrics.registry);
  app.get('/metrics', { config: PUBLIC }, async (request, reply) => {
    if (!mayScrape(request.ip, request.headers.authorization)) {
      // Worded as for any machine address that has nothing (/api/…, /hsds/…).
      throw new AppError('not_found', `No such address: ${request.url.split('?')[0]}`);
    }
    return reply
      .header('cache-control', 'no-store')
      .type(metrics.registry.contentType)
      .send(await scrape());
  });

  const page = (summary: string, type: string) => ({
    get: { summary, security: [], responses: { 200: { description: summary, content: { [type]: {} } } } },
  });
  const openApi = buildOpenApi(API_ROUTES, {
    '/openapi.json': page('This OpenAPI document', 'application/json'),
    '/docs': page('Browsable API documentation', 'text/html'),
    '/staff/{path}': page('The staff web app (any path under /staff/ serves it)', 'text/html'),
    '/statistics/': page(
      'The published statistics, for anyone: ?year= and ?lang=lt|en in the address, no script, no cookie',
      'text/html',
    ),
    '/statistics/{table}.csv': page(
      'One table of the published statistics (yearly, services, crimes, people) as CSV, with the same ?year= and ?lang=',
      'text/csv',
    ),
    '/healthz': {
      get: { summary: 'The process is alive', security: [], responses: { 200: { description: 'ok' } } },
    },
    '/readyz': {
      get: {
        summary: 'The database answers and has every migration of this version',
        security: [],
        responses: {
          200: { description: 'ready' },
          503: { description: 'database unavailable, or migrations pending' },
        },
      },
    },
    '/metrics': {
      get: {
        summary:
          'Prometheus metrics, for the addresses in ATRAMA_METRICS_ALLOW or the bearer token ATRAMA_METRICS_TOKEN (anyone else: 404)',
        security: [],
        responses: {
          200: { description: 'metrics', content: { 'text/plain': {} } },
          404: { description: 'not found' },
        },
      },
    },
  });
  app.get('/openapi.json', { config: PUBLIC }, async () => openApi);
  const docsHtml = renderDocs(openApi);
  app.get('/docs', { config: PUBLIC }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(docsHtml),
  );
  app.get('/docs/docs.css', { config: PUBLIC }, async (_request, reply) =>
    reply.type('text/css').send(DOCS_CSS),
  );

  registerBuiltApp(app, 'staff', STAFF_DIST);
  registerPublicStatistics(app, services);
  registerFinder(app, services);
  return app;
}

/**
 * The built staff app at /staff/: files as they are, any other path under it gets its index.html.
 * It is public: the app asks for a login through the API.
 */
function registerBuiltApp(app: FastifyInstance, name: 'staff', dist: string) {
  app.get(`/${name}`, { config: PUBLIC }, async (_request, reply) => reply.redirect(`/${name}/`));
  app.get(`/${name}/*`, { config: PUBLIC }, async (request, reply) => {
    if (!existsSync(path.join(dist, 'index.html'))) {
      return reply.code(503).type('text/plain').send(`The ${name} app is not built. Run: npm run build`);
    }
    const wanted = path.normalize((request.params as { '*': string })['*'] ?? '');
    const file = path.join(dist, wanted);
    const isFile = file.startsWith(dist + path.sep) && existsSync(file) && statSync(file).isFile();
    // Files under assets/ are named by their content's hash: a changed file is a new name, so a
    // browser keeps them a year without asking again. Anything else is asked again every time.
    if (wanted.startsWith('assets/')) {
      // A file of another version (a page loaded before an upgrade asking for a screen's code) is not
      // here: 404, never the app's page in its place, so the browser knows to load the app anew.
      if (!isFile) return reply.code(404).type('text/plain').send('Not found');
      return reply.sendFile(wanted, dist, { maxAge: '365d', immutable: true });
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile(isFile ? wanted : 'index.html', dist, { cacheControl: false });
  });
}
