import { NRM_FUNCTIONS, ROLES } from '../../access/roles.ts';

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
  'person.create',
  'person.list',
  'person.read',
  'person.erase',
  'demo.load',
] as const;

/** The kinds of record an audit entry can point at. */
export const AUDIT_RECORD_TYPES = ['user', 'session', 'membership', 'organisation', 'person'] as const;

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
}

export interface AuditPage {
  items: AuditEntry[];
  nextBefore: number | null;
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
