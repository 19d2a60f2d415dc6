import { readFileSync } from 'node:fs';
import type { Role, SessionStage } from './model.ts';
import { requiresTwoFactor } from './policy.ts';

export const PASSWORD_MIN_LENGTH = 12;
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

const COMMON_PASSWORDS = new Set(
  readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#')),
);

export type PasswordProblem = 'too_short' | 'too_common' | 'contains_email';

/** Length and a list of common passwords, not character classes (NIST SP 800-63B). */
export function checkPassword(password: string, email: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  const lower = password.toLowerCase();
  const withoutTail = lower.replace(/[\d\W_]+$/u, '');
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(withoutTail) || /^(.)\1*$/u.test(lower)) {
    problems.push('too_common');
  }
  const local = email.toLowerCase().split('@')[0] ?? '';
  if (local.length >= 4 && lower.includes(local)) problems.push('contains_email');
  return problems;
}

export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `too_short: use at least ${PASSWORD_MIN_LENGTH} characters`,
  too_common: 'too_common: this password is too common; choose a longer phrase',
  contains_email: 'contains_email: the password must not contain your e-mail name',
};

/**
 * A try as the database counted it, before the password or code was checked: its number since the
 * last success or the last lock's end, and the lock its counting set or found.
 */
export type ReservedTry = { attempt: number; lockedUntil: Date | null };

export type TryDecision = { kind: 'check'; lockOnFailure: boolean } | { kind: 'locked'; until: Date };

/**
 * Whether a try may be checked at all. Tries are counted before they are checked, so however many
 * run at once, at most LOCKOUT_THRESHOLD are ever checked; the last of them locks if it fails.
 */
export function decideTry(reserved: ReservedTry, now: Date): TryDecision {
  if (reserved.attempt > LOCKOUT_THRESHOLD && reserved.lockedUntil && reserved.lockedUntil > now) {
    return { kind: 'locked', until: reserved.lockedUntil };
  }
  return { kind: 'check', lockOnFailure: reserved.attempt >= LOCKOUT_THRESHOLD };
}

/** The lock a try sets when its counting reaches the threshold, kept until it ends. */
export function lockAfter(attempt: number, now: Date): Date | null {
  return attempt >= LOCKOUT_THRESHOLD ? new Date(now.getTime() + LOCKOUT_MS) : null;
}

export type SessionTimes = {
  createdAt: Date;
  lastSeenAt: Date;
  absoluteExpiresAt: Date;
  endedAt: Date | null;
};

export function isSessionLive(session: SessionTimes, now: Date): boolean {
  return (
    session.endedAt === null &&
    now < session.absoluteExpiresAt &&
    now.getTime() - session.lastSeenAt.getTime() < SESSION_IDLE_MS
  );
}

export function idleExpiry(session: SessionTimes): Date {
  const idle = new Date(session.lastSeenAt.getTime() + SESSION_IDLE_MS);
  return idle < session.absoluteExpiresAt ? idle : session.absoluteExpiresAt;
}

/** Touching last_seen_at on every request would make every read a write; once a minute is enough. */
export function needsTouch(session: SessionTimes, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() > 60_000;
}

export type MembershipFacts = { id: string; role: Role; organisationRequiresTwoFactor: boolean };

/** Where a user goes after the password: second factor first, then choosing the acting membership. */
export function stageAfterPassword(
  memberships: readonly MembershipFacts[],
  totpEnrolled: boolean,
): SessionStage {
  if (totpEnrolled) return 'totp_required';
  if (requiresTwoFactor(memberships)) return 'totp_enrolment_required';
  return memberships.length === 1 ? 'active' : 'membership_required';
}

/** The membership a session acted in may have been removed since: then the user chooses again. */
export function effectiveStage(stage: SessionStage, hasMembership: boolean): SessionStage {
  return stage === 'active' && !hasMembership ? 'membership_required' : stage;
}

export function stageAfterSecondFactor(memberships: readonly MembershipFacts[]): SessionStage {
  return memberships.length === 1 ? 'active' : 'membership_required';
}

/** What an organisation may do in the mechanism: only an administrator changes it, with a reason. */
export type OrganisationPowers = {
  functions: readonly string[];
  accredited: boolean;
  requiresTwoFactor: boolean;
};

/** The powers a change would alter (sending a value unchanged alters nothing). */
export function powerChanges(
  current: OrganisationPowers,
  change: Partial<OrganisationPowers>,
): (keyof OrganisationPowers)[] {
  const changed: (keyof OrganisationPowers)[] = [];
  const sameSet = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((x) => b.includes(x)) && b.every((x) => a.includes(x));
  if (change.functions && !sameSet(change.functions, current.functions)) changed.push('functions');
  if (change.accredited !== undefined && change.accredited !== current.accredited) changed.push('accredited');
  if (change.requiresTwoFactor !== undefined && change.requiresTwoFactor !== current.requiresTwoFactor)
    changed.push('requiresTwoFactor');
  return changed;
}

/** The national point of contact is configured, never given or taken by an edit. */
export function movesNationalContactPoint(current: readonly string[], next: readonly string[] | undefined) {
  if (!next) return false;
  return current.includes('national_contact_point') !== next.includes('national_contact_point');
}
