import { NRM_FUNCTIONS, ROLES } from '../../access/roles.ts';
import type {
  CASE_KINDS,
  CASE_STATES,
  CONSENT_METHODS,
  CONSENT_SCOPES,
  COOPERATION_OUTCOMES,
  DEADLINE_KINDS,
  EXPLOITATION_FORMS,
  FIRST_CONTACT_KINDS,
  IDENTIFICATION_OUTCOMES,
  INDICATORS,
  NOTE_VISIBILITIES,
  OTHER_CRIMES,
  REFERRAL_PURPOSES,
  REFERRAL_STATUSES,
  RESIDENCE_PERMIT_STATUSES,
  TRANSITIONS,
  URGENT_NEEDS,
} from '../../cases/catalogue.ts';

export { NRM_FUNCTIONS, ROLES };
export type Role = (typeof ROLES)[number];
export type NrmFunction = (typeof NRM_FUNCTIONS)[number];

export const AUDIT_OUTCOMES = ['success', 'denied', 'failure'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** The action codes the server writes to the audit trail; each has a label in the catalogues. */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.second_factor',
  'auth.totp_enrolled',
  'auth.membership_chosen',
  'auth.logout',
  'auth.logout_everywhere',
  'auth.session_ended',
  'auth.password_changed',
  'organisation.list',
  'organisation.create',
  'organisation.update',
  'user.list',
  'user.create',
  'user.update',
  'membership.create',
  'membership.delete',
  'audit.read',
  'audit.verify',
  'audit.access_review',
  'case.read',
  'case.identity.open',
  'person.create',
  'person.list',
  'person.read',
  'person.erase',
  'person.lookup',
  'person.export',
  'person.restrict',
  'person.unrestrict',
  'assistance.read',
  'assistance.rights',
  'assistance.assessment',
  'assistance.plan_item.add',
  'assistance.plan_item.change',
  'assistance.plan.agree',
  'assistance.plan.print',
  'assistance.services',
  'assistance.return',
  'assistance.investigation',
  'assistance.legal_step.add',
  'assistance.legal_step.change',
  'assistance.compensation',
  'assistance.long_term',
  'assistance.follow_up',
  'card.issue',
  'card.print',
  'card.revoke',
  'consultation.record',
  'demo.load',
] as const;

/** The kinds of record an audit entry can point at. */
export const AUDIT_RECORD_TYPES = [
  'user',
  'session',
  'membership',
  'organisation',
  'person',
  'case',
  'consultation',
] as const;

export interface LocalisedName {
  lt: string;
  en: string;
}

export interface OrganisationRef {
  id: string;
  slug: string;
  name: LocalisedName;
}

export interface Membership {
  id: string;
  role: string;
  organisation: OrganisationRef;
}

export type SessionStage = 'totp_required' | 'totp_enrolment_required' | 'membership_required' | 'active';

export interface SessionView {
  user: { id: string; email: string; displayName: string };
  stage: SessionStage;
  memberships: Membership[];
  activeMembershipId: string | null;
  totpEnrolled: boolean;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
}

export interface TotpEnrolment {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

export interface EnrolmentConfirmation {
  recoveryCodes: string[];
  session: SessionView;
}

export interface SessionListItem {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  current: boolean;
}

export interface Organisation extends OrganisationRef {
  functions: string[];
  accredited: boolean;
  requiresTwoFactor: boolean;
  sourceSeeds: string[];
}

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  active: boolean;
  totpEnrolled: boolean;
  lockedUntil: string | null;
  memberships: Membership[];
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorEmail: string | null;
  role: string | null;
  organisationName: LocalisedName | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  outcome: string;
  requestId: string;
  /** break_glass: a hidden identity opened for a stated reason; outside_team: a case read off its team. */
  flag: AuditFlag | null;
  /** The reason stated for break-glass access. */
  reason: string | null;
}

export type AuditFlag = 'break_glass' | 'outside_team';

export interface AuditPage {
  items: AuditEntry[];
  nextBefore: number | null;
}

/** One person's reads of one case in the month. */
export interface AccessReviewEntry {
  actorEmail: string | null;
  role: string | null;
  caseId: string;
  caseReference: string | null;
  reads: number;
  outsideTeam: number;
  breakGlass: { at: string; reason: string }[];
  first: string;
  last: string;
}

/** Who opened which cases in a month, per organisation. */
export interface AccessReview {
  month: string;
  organisations: { organisation: { id: string; name: LocalisedName }; entries: AccessReviewEntry[] }[];
}

export interface AuditVerification {
  checked: number;
  ok: boolean;
  firstBrokenSeq: number | null;
}

export interface ListOf<T> {
  items: T[];
}

/** The days a weekly schedule can name, Monday first (iCalendar abbreviations). */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** When a service can be reached: unknown (null), always, or on some days between two times. */
export type DirectorySchedule =
  | null
  | { kind: 'always' }
  | { kind: 'weekly'; days: Weekday[]; opens: string; closes: string };

