import { describe, expect, it } from 'vitest';
import {
  checkPassword,
  decideTry,
  effectiveStage,
  idleExpiry,
  isSessionLive,
  LOCKOUT_MS,
  LOCKOUT_THRESHOLD,
  lockAfter,
  movesNationalContactPoint,
  needsTouch,
  powerChanges,
  stageAfterPassword,
  stageAfterSecondFactor,
} from './rules.ts';

describe('checkPassword', () => {
  it.each([
    ['short', 'a@b.lt', ['too_short']],
    ['elevenchars', 'a@b.lt', ['too_short']],
    ['correct horse battery', 'a@b.lt', []],
    ['Password2026!', 'a@b.lt', ['too_common']],
    ['password1234', 'a@b.lt', ['too_common']],
    ['slaptazodis123', 'a@b.lt', ['too_common']],
    ['QWERTYUIOP123', 'a@b.lt', ['too_common']],
    ['aaaaaaaaaaaaaa', 'a@b.lt', ['too_common']],
    ['rasa.k-summer-evening', 'rasa.k@policija.lt', ['contains_email']],
    ['ąčęėįšųūž ąčęėįšųūž', 'a@b.lt', []],
    ['only-letters-no-digits-or-capitals', 'a@b.lt', []],
  ])('%s → %j', (password, email, expected) => {
    expect(checkPassword(password, email)).toEqual(expected);
  });
});

describe('lockout', () => {
  const now = new Date('2026-11-27T10:00:00Z');
  const later = new Date(now.getTime() + LOCKOUT_MS);
  it.each([
    [1, null, { kind: 'check', lockOnFailure: false }],
    [4, null, { kind: 'check', lockOnFailure: false }],
    // The fifth try is checked; it set the lock while being counted, and keeps it if it fails.
    [5, later, { kind: 'check', lockOnFailure: true }],
    // Every try counted past the fifth is refused unchecked while the lock lasts.
    [6, later, { kind: 'locked', until: later }],
    [25, later, { kind: 'locked', until: later }],
  ] as const)('try %i with lock %s → %j', (attempt, lockedUntil, expected) => {
    expect(decideTry({ attempt, lockedUntil }, now)).toEqual(expected);
  });

  it('locks at the threshold for fifteen minutes', () => {
    expect(lockAfter(LOCKOUT_THRESHOLD - 1, now)).toBeNull();
    expect(lockAfter(LOCKOUT_THRESHOLD, now)?.getTime()).toBe(now.getTime() + LOCKOUT_MS);
  });
});

describe('session expiry', () => {
  const created = new Date('2026-11-27T08:00:00Z');
  const session = (lastSeenMinutes: number, endedAt: Date | null = null) => ({
    createdAt: created,
    lastSeenAt: new Date(created.getTime() + lastSeenMinutes * 60_000),
    absoluteExpiresAt: new Date(created.getTime() + 12 * 3600_000),
    endedAt,
  });
  const at = (minutes: number) => new Date(created.getTime() + minutes * 60_000);
  it.each([
    [0, 29, true],
    [0, 30, false],
    [600, 629, true],
    [700, 719, true],
    [700, 720, false],
  ])('last seen at +%i min, now +%i min → live %s', (lastSeen, now, live) => {
    expect(isSessionLive(session(lastSeen), at(now))).toBe(live);
  });
  it('is not live once ended', () => {
    expect(isSessionLive(session(0, at(1)), at(2))).toBe(false);
  });
  it('idle expiry never passes the absolute expiry', () => {
    expect(idleExpiry(session(0)).toISOString()).toBe(at(30).toISOString());
    expect(idleExpiry(session(710)).toISOString()).toBe(at(720).toISOString());
  });
  it('touches last-seen at most once a minute', () => {
    expect(needsTouch(session(0), at(0.5))).toBe(false);
    expect(needsTouch(session(0), at(1.5))).toBe(true);
  });
});

describe('login stages', () => {
  const worker = { id: 'a', role: 'case_worker' as const, organisationRequiresTwoFactor: false };
  const second = { id: 'b', role: 'case_worker' as const, organisationRequiresTwoFactor: false };
  const coordinator = {
    id: 'c',
    role: 'national_coordinator' as const,
    organisationRequiresTwoFactor: false,
  };
  it.each([
    [[worker], false, 'active'],
    [[worker, second], false, 'membership_required'],
    [[coordinator], false, 'totp_enrolment_required'],
    [[coordinator], true, 'totp_required'],
    [[worker], true, 'totp_required'],
    [[], false, 'membership_required'],
  ] as const)('%j enrolled=%s → %s', (memberships, enrolled, stage) => {
    expect(stageAfterPassword(memberships, enrolled)).toBe(stage);
  });
  it.each([
    ['active', true, 'active'],
    ['active', false, 'membership_required'],
    ['totp_required', false, 'totp_required'],
    ['membership_required', false, 'membership_required'],
  ] as const)('a session at %s with a membership %s acts at %s', (stage, has, expected) => {
    expect(effectiveStage(stage, has)).toBe(expected);
  });

  it('after the second factor, one membership acts at once, several ask', () => {
    expect(stageAfterSecondFactor([coordinator])).toBe('active');
    expect(stageAfterSecondFactor([worker, second])).toBe('membership_required');
  });
});

describe('organisation powers', () => {
  const ngo = { functions: ['support_service'], accredited: true, requiresTwoFactor: false };
  it.each([
    [{}, []],
    [{ functions: ['support_service'], accredited: true, requiresTwoFactor: false }, []],
    [{ functions: ['support_service', 'national_contact_point'] }, ['functions']],
    [{ functions: [] as string[] }, ['functions']],
    [{ accredited: false }, ['accredited']],
    [{ requiresTwoFactor: true, accredited: false }, ['accredited', 'requiresTwoFactor']],
  ] as const)('%j changes %j', (change, expected) => {
    expect(powerChanges(ngo, change)).toEqual(expected);
  });

  it.each([
    [['support_service'], ['support_service', 'national_contact_point'], true],
    [['national_contact_point'], ['first_contact'], true],
    [['national_contact_point'], ['national_contact_point', 'first_contact'], false],
    [['support_service'], undefined, false],
  ] as const)('from %j to %j moves the national point of contact: %s', (current, next, expected) => {
    expect(movesNationalContactPoint(current, next)).toBe(expected);
  });
});
