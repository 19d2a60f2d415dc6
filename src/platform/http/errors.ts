import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from '../errors.ts';

const TITLES: Partial<Record<number, string>> = {
  400: 'Bad request',
  401: 'Not logged in',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  413: 'Too large',
  415: 'Unsupported media type',
  423: 'Locked',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Unavailable',
};

export function sendProblem(reply: FastifyReply, error: AppError) {
  return reply
    .code(error.status)
    .type('application/problem+json')
    .send({
      type: `https://atrama.lt/problems/${error.code}`,
      title: TITLES[error.status] ?? 'Error',
      status: error.status,
      detail: error.message,
      code: error.code,
      ...(error.errors.length > 0 ? { errors: error.errors } : {}),
      ...error.extra,
    });
}

// Fastify's own client errors (bad JSON, wrong content type, body too large) keep their status;
// the message is replaced by ours so nothing internal leaks.
function fromFastify(error: FastifyError, bodyLimit: number): AppError | null {
  const status = error.statusCode ?? 500;
  if (status >= 500) return null;
  const limit = bodyLimit >= 1024 * 1024 ? `${bodyLimit / 1024 / 1024} MB` : `${bodyLimit / 1024} KB`;
  const byStatus: Record<number, [ErrorCode, string]> = {
    413: ['payload_too_large', `The request body is larger than the ${limit} this address accepts.`],
    415: [
      'unsupported_media_type',
      'Send JSON with content-type application/json, or a file with application/octet-stream where one is uploaded.',
    ],
    429: ['rate_limited', 'Too many requests. Wait a minute and try again.'],
    404: ['not_found', 'Not found.'],
  };
  const [code, message] = byStatus[status] ?? [
    'bad_request',
    'The request could not be read. Send valid JSON.',
  ];
  return new AppError(code, message);
}

/**
 * What the router answers before any route or hook runs (Fastify's `frameworkErrors`): an address
 * that does not decode, or a path parameter over the length limit. A problem like every other one,
 * with the headers (`headersOf`) the hooks would have added.
 */
export function frameworkErrorHandler(headersOf: (request: FastifyRequest) => Record<string, string>) {
  return (_error: FastifyError, request: FastifyRequest, reply: FastifyReply) =>
    sendProblem(
      reply.headers(headersOf(request)),
      new AppError('bad_request', 'The address could not be read: a part of it is malformed or too long.'),
    );
}

/** One error handler: problem+json for every failure, no stack trace or internal message to a client. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = error instanceof AppError ? error : fromFastify(error, request.routeOptions.bodyLimit);
    if (known) return sendProblem(reply, known);
    request.log.error(
      { err: { type: error.name, message: error.message, stack: error.stack } },
      'request failed',
    );
    return sendProblem(
      reply,
      new AppError('internal_error', 'Something went wrong on our side. It has been logged.'),
    );
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      new AppError('not_found', `No such address: ${request.method} ${request.url.split('?')[0]}`),
    ),
  );
}
