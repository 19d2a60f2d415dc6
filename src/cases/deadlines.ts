import { TZDate } from '@date-fns/tz';
import { addHours } from 'date-fns';
import type { DEADLINE_KINDS } from './catalogue.ts';
import type { NrmPeriods } from './periods.ts';

// The deadline engine: pure functions over what happened on a case and the configured periods.
// The desk and every case list show what it returns, overdue first.

export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
/** The organisation that must answer a referral, named in both languages. */
export type Answerer = { id: string; lt: string; en: string };
export type Deadline = {
  kind: DeadlineKind;
  dueAt: Date;
  overdue: boolean;
  subjectId: string | null;
  /** Whose answer a referral waits for; absent for the case's own deadlines. */
  answerer?: Answerer;
};

export type DeadlineFacts = {
  kind: 'trafficking' | 'other_crime';
  closed: boolean;
  /** When the initial referral to the national point of contact was made, if it was. */
  referredToNationalContactPointAt: Date | null;
  /** A final identification decision (identified or not) stops that clock; "more information" does not. */
  identificationDecided: boolean;
  referrals: readonly { id: string; status: string; sentAt: Date; to?: Answerer }[];
  reflection: { startsOn: string } | null;
  /** The residence permit question is settled (granted or refused): the reflection period no longer runs. */
  residencePermitSettled: boolean;
  /** The day the assistance plan agreed with the person is to be reviewed. */
  planReviewOn: string | null;
  /** The day someone checks on the person after closure: the one clock a closed case keeps. */
  followUpOn: string | null;
};

const ZONE = 'Europe/Vilnius';

/** The first moment after a calendar day ends in Vilnius: a deadline "on" a day lasts all that day. */
export function endOfDayInVilnius(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + 1, ZONE).getTime());
}

/**
 * The day a period of whole days ends, counting the start day as day one. Calendar arithmetic in UTC,
 * whatever the server's own time zone (local-time arithmetic lost a day across summer time).
 */
export function lastDayOf(startsOn: string, days: number): string {
  const [y, m, d] = startsOn.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days - 1)).toISOString().slice(0, 10);
}

export function deadlinesOf(facts: DeadlineFacts, periods: NrmPeriods, now: Date): Deadline[] {
  const found: Omit<Deadline, 'overdue'>[] = [];
  if (facts.followUpOn) {
    found.push({ kind: 'follow_up', dueAt: endOfDayInVilnius(facts.followUpOn), subjectId: null });
  }
  if (facts.closed) return finish(found, now);
  for (const referral of facts.referrals) {
    if (referral.status !== 'sent') continue;
    found.push({
      kind: 'referral_response',
      dueAt: addHours(referral.sentAt, periods.referralResponseHours),
      subjectId: referral.id,
      ...(referral.to ? { answerer: referral.to } : {}),
    });
  }
  if (
    facts.kind === 'trafficking' &&
    facts.referredToNationalContactPointAt &&
    !facts.identificationDecided
  ) {
    found.push({
      kind: 'identification_decision',
      // A period of days is that many times 24 hours, whatever the server's time zone.
      dueAt: addHours(facts.referredToNationalContactPointAt, periods.identificationDecisionDays * 24),
      subjectId: null,
    });
  }
  if (facts.reflection && !facts.residencePermitSettled) {
    found.push({
      kind: 'reflection_period_end',
      dueAt: endOfDayInVilnius(lastDayOf(facts.reflection.startsOn, periods.reflectionPeriodDays)),
      subjectId: null,
    });
  }
  if (facts.planReviewOn) {
    found.push({ kind: 'plan_review', dueAt: endOfDayInVilnius(facts.planReviewOn), subjectId: null });
  }
  return finish(found, now);
}

const finish = (found: Omit<Deadline, 'overdue'>[], now: Date) =>
  sortDeadlines(found.map((d) => ({ ...d, overdue: d.dueAt.getTime() <= now.getTime() })));

/** Overdue first, then the nearest. */
export function sortDeadlines<T extends Pick<Deadline, 'dueAt' | 'overdue'>>(deadlines: T[]): T[] {
  return [...deadlines].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.getTime() - b.dueAt.getTime(),
  );
}

/** Due within the configured warning time (and not yet overdue). */
export const isDueSoon = (deadline: Deadline, periods: NrmPeriods, now: Date) =>
  !deadline.overdue && deadline.dueAt.getTime() - now.getTime() <= periods.dueSoonHours * 3_600_000;