export interface DirectoryNeed {
  code: string;
  name: string;
}

export interface DirectoryPhone {
  number: string;
  label: string | null;
}

/** A service in the directory of help, with its texts in the language asked for. */
export interface DirectoryService {
  id: string;
  name: string;
  organisation: { id: string; name: string };
  needs: DirectoryNeed[];
  phones: DirectoryPhone[];
  emails: string[];
  url: string | null;
  /** ISO 639-1 codes. */
  languages: string[];
  schedule: DirectorySchedule;
  takesReferrals: boolean;
  lastCheckedAt: string;
  /** Not checked for six months. */
  stale: boolean;
  canEdit: boolean;
}

/** The contact details a member of the service's organisation may change. */
export interface DirectoryServicePatch {
  phones?: DirectoryPhone[];
  emails?: string[];
  url?: string | null;
  languages?: string[];
  schedule?: DirectorySchedule;
}

export interface ReferralMapItem {
  organisation: { id: string; name: string };
  needs: DirectoryNeed[];
  services: { id: string; name: string }[];
}

/** A term of one of the directory's HSDS taxonomies. */
export interface TaxonomyTerm {
  id: string;
  code: string;
  name: string;
  taxonomy: string;
}

// Cases, intake drafts and referrals: the shapes of src/cases/model.ts, with the closed lists taken
// from src/cases/catalogue.ts, which has no imports so that this bundle can use it as it is.
export * from '../../cases/catalogue.ts';

/** The person's non-identifying facts (src/people/model.ts; a test keeps these lists equal). */
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export const AGE_BANDS = [
  '0-13',
  '14-17',
  '18-24',
  '25-34',
  '35-44',
  '45-54',
  '55-64',
  '65+',
  'unknown',
] as const;
export const CITIZENSHIP_PATHWAYS = ['lithuanian', 'eu', 'third_country', 'unknown'] as const;

export type CaseKind = (typeof CASE_KINDS)[number];
export type CaseState = (typeof CASE_STATES)[number];
export type ExploitationForm = (typeof EXPLOITATION_FORMS)[number];
export type OtherCrime = (typeof OTHER_CRIMES)[number];
export type Indicator = (typeof INDICATORS)[number];
export type UrgentNeed = (typeof URGENT_NEEDS)[number];
export type FirstContactKind = (typeof FIRST_CONTACT_KINDS)[number];
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
export type ConsentMethod = (typeof CONSENT_METHODS)[number];
export type ReferralPurpose = (typeof REFERRAL_PURPOSES)[number];
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export type IdentificationOutcome = (typeof IDENTIFICATION_OUTCOMES)[number];
export type CooperationOutcome = (typeof COOPERATION_OUTCOMES)[number];
export type ResidencePermitStatus = (typeof RESIDENCE_PERMIT_STATUSES)[number];
export type Transition = (typeof TRANSITIONS)[number];
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];
export type Sex = (typeof SEXES)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type CitizenshipPathway = (typeof CITIZENSHIP_PATHWAYS)[number];

/** Identity fields: sealed on the server, shown only to those who need them. */
export interface Identity {
  givenName: string;
  familyName?: string;
  birthDate?: string;
  documents?: { kind: string; number: string }[];
  contacts?: { kind: 'phone' | 'email' | 'other'; value: string }[];
  address?: string;
  notes?: string;
}

export interface ConsentGiven {
  scope: ConsentScope;
  method: ConsentMethod;
  organisationId?: string;
}

/** A first responder's record in progress: any part of it. */
export interface IntakeDraftData {
  kind?: CaseKind;
  metAt?: string;
  municipality?: string;
  placeNote?: string;
  firstContactKind?: FirstContactKind;
  exploitationForms?: ExploitationForm[];
  otherCrime?: OtherCrime;
  indicators?: Indicator[];
  sex?: Sex;
  age?: number;
  ageBand?: AgeBand;
  child?: boolean;
  citizenship?: string;
  citizenshipPathway?: CitizenshipPathway;
  languages?: string[];
  interpreterNeeded?: boolean;
  urgentNeeds?: UrgentNeed[];
  disability?: boolean;
  identity?: Identity;
  consents?: ConsentGiven[];
  supportServiceId?: string;
}

export interface DraftView {
  id: string;
  data: IntakeDraftData;
  version: number;
  updatedAt: string;
  submittedCaseId: string | null;
}

export interface SubmitResult {
  caseId: string;
  reference: string;
}

export interface OrganisationName {
  id: string;
  name: LocalisedName;
}

export interface DeadlineView {
  kind: DeadlineKind;
  dueAt: string;
  overdue: boolean;
  subjectId: string | null;
}

export interface ReferralView {
  id: string;
  caseId: string;
  from: OrganisationName;
  to: OrganisationName;
  purpose: ReferralPurpose;
  note: string | null;
  sharesIdentity: boolean;
  status: ReferralStatus;
  sentAt: string;
  respondBy: string;
  respondedAt: string | null;
  declineReason: string | null;
  version: number;
}

