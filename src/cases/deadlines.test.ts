import { describe, expect, it } from 'vitest';
import { type DeadlineFacts, deadlinesOf, endOfDayInVilnius, isDueSoon, lastDayOf } from './deadlines.ts';
import { readPeriods } from './periods.ts';

const periods = {
  referralResponseHours: 48,
  identificationDecisionDays: 10,
  reflectionPeriodDays: 30,
  planReviewDays: 90,
  dueSoonHours: 48,
};
const open: DeadlineFacts = {
  kind: 'trafficking',
  closed: false,
  referredToNationalContactPointAt: null,
  identificationDecided: false,
  referrals: [],
  reflection: null,
  residencePermitSettled: false,
  planReviewOn: null,
  followUpOn: null,
};
const at = (iso: string) => new Date(iso);

describe('deadlines from each configured period', () => {
  it('referral response: sent + referralResponseHours, only while the referral waits', () => {
    const facts = {
      ...open,
      referrals: [
        { id: 'r1', status: 'sent', sentAt: at('2026-11-02T10:00:00Z') },
        { id: 'r2', status: 'accepted', sentAt: at('2026-11-02T10:00:00Z') },
      ],
    };
    expect(deadlinesOf(facts, periods, at('2026-11-03T10:00:00Z'))).toEqual([
      { kind: 'referral_response', dueAt: at('2026-11-04T10:00:00Z'), overdue: false, subjectId: 'r1' },
    ]);
    expect(deadlinesOf(facts, { ...periods, referralResponseHours: 12 }, at('2026-11-03T10:00:00Z'))).toEqual(
      [{ kind: 'referral_response', dueAt: at('2026-11-02T22:00:00Z'), overdue: true, subjectId: 'r1' }],
    );
  });

  it('identification decision: referral to the national point of contact + identificationDecisionDays, until decided', () => {
    const facts = { ...open, referredToNationalContactPointAt: at('2026-11-01T08:00:00Z') };
    expect(deadlinesOf(facts, periods, at('2026-11-05T00:00:00Z'))).toEqual([
      { kind: 'identification_decision', dueAt: at('2026-11-11T08:00:00Z'), overdue: false, subjectId: null },
    ]);
    expect(
      deadlinesOf({ ...facts, identificationDecided: true }, periods, at('2026-11-05T00:00:00Z')),
    ).toEqual([]);
    expect(deadlinesOf({ ...facts, kind: 'other_crime' }, periods, at('2026-11-05T00:00:00Z'))).toEqual([]);
  });

  it('reflection period: 30 days counting the first, ending at midnight in Vilnius', () => {
    const facts = { ...open, reflection: { startsOn: '2026-11-01' } };
    // 1 November + 30 days counting the first = 30 November, over at 1 December 00:00 in Vilnius (UTC+2).
    const [deadline] = deadlinesOf(facts, periods, at('2026-11-20T00:00:00Z'));
    expect(deadline).toEqual({
      kind: 'reflection_period_end',
      dueAt: at('2026-11-30T22:00:00Z'),
      overdue: false,
      subjectId: null,
    });
    expect(
      deadlinesOf(facts, { ...periods, reflectionPeriodDays: 60 }, at('2026-11-20T00:00:00Z'))[0]?.dueAt,
    ).toEqual(at('2026-12-30T22:00:00Z'));
    expect(
      deadlinesOf({ ...facts, residencePermitSettled: true }, periods, at('2026-11-20T00:00:00Z')),
    ).toEqual([]);
  });

  it('plan review: at the end of the review day agreed with the person (Vilnius time)', () => {
    const facts = { ...open, kind: 'other_crime' as const, planReviewOn: '2026-08-30' };
    expect(deadlinesOf(facts, periods, at('2026-11-20T00:00:00Z'))).toEqual([
      { kind: 'plan_review', dueAt: at('2026-08-30T21:00:00Z'), overdue: true, subjectId: null },
    ]);
  });

  it('a closed case keeps only its follow-up day', () => {
    const facts = {
      ...open,
      closed: true,
      referredToNationalContactPointAt: at('2026-01-01T00:00:00Z'),
      planReviewOn: '2026-06-01',
    };
    expect(deadlinesOf(facts, periods, at('2026-11-20T00:00:00Z'))).toEqual([]);
    expect(deadlinesOf({ ...facts, followUpOn: '2026-12-01' }, periods, at('2026-11-20T00:00:00Z'))).toEqual([
      { kind: 'follow_up', dueAt: at('2026-12-01T22:00:00Z'), overdue: false, subjectId: null },
    ]);
  });

  it('orders overdue first, then the nearest', () => {
    const facts: DeadlineFacts = {
      ...open,
      referredToNationalContactPointAt: at('2026-11-01T00:00:00Z'),
      reflection: { startsOn: '2026-11-15' },
      referrals: [
        { id: 'late', status: 'sent', sentAt: at('2026-11-10T00:00:00Z') },
        { id: 'fresh', status: 'sent', sentAt: at('2026-11-19T12:00:00Z') },
      ],
    };
    const kinds = deadlinesOf(facts, periods, at('2026-11-20T00:00:00Z')).map((d) => [d.kind, d.overdue]);
    expect(kinds).toEqual([
      ['identification_decision', true],
      ['referral_response', true],
      ['referral_response', false],
      ['reflection_period_end', false],
    ]);
  });

  it('due soon is within dueSoonHours and not overdue', () => {
    const now = at('2026-11-20T00:00:00Z');
    const d = (hours: number) => ({
      kind: 'plan_review' as const,
      dueAt: new Date(now.getTime() + hours * 3_600_000),
      overdue: hours <= 0,
      subjectId: null,
    });
    expect([d(-1), d(1), d(48), d(49)].map((x) => isDueSoon(x, periods, now))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('calendar helpers', () => {
  it('counts the start day as day one', () => {
    expect(lastDayOf('2026-11-01', 30)).toBe('2026-11-30');
    expect(lastDayOf('2026-02-01', 30)).toBe('2026-03-02');
  });
  it('counts the same in any server time zone, across summer time', () => {
    const before = process.env.TZ;
    try {
      for (const zone of ['Europe/Vilnius', 'America/New_York', 'UTC']) {
        process.env.TZ = zone;
        expect(lastDayOf('2026-03-01', 30)).toBe('2026-03-30');
        expect(lastDayOf('2026-10-20', 30)).toBe('2026-11-18');
      }
    } finally {
      process.env.TZ = before;
    }
  });
  it('ends a day at midnight in Vilnius in winter and summer time', () => {
    expect(endOfDayInVilnius('2026-01-15')).toEqual(at('2026-01-15T22:00:00Z'));
    expect(endOfDayInVilnius('2026-07-15')).toEqual(at('2026-07-15T21:00:00Z'));
  });
});

describe('the shipped periods', () => {
  it('parse, with the 30-day reflection period of Lithuanian practice', () => {
    expect(readPeriods().reflectionPeriodDays).toBe(30);
  });
});
