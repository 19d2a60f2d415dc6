import type { Identity, IntakeDraftData, ReferralPurpose } from './contract/cases.ts';
import type { Language } from './contract/directory.ts';
import type { DocumentKind } from './contract/documents.ts';
import type { ExportLanguage } from './contract/rights.ts';
import type { GetRouteKey, RouteAnswer, RouteArgs, RouteInput, RouteKey } from './contract/routes.ts';

/** An RFC 9457 problem document, with the extension members this API uses. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: { field: string; message: string }[];
  lockedUntil?: string;
  /** A 409 refused by a rule of the case: a stable code to word ("self", "consent.share_identity"…). */
  refusal?: string;
  /** With refusal "requirements": the codes of what is missing, separated by spaces. */
  missing?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }
}

/** Raised when the server could not be reached at all. */
export class NetworkError extends Error {
  constructor() {
    super('network');
    this.name = 'NetworkError';
  }
}

/**
 * 401 answers that mean "the code or password you typed is wrong", not "you have no session".
 * They must not throw the user out to the login screen.
 */
const INPUT_REJECTION_CODES = new Set(['invalid_credentials', 'invalid_code']);

let unauthorisedHandler: (() => void) | null = null;
let stageChangedHandler: (() => void) | null = null;

/**
 * Registers what to do when the server says the session must take a login step again (its
 * membership was removed, so it has to choose where to act).
 */
export function onStageChanged(handler: (() => void) | null): void {
  stageChangedHandler = handler;
}

