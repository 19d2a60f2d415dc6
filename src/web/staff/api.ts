import type {
  CreateMembershipInput,
  CreateOrganisationInput,
  CreateUserInput,
  EnrolmentConfirmation,
  Organisation,
  OrganisationList,
  SessionList,
  SessionView,
  TotpEnrolment,
  TotpEnrolmentInput,
  UpdateOrganisationInput,
  UpdateUserInput,
  UserList,
  UserView,
} from './contract/access.ts';
import type { AccessReview, AuditPage, AuditQuery, AuditVerification } from './contract/audit.ts';
import type {
  CaseFilters,
  CaseList,
  CaseView,
  CooperationInput,
  CreateReferralInput,
  DeskView,
  DraftList,
  DraftView,
  DuplicateResolutionInput,
  IdentificationInput,
  Identity,
  IntakeDraftData,
  NoteInput,
  RecordConsentInput,
  ReferralInbox,
  ReferralPurpose,
  ReferralResponse,
  ReferralView,
  ReflectionInput,
  ResidencePermitInput,
  SubmitResult,
  SuggestionList,
  TransitionInput,
} from './contract/cases.ts';
import type {
  DirectoryService,
  DirectoryServiceList,
  DirectoryServicePatch,
  DirectoryServiceQuery,
  ReferralMap,
  TaxonomyTermPage,
} from './contract/directory.ts';
import type { ExportLanguage, RestrictionInput, RestrictionView, SubjectView } from './contract/rights.ts';

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

const LOGIN_PATH = '/api/auth/login';
const SESSION_PATH = '/api/auth/session';

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

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = {
    method,
    credentials: 'same-origin',
    headers: { accept: 'application/json, application/problem+json' },
  };
  if (body !== undefined) {
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
      path !== LOGIN_PATH &&
      path !== SESSION_PATH &&
      !(problem.code !== undefined && INPUT_REJECTION_CODES.has(problem.code))
    ) {
      unauthorisedHandler?.();
    }
    if (response.status === 403 && problem.code === 'membership_required') stageChangedHandler?.();
    throw new ApiError(problem);
  }
  return data as T;
}

export function query(params: object): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params) as [string, unknown][]) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/** A path segment from an id, whatever it holds. */
export const id = (value: string): string => encodeURIComponent(value);