export type ReferralResponse =
  | { response: 'accept' | 'complete'; version: number }
  | { response: 'decline' | 'withdraw'; version: number; reason: string };

export interface CaseFacts {
  metAt: string;
  municipality: string;
  placeNote: string | null;
  firstContactKind: FirstContactKind;
  exploitationForms: ExploitationForm[];
  otherCrime: OtherCrime | null;
  indicators: Indicator[];
  age: number | null;
  citizenship: string | null;
  languages: string[];
  interpreterNeeded: boolean;
  urgentNeeds: UrgentNeed[];
}

export interface CaseSummary {
  id: string;
  reference: string;
  kind: CaseKind;
  state: CaseState;
  child: boolean;
  sex: Sex;
  ageBand: AgeBand;
  citizenshipPathway: CitizenshipPathway;
  origin: OrganisationName;
  openedAt: string;
  updatedAt: string;
  nextDeadline: DeadlineView | null;
  version: number;
}

export type CaseHeadline = Omit<CaseSummary, 'nextDeadline'>;

/** A referral with the case it is about: the inbox of a support service, the coordinator's desk. */
export interface ReferralWithCase extends ReferralView {
  case: CaseHeadline;
}

export interface TimelineEvent {
  id: string;
  at: string;
  type: string;
  organisation: OrganisationName | null;
  actorName: string | null;
  detail: Record<string, unknown>;
  /** The reason given, in the staff member's words; sealed at rest, null when none was given. */
  reason: string | null;
}

export type IdentityState = 'none' | 'hidden' | 'openable' | 'shown' | 'erased';

export interface CaseConsent {
  id: string;
  scope: ConsentScope;
  method: ConsentMethod;
  organisationId: string | null;
  givenAt: string;
  recordedBy: string;
  withdrawnAt: string | null;
}

export interface CaseNote {
  id: string;
  at: string;
  authorName: string;
  organisation: OrganisationName;
  visibility: NoteVisibility;
  text: string;
}

export interface TeamMember extends OrganisationName {
  role: string;
  joinedAt: string;
  leftAt: string | null;
}

export interface CaseDecisions {
  /** `reasons` is null once the person is erased: they are sealed under the person's key. */
  identification: {
    outcome: IdentificationOutcome;
    reasons: string | null;
    decidedOn: string;
    by: string;
  } | null;
  cooperation: { outcome: CooperationOutcome; decidedOn: string; by: string; note: string | null } | null;
  reflection: { startsOn: string; endsOn: string; days: number } | null;
  residencePermit: ResidencePermitStatus | null;
}

export interface CaseView extends CaseSummary {
  facts: CaseFacts;
  disability: boolean;
  identityState: IdentityState;
  identity: Identity | null;
  team: TeamMember[];
  consents: CaseConsent[];
  referrals: ReferralView[];
  decisions: CaseDecisions;
  deadlines: DeadlineView[];
  allowedTransitions: Transition[];
  timeline: TimelineEvent[];
  notes: CaseNote[];
  possibleDuplicate: boolean;
  /** The data protection officer restricted processing: the case can be read, not changed. */
  restricted: boolean;
}

export interface CaseFilters {
  state?: string;
  kind?: string;
  overdue?: 'true';
}

export interface DuplicatePair {
  id: string;
  caseId: string;
  caseReference: string;
  otherCaseId: string;
  otherCaseReference: string;
  flaggedAt: string;
}

export interface DeskView {
  newReferrals: ReferralWithCase[];
  pendingIdentification: CaseSummary[];
  deadlines: CaseSummary[];
  duplicates: DuplicatePair[];
}

/** An organisation that serves the need, the person and the place, with its matching services. */
export interface Suggestion extends OrganisationName {
  services: { id: string; name: string }[];
  cities: string[];
}

/** The languages a person may receive a copy of their data in. */
export const EXPORT_LANGUAGES = ['lt', 'en', 'ru', 'uk'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

export interface RestrictionView {
  restricted: boolean;
  since: string | null;
  history: {
    restricted: boolean;
    at: string;
    organisation: OrganisationName | null;
    reason: string | null;
  }[];
}

/** What the data protection officer sees of the person a case is about. */
export interface SubjectView {
  person: {
    id: string;
    sex: Sex;
    ageBand: AgeBand;
    citizenshipPathway: CitizenshipPathway;
    disability: boolean;
    createdAt: string;
    holder: OrganisationName;
    erasedAt: string | null;
    identityState: 'none' | 'shown' | 'erased';
    identity: Identity | null;
  };
  restriction: RestrictionView;
  cases: {
    id: string;
    reference: string;
    kind: CaseKind;
    state: CaseState;
    openedAt: string;
    closedAt: string | null;
  }[];
  language: ExportLanguage;
}
