import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALERT_KIND_NAMES, ALERT_KINDS, type AlertKind, type Delivery } from './catalogue.ts';
import { composeMail, deliveryFor, MAX_ATTEMPTS, nextDigestAt, retryDelayMs, sendAfterFor } from './rules.ts';

describe('how an alert reaches a person', () => {
  it.each<[AlertKind, Partial<Record<AlertKind, Delivery>>, Delivery]>([
    ['referral_received', {}, 'immediately'],
    ['referral_received', { referral_received: 'digest' }, 'digest'],
    // Mandatory: kept to the app only is not a choice; the catalogue's way stands.
    ['referral_received', { referral_received: 'app' }, 'immediately'],
    ['deadline_overdue', { deadline_overdue: 'app' }, 'immediately'],
    ['decision_made', {}, 'digest'],
    ['decision_made', { decision_made: 'app' }, 'app'],
    ['decision_made', { decision_made: 'immediately' }, 'immediately'],
  ])('%s with %j → %s', (kind, chosen, expected) => {
    expect(deliveryFor(kind, chosen)).toBe(expected);
  });

  it('never keeps a mandatory kind to the app, whatever is chosen', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...ALERT_KIND_NAMES),
          fc.constantFrom<Delivery>('immediately', 'digest', 'app'),
        ),
        (chosen) => {
          for (const kind of ALERT_KIND_NAMES) {
            if (ALERT_KINDS[kind].mandatory) expect(deliveryFor(kind, chosen)).not.toBe('app');
          }
        },
      ),
    );
  });
});

describe('the daily digest hour, in Vilnius', () => {
  it.each([
    // Winter (UTC+2): 08:00 in Vilnius is 06:00 UTC.
    ['2026-12-06T05:59:00Z', 8, '2026-12-06T06:00:00.000Z'],
    ['2026-12-06T06:00:00Z', 8, '2026-12-07T06:00:00.000Z'],
    ['2026-12-06T23:30:00Z', 0, '2026-12-07T22:00:00.000Z'],
    // Summer (UTC+3).
    ['2026-07-01T04:00:00Z', 8, '2026-07-01T05:00:00.000Z'],
    // The night summer time begins (29 March 2026, 03:00 → 04:00 in Vilnius): the next 08:00 is UTC+3.
    ['2026-03-28T07:00:00Z', 8, '2026-03-29T05:00:00.000Z'],
    // And ends (25 October 2026): 08:00 is UTC+2 again.
    ['2026-10-24T06:00:00Z', 8, '2026-10-25T06:00:00.000Z'],
  ])('after %s at %i:00 → %s', (now, hour, expected) => {
    expect(nextDigestAt(new Date(now), hour).toISOString()).toBe(expected);
  });

  it('is always in the future, within a day and a bit', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        (now, hour) => {
          const at = nextDigestAt(now, hour);
          expect(at.getTime()).toBeGreaterThan(now.getTime());
          expect(at.getTime() - now.getTime()).toBeLessThanOrEqual(25 * 3_600_000);
        },
      ),
    );
  });

  it('sends at once, at the digest hour, or never', () => {
    const now = new Date('2026-12-06T10:00:00Z');
    expect(sendAfterFor('immediately', now, 8)).toEqual(now);
    expect(sendAfterFor('digest', now, 8)?.toISOString()).toBe('2026-12-07T06:00:00.000Z');
    expect(sendAfterFor('app', now, 8)).toBeNull();
  });
});

describe('trying a failed e-mail again', () => {
  it.each([
    [1, 60_000],
    [2, 120_000],
    [3, 240_000],
    [9, 256 * 60_000],
    [10, 6 * 3_600_000],
    [MAX_ATTEMPTS, 6 * 3_600_000],
  ])('after try %i waits %i ms', (attempts, ms) => {
    expect(retryDelayMs(attempts)).toBe(ms);
  });

  it('gives up after about a day', () => {
    let total = 0;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) total += retryDelayMs(attempt);
    expect(total).toBeGreaterThan(18 * 3_600_000);
    expect(total).toBeLessThan(26 * 3_600_000);
  });
});

describe('what an e-mail says', () => {
  const line = {
    kind: 'deadline_overdue',
    caseReference: 'ATR-2026-000042',
    deadline: 'identification_decision' as const,
    dueAt: new Date('2026-12-06T22:00:00Z'),
    url: 'https://atrama.example.lt/staff/cases/1',
  };

  it('one alert: its kind in both languages, the case, the deadline, the time in Vilnius and the link', () => {
    const mail = composeMail([line]);
    expect(mail.subject).toBe('Atrama: Terminas praleistas / A deadline has passed (ATR-2026-000042)');
    // Midnight after 6 December in Vilnius: the last day is the 6th.
    expect(mail.text).toContain(
      'A deadline has passed · Case ATR-2026-000042 · identification decision · due by 6 Dec 2026',
    );
    expect(mail.text).toContain('terminas 2026-12-06');
    expect(mail.text).not.toContain('00:00');
    expect(mail.text).toContain('identifikavimo sprendimas');
    expect(mail.text).toContain(line.url);
  });

  it('a deadline at another moment than midnight keeps its time', () => {
    const mail = composeMail([{ ...line, dueAt: new Date('2026-12-06T13:30:00Z') }]);
    expect(mail.text).toContain('due by 6 Dec 2026, 15:30');
    expect(mail.text).toContain('terminas 2026-12-06 15:30');
  });

  it('several alerts: one message listing them all', () => {
    const mail = composeMail([
      line,
      { ...line, caseReference: 'ATR-2026-000043' },
      { ...line, caseReference: null },
    ]);
    expect(mail.subject).toBe('Atrama: 3 pranešimai / 3 alerts');
    expect(mail.text.match(/ATR-2026-00004[23]/g)).toHaveLength(4);
  });

  it('holds nothing but the catalogue’s words, references, dates and links', () => {
    // Whatever the lines hold, the text is made of these parts only: no free text can reach it.
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom(...ALERT_KIND_NAMES, 'password_reset'),
            caseReference: fc.option(fc.constantFrom('ATR-2026-000001', 'ATR-2027-123456')),
            deadline: fc.option(fc.constantFrom('plan_review' as const, 'follow_up' as const)),
            dueAt: fc.option(
              fc.date({ min: new Date('2026-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
            ),
            url: fc.constant('https://atrama.example.lt/staff/cases/x'),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (lines) => {
          const { text } = composeMail(lines);
          expect(text).not.toMatch(/undefined|null|\[object/);
        },
      ),
    );
  });
});