export const api = {
  login: (email: string, password: string) => request<SessionView>('POST', LOGIN_PATH, { email, password }),
  session: () => request<SessionView>('GET', SESSION_PATH),
  totp: (code: string) => request<SessionView>('POST', '/api/auth/totp', { code }),
  /** A first enrolment needs nothing; replacing a second factor needs the password and a current code. */
  startEnrolment: (proof: TotpEnrolmentInput = {}) =>
    request<TotpEnrolment>('POST', '/api/auth/totp/enrolment', proof),
  confirmEnrolment: (code: string) =>
    request<EnrolmentConfirmation>('POST', '/api/auth/totp/enrolment/confirm', { code }),
  chooseMembership: (membershipId: string) =>
    request<SessionView>('POST', '/api/auth/membership', { membershipId }),
  logout: () => request<undefined>('POST', '/api/auth/logout'),
  logoutEverywhere: () => request<undefined>('POST', '/api/auth/logout-everywhere'),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<undefined>('POST', '/api/auth/password', { currentPassword, newPassword }),
  sessions: () => request<SessionList>('GET', '/api/auth/sessions'),
  endSession: (sessionId: string) => request<undefined>('DELETE', `/api/auth/sessions/${id(sessionId)}`),

  organisations: () => request<OrganisationList>('GET', '/api/organisations'),
  createOrganisation: (input: CreateOrganisationInput) =>
    request<Organisation>('POST', '/api/organisations', input),
  updateOrganisation: (organisationId: string, input: UpdateOrganisationInput) =>
    request<Organisation>('PATCH', `/api/organisations/${id(organisationId)}`, input),

  users: (q: string) => request<UserList>('GET', `/api/users${query({ q })}`),
  createUser: (input: CreateUserInput) => request<UserView>('POST', '/api/users', input),
  updateUser: (userId: string, input: UpdateUserInput) =>
    request<UserView>('PATCH', `/api/users/${id(userId)}`, input),
  addMembership: (userId: string, input: CreateMembershipInput) =>
    request<UserView>('POST', `/api/users/${id(userId)}/memberships`, input),
  removeMembership: (membershipId: string) =>
    request<undefined>('DELETE', `/api/memberships/${id(membershipId)}`),

  audit: (filters: AuditQuery) => request<AuditPage>('GET', `/api/audit${query(filters)}`),
  accessReview: (month: string) =>
    request<AccessReview>('GET', `/api/audit/access-review${query({ month })}`),
  verifyAudit: () => request<AuditVerification>('GET', '/api/audit/verify'),

  directoryServices: (filters: DirectoryServiceQuery) =>
    request<DirectoryServiceList>('GET', `/api/directory/services${query(filters)}`),
  updateDirectoryService: (serviceId: string, input: DirectoryServicePatch) =>
    request<DirectoryService>('PATCH', `/api/directory/services/${id(serviceId)}`, input),
  markDirectoryServiceChecked: (serviceId: string) =>
    request<DirectoryService>('POST', `/api/directory/services/${id(serviceId)}/checked`, {}),
  referralMap: (lang: string) => request<ReferralMap>('GET', `/api/directory/referral-map${query({ lang })}`),
  /** The needs a service can meet: the terms of the public HSDS taxonomy "Atrama needs". */
  needs: async (lang: string) => {
    const page = await request<TaxonomyTermPage>(
      'GET',
      `/hsds/taxonomy_terms${query({ lang, per_page: 100 })}`,
    );
    return page.contents.filter((term) => term.taxonomy === 'Atrama needs');
  },

  intakeDrafts: () => request<DraftList>('GET', '/api/intake-drafts'),
  intakeDraft: (draftId: string) => request<DraftView>('GET', `/api/intake-drafts/${id(draftId)}`),
  /** Creates or replaces a draft; `version` is the one last seen, absent for a new draft. */
  saveIntakeDraft: (draftId: string, data: IntakeDraftData, version: number | undefined) =>
    request<DraftView>('PUT', `/api/intake-drafts/${id(draftId)}`, { data, version }),
  submitIntakeDraft: (draftId: string) =>
    request<SubmitResult>('POST', `/api/intake-drafts/${id(draftId)}/submit`, {}),

  cases: (filters: CaseFilters) => request<CaseList>('GET', `/api/cases${query({ ...filters })}`),
  case: (caseId: string) => request<CaseView>('GET', `/api/cases/${id(caseId)}`),
  transition: (caseId: string, input: TransitionInput) =>
    request<CaseView>('POST', `/api/cases/${id(caseId)}/transitions`, input),
  recordConsent: (caseId: string, input: RecordConsentInput) =>
    request<CaseView>('POST', `/api/cases/${id(caseId)}/consents`, input),
  withdrawConsent: (caseId: string, consentId: string, reason?: string) =>
    request<CaseView>('POST', `/api/cases/${id(caseId)}/consents/${id(consentId)}/withdraw`, { reason }),
  addIdentity: (caseId: string, identity: Identity, version: number) =>
    request<CaseView>('POST', `/api/cases/${id(caseId)}/identity`, { identity, version }),
  openIdentity: (caseId: string, reason: string) =>
    request<CaseView>('POST', `/api/cases/${id(caseId)}/identity/open`, { reason }),
  decideIdentification: (caseId: string, input: IdentificationInput) =>
    request<CaseView>('POST', `/api/cases/${id(caseId)}/decisions/identification`, input),
  decideCooperation: (caseId: string, input: CooperationInput) =>
    request<CaseView>('POST', `/api/cases/${id(caseId)}/decisions/cooperation`, input),
  startReflection: (caseId: string, input: ReflectionInput) =>
    request<CaseView>('POST', `/api/cases/${id(caseId)}/decisions/reflection`, input),
  recordResidencePermit: (caseId: string, input: ResidencePermitInput) =>
    request<CaseView>('POST', `/api/cases/${id(caseId)}/decisions/residence-permit`, input),
  addNote: (caseId: string, input: NoteInput) =>
    request<CaseView>('POST', `/api/cases/${id(caseId)}/notes`, input),
  referralSuggestions: (caseId: string, purpose: ReferralPurpose) =>
    request<SuggestionList>('GET', `/api/cases/${id(caseId)}/referral-suggestions${query({ purpose })}`),
  createReferral: (caseId: string, input: CreateReferralInput) =>
    request<ReferralView>('POST', `/api/cases/${id(caseId)}/referrals`, input),

  referralInbox: () => request<ReferralInbox>('GET', '/api/referrals/inbox'),
  respondToReferral: (referralId: string, input: ReferralResponse) =>
    request<ReferralView>('POST', `/api/referrals/${id(referralId)}/respond`, input),
  desk: () => request<DeskView>('GET', '/api/desk'),
  resolveDuplicate: (duplicateId: string, input: DuplicateResolutionInput) =>
    request<undefined>('POST', `/api/duplicates/${id(duplicateId)}/resolve`, input),

  /** The person a case is about, by the case's reference or id (data protection officer). */
  subject: (caseReference: string) =>
    request<SubjectView>('GET', `/api/people/lookup${query({ case: caseReference })}`),
  /** The address that downloads everything held about the person; the browser sends the session. */
  subjectExportUrl: (personId: string, format: 'json' | 'pdf', lang: ExportLanguage) =>
    `/api/people/${id(personId)}/export${query({ format, lang })}`,
  restrictSubject: (personId: string, input: RestrictionInput) =>
    request<RestrictionView>('POST', `/api/people/${id(personId)}/restriction`, input),
  eraseSubject: (personId: string) => request<undefined>('POST', `/api/people/${id(personId)}/erase`, {}),
};
