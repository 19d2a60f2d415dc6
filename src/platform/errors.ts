import type { z } from 'zod';

export type ErrorCode =
  | 'validation_failed'
  | 'bad_request'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'invalid_code'
  | 'two_factor_required'
  | 'membership_required'
  | 'forbidden'
  | 'origin_rejected'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'account_locked'
  | 'rate_limited'
  | 'internal_error'
  | 'unavailable';

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  invalid_code: 401,
  two_factor_required: 403,
  membership_required: 403,
  forbidden: 403,
  origin_rejected: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  account_locked: 423,
  rate_limited: 429,
  internal_error: 500,
  unavailable: 503,
};

/** Every code the API can answer with; the staff app's catalogues must translate each one. */
export const ERROR_CODES = Object.keys(STATUS) as ErrorCode[];

export type FieldError = { field: string; message: string };

/** The one error type of the application; the HTTP layer maps it to problem+json once. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors: FieldError[] = [],
    readonly extra: Record<string, string> = {},
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

/** Thrown by a verb that refuses a record: answered 404 so existence does not leak, and audited. */
export class DeniedError extends AppError {
  constructor(
    readonly audit: { action: string; recordType: string; recordId: string },
    what = 'The record',
  ) {
    super('not_found', `${what} was not found.`);
  }
}

export const notFound = (what = 'The record') => new AppError('not_found', `${what} was not found.`);
/**
 * 409: the change cannot be made. A refusal by a rule of the domain carries a stable code
 * (`refusal`), so a client words it in its own language; a bare 409 is a stale version.
 */
export const conflict = (message: string, refusal?: Refusal) =>
  new AppError('conflict', message, [], refusal ? { refusal } : {});

/**
 * Every refusal code there is. Each domain adds its own closed list from its catalogue.ts (declaration
 * merging), so the platform names none and a code no catalogue lists does not compile.
 */
// biome-ignore lint/suspicious/noEmptyInterface: the domains' catalogues fill it.
export interface Refusals {}
export type Refusal = keyof Refusals;

/** A message that begins with its code ("in_future: cannot be in the future"), which a client translates. */
export const MESSAGE_CODE = /^([a-z][a-z0-9_]*)(?::|$)/;

/** Zod's own issue codes, as the field messages of this API name them. */
export const ZOD_MESSAGE_CODES = [
  'required',
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
] as const;

/**
 * Every field message starts with a stable code: ours carry theirs ("unknown_country: …"); Zod's own
 * get the issue's code, "required" for a missing or empty value, and the limit for a size
 * ("too_big: at most 80"), so a client can say each in its own language.
 */
export function messageOf(issue: z.core.$ZodIssue): string {
  if (MESSAGE_CODE.test(issue.message)) return issue.message;
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) return 'required';
  if (issue.code === 'too_small') {
    const minimum = Number(issue.minimum);
    return minimum === 1 && issue.origin !== 'number' ? 'required' : `too_small: at least ${minimum}`;
  }
  if (issue.code === 'too_big') return `too_big: at most ${Number(issue.maximum)}`;
  return `${issue.code}: ${issue.message}`;
}

/** Zod issues → field errors that name the field and say what is wrong, never echoing the value. */
export function fromZod(error: z.ZodError, where: string): AppError {
  const errors = error.issues.slice(0, 20).map((issue) => ({
    field: [where, ...issue.path.map(String)].join('.'),
    message: messageOf(issue),
  }));
  const first = errors[0];
  return new AppError(
    'validation_failed',
    first ? `${first.field}: ${first.message}` : 'The request is not valid.',
    errors,
  );
}