/** Registers what to do when an API call answers 401 because the session is gone. */
export function onUnauthorised(handler: (() => void) | null): void {
  unauthorisedHandler = handler;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toProblem(status: number, body: unknown): Problem {
  const problem: Problem = { status };
  if (!isRecord(body)) return problem;
  if (typeof body.type === 'string') problem.type = body.type;
  if (typeof body.title === 'string') problem.title = body.title;
  if (typeof body.detail === 'string') problem.detail = body.detail;
  if (typeof body.code === 'string') problem.code = body.code;
  if (typeof body.lockedUntil === 'string') problem.lockedUntil = body.lockedUntil;
  if (typeof body.refusal === 'string') problem.refusal = body.refusal;
  if (typeof body.missing === 'string') problem.missing = body.missing;
  if (Array.isArray(body.errors)) {
    problem.errors = body.errors.filter(isRecord).map((e) => ({
      field: typeof e.field === 'string' ? e.field : '',
      message: typeof e.message === 'string' ? e.message : '',
    }));
  }
  return problem;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function send(method: string, path: string, body: unknown, signingIn: boolean): Promise<unknown> {
  const init: RequestInit = {
    method,
    credentials: 'same-origin',
    headers: { accept: 'application/json, application/problem+json' },
  };
  if (body instanceof Blob) {
    // A file goes as its bytes; the server reads what it is from them, not from a declared type.
    init.headers = { ...init.headers, 'content-type': 'application/octet-stream' };
    init.body = body;
  } else if (body !== undefined) {
    init.headers = { ...init.headers, 'content-type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new NetworkError();
  }
  const data = await readBody(response);
  if (!response.ok) {
    const problem = toProblem(response.status, data);
    if (
      response.status === 401 &&
      !signingIn &&
      !(problem.code !== undefined && INPUT_REJECTION_CODES.has(problem.code))
    ) {
      unauthorisedHandler?.();
    }
    if (response.status === 403 && problem.code === 'membership_required') stageChangedHandler?.();
    throw new ApiError(problem);
  }
  return data;
}

function query(params: object): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params) as [string, unknown][]) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/** A path segment from an id, whatever it holds. */
const id = (value: string): string => encodeURIComponent(value);

/** The address of a route, with its path's parameters and its query filled in. */
function address(key: RouteKey, input: { params?: object; query?: object } | undefined): string {
  const params = (input?.params ?? {}) as Record<string, unknown>;
  const path = key
    .slice(key.indexOf(' ') + 1)
    .replace(/:([A-Za-z]+)/g, (_, name: string) => id(String(params[name])));
  return `${path}${input?.query ? query(input.query) : ''}`;
}

/**
 * Calls a route of the server by its method and address, as it declares them: "GET /api/cases/:id"
 * with { params: { id } }. What the route takes and answers comes from its contract.
 */
export async function call<K extends RouteKey>(key: K, ...[input]: RouteArgs<K>): Promise<RouteAnswer<K>> {
  const given = input as RouteInput<K> | undefined;
  const method = key.slice(0, key.indexOf(' '));
  // A 401 from logging in, from asking for the session or from a forgotten password's steps is an
  // answer, not a session that ended.
  const signingIn =
    key === 'POST /api/auth/login' ||
    key === 'GET /api/auth/session' ||
    key === 'POST /api/auth/password/forgot' ||
    key === 'POST /api/auth/password/reset';
  return (await send(method, address(key, given), given?.body, signingIn)) as RouteAnswer<K>;
}

/** Sends a file to a route that takes one as its body, with the rest of the route's input. */
export async function upload<K extends RouteKey>(
  key: K,
  input: Omit<RouteInput<K>, 'body'>,
  file: Blob,
): Promise<RouteAnswer<K>> {
  return (await send(key.slice(0, key.indexOf(' ')), address(key, input), file, false)) as RouteAnswer<K>;
}

/** The address of a download the browser opens itself, with the session it has. */
export function href<K extends GetRouteKey>(key: K, ...[input]: RouteArgs<K>): string {
  return address(key, input as RouteInput<K> | undefined);
}

export const api = {
  login: (email: string, password: string) => call('POST /api/auth/login', { body: { email, password } }),
  session: () => call('GET /api/auth/session'),
  totp: (code: string) => call('POST /api/auth/totp', { body: { code } }),
  /** A first enrolment needs nothing; replacing a second factor needs the password and a current code. */
  startEnrolment: (proof: RouteInput<'POST /api/auth/totp/enrolment'>['body'] = {}) =>
    call('POST /api/auth/totp/enrolment', { body: proof }),
  confirmEnrolment: (code: string) => call('POST /api/auth/totp/enrolment/confirm', { body: { code } }),
  chooseMembership: (membershipId: string) => call('POST /api/auth/membership', { body: { membershipId } }),
  logout: () => call('POST /api/auth/logout'),
  logoutEverywhere: () => call('POST /api/auth/logout-everywhere'),
  changePassword: (currentPassword: string, newPassword: string) =>
    call('POST /api/auth/password', { body: { currentPassword, newPassword } }),
  /** Asks for a link to set a new password; the answer is the same whether or not the address is known. */
  forgotPassword: (email: string) => call('POST /api/auth/password/forgot', { body: { email } }),
  resetPassword: (token: string, newPassword: string) =>
    call('POST /api/auth/password/reset', { body: { token, newPassword } }),
  sessions: () => call('GET /api/auth/sessions'),
  endSession: (sessionId: string) => call('DELETE /api/auth/sessions/:id', { params: { id: sessionId } }),

  organisations: () => call('GET /api/organisations'),
  createOrganisation: (input: RouteInput<'POST /api/organisations'>['body']) =>
    call('POST /api/organisations', { body: input }),
  updateOrganisation: (organisationId: string, input: RouteInput<'PATCH /api/organisations/:id'>['body']) =>
    call('PATCH /api/organisations/:id', { params: { id: organisationId }, body: input }),

  users: (q: string) => call('GET /api/users', { query: { q } }),
  createUser: (input: RouteInput<'POST /api/users'>['body']) => call('POST /api/users', { body: input }),
  updateUser: (userId: string, input: RouteInput<'PATCH /api/users/:id'>['body']) =>
    call('PATCH /api/users/:id', { params: { id: userId }, body: input }),
  /** Answers with the user and every membership they now hold. */
  addMembership: (userId: string, input: RouteInput<'POST /api/users/:id/memberships'>['body']) =>
    call('POST /api/users/:id/memberships', { params: { id: userId }, body: input }),
  removeMembership: (membershipId: string) =>
    call('DELETE /api/memberships/:id', { params: { id: membershipId } }),

  audit: (filters: RouteInput<'GET /api/audit'>['query']) => call('GET /api/audit', { query: filters }),
  accessReview: (month: string) => call('GET /api/audit/access-review', { query: { month } }),
  verifyAudit: () => call('GET /api/audit/verify'),

  directoryServices: (filters: RouteInput<'GET /api/directory/services'>['query']) =>
    call('GET /api/directory/services', { query: filters }),
  updateDirectoryService: (
    serviceId: string,
    input: RouteInput<'PATCH /api/directory/services/:id'>['body'],
  ) => call('PATCH /api/directory/services/:id', { params: { id: serviceId }, body: input }),
  markDirectoryServiceChecked: (serviceId: string) =>
    call('POST /api/directory/services/:id/checked', { params: { id: serviceId } }),
  referralMap: (lang: Language) => call('GET /api/directory/referral-map', { query: { lang } }),
  /** The needs a service can meet: the terms of the public HSDS taxonomy "Atrama needs". */
  needs: async (lang: Language) => {
    const page = await call('GET /hsds/taxonomy_terms', { query: { lang, per_page: 100 } });
    return page.contents.filter((term) => term.taxonomy === 'Atrama needs');
  },

  intakeDrafts: () => call('GET /api/intake-drafts'),
  intakeDraft: (draftId: string) => call('GET /api/intake-drafts/:id', { params: { id: draftId } }),
  /** Creates or replaces a draft; `version` is the one last seen, absent for a new draft. */
  saveIntakeDraft: (draftId: string, data: IntakeDraftData, version: number | undefined) =>
    call('PUT /api/intake-drafts/:id', { params: { id: draftId }, body: { data, version } }),
  /** Deletes one's own unsent draft (audited). */
  discardIntakeDraft: (draftId: string) => call('DELETE /api/intake-drafts/:id', { params: { id: draftId } }),
  submitIntakeDraft: (draftId: string) =>
    call('POST /api/intake-drafts/:id/submit', { params: { id: draftId } }),

  cases: (filters: RouteInput<'GET /api/cases'>['query']) => call('GET /api/cases', { query: filters }),
  /** A name is searched in the body, never the address (logs and proxies keep addresses). */
  searchCases: (search: RouteInput<'POST /api/cases/search'>['body']) =>
    call('POST /api/cases/search', { body: search }),
  case: (caseId: string) => call('GET /api/cases/:id', { params: { id: caseId } }),
  transition: (caseId: string, input: RouteInput<'POST /api/cases/:id/transitions'>['body']) =>
    call('POST /api/cases/:id/transitions', { params: { id: caseId }, body: input }),
  recordConsent: (caseId: string, input: RouteInput<'POST /api/cases/:id/consents'>['body']) =>
    call('POST /api/cases/:id/consents', { params: { id: caseId }, body: input }),
  withdrawConsent: (caseId: string, consentId: string, reason?: string) =>
    call('POST /api/cases/:id/consents/:consentId/withdraw', {
      params: { id: caseId, consentId },
      body: { reason },
    }),
  addIdentity: (caseId: string, identity: Identity, version: number) =>
    call('POST /api/cases/:id/identity', { params: { id: caseId }, body: { identity, version } }),
  openIdentity: (caseId: string, reason: string) =>
    call('POST /api/cases/:id/identity/open', { params: { id: caseId }, body: { reason } }),
  decideIdentification: (
    caseId: string,
    input: RouteInput<'POST /api/cases/:id/decisions/identification'>['body'],
  ) => call('POST /api/cases/:id/decisions/identification', { params: { id: caseId }, body: input }),
  decideCooperation: (
    caseId: string,
    input: RouteInput<'POST /api/cases/:id/decisions/cooperation'>['body'],
  ) => call('POST /api/cases/:id/decisions/cooperation', { params: { id: caseId }, body: input }),
  startReflection: (caseId: string, input: RouteInput<'POST /api/cases/:id/decisions/reflection'>['body']) =>
    call('POST /api/cases/:id/decisions/reflection', { params: { id: caseId }, body: input }),
  recordResidencePermit: (
    caseId: string,
    input: RouteInput<'POST /api/cases/:id/decisions/residence-permit'>['body'],
  ) => call('POST /api/cases/:id/decisions/residence-permit', { params: { id: caseId }, body: input }),
  addNote: (caseId: string, input: RouteInput<'POST /api/cases/:id/notes'>['body']) =>
    call('POST /api/cases/:id/notes', { params: { id: caseId }, body: input }),
  documents: (caseId: string) => call('GET /api/cases/:id/documents', { params: { id: caseId } }),
  /** Attaches a file to the case: the name and kind in the address, the bytes as the body. */
  uploadDocument: (caseId: string, kind: DocumentKind, file: File) =>
    upload(
      'POST /api/cases/:id/documents',
      { params: { id: caseId }, query: { kind, name: file.name } },
      file,
    ),
  /** The address that downloads a file of the case, always as an attachment (audited). */
  documentUrl: (caseId: string, documentId: string) =>
    href('GET /api/cases/:id/documents/:documentId', { params: { id: caseId, documentId } }),
  referralSuggestions: (caseId: string, purpose: ReferralPurpose) =>
    call('GET /api/cases/:id/referral-suggestions', { params: { id: caseId }, query: { purpose } }),
  createReferral: (caseId: string, input: RouteInput<'POST /api/cases/:id/referrals'>['body']) =>
    call('POST /api/cases/:id/referrals', { params: { id: caseId }, body: input }),

  referralInbox: () => call('GET /api/referrals/inbox'),
  respondToReferral: (referralId: string, input: RouteInput<'POST /api/referrals/:id/respond'>['body']) =>
    call('POST /api/referrals/:id/respond', { params: { id: referralId }, body: input }),
  desk: () => call('GET /api/desk'),
  /** Names the acting organisation's person responsible for a case: oneself, or (a manager) a colleague. */
  assignResponsible: (caseId: string, input: RouteInput<'POST /api/cases/:id/responsible'>['body']) =>
    call('POST /api/cases/:id/responsible', { params: { id: caseId }, body: input }),
  workers: () => call('GET /api/work/workers'),
  myWork: () => call('GET /api/work'),
  caseload: () => call('GET /api/work/caseload'),

  alerts: () => call('GET /api/alerts'),
  unreadAlerts: () => call('GET /api/alerts/unread'),
  readAlert: (alertId: string) => call('POST /api/alerts/:id/read', { params: { id: alertId } }),
  readAllAlerts: () => call('POST /api/alerts/read'),
  alertSettings: () => call('GET /api/alerts/settings'),
  saveAlertSettings: (input: RouteInput<'PUT /api/alerts/settings'>['body']) =>
    call('PUT /api/alerts/settings', { body: input }),
  unsentMail: () => call('GET /api/admin/mail'),
  retryMail: (mailId: string) => call('POST /api/admin/mail/:id/retry', { params: { id: mailId } }),
  resolveDuplicate: (duplicateId: string, input: RouteInput<'POST /api/duplicates/:id/resolve'>['body']) =>
    call('POST /api/duplicates/:id/resolve', { params: { id: duplicateId }, body: input }),

  /** The person a case is about, by the case's reference or id (data protection officer). */
  subject: (caseReference: string) => call('GET /api/people/lookup', { query: { case: caseReference } }),
  /** The address that downloads everything held about the person; the browser sends the session. */
  subjectExportUrl: (personId: string, format: 'json' | 'pdf', lang: ExportLanguage) =>
    href('GET /api/people/:id/export', { params: { id: personId }, query: { format, lang } }),
  restrictSubject: (personId: string, input: RouteInput<'POST /api/people/:id/restriction'>['body']) =>
    call('POST /api/people/:id/restriction', { params: { id: personId }, body: input }),
  eraseSubject: (personId: string) => call('POST /api/people/:id/erase', { params: { id: personId } }),
  subjectRequests: () => call('GET /api/rights/requests'),
  registerSubjectRequest: (input: RouteInput<'POST /api/rights/requests'>['body']) =>
    call('POST /api/rights/requests', { body: input }),
  answerSubjectRequest: (requestId: string) =>
    call('POST /api/rights/requests/:id/answered', { params: { id: requestId } }),
};
