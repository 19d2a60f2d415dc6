import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDeadline, formatTime } from './format.ts';
import { fromLocalInput, todayInVilnius, toLocalInput } from './time.ts';

describe('Vilnius time in fields and on screen', () => {
  it('reads a field value as Vilnius time, in winter and in summer', () => {
    expect(fromLocalInput('2026-01-05T22:30')).toBe('2026-01-05T22:30:00+02:00');
    expect(fromLocalInput('2026-07-05T22:30')).toBe('2026-07-05T22:30:00+03:00');
    expect(fromLocalInput('2026-07-05')).toBeNull();
    expect(fromLocalInput('')).toBeNull();
  });

  it('shows an instant as Vilnius wall time, and back again', () => {
    expect(toLocalInput('2026-01-05T20:30:00Z')).toBe('2026-01-05T22:30');
    expect(toLocalInput('2026-07-05T19:30:00.000Z')).toBe('2026-07-05T22:30');
    expect(toLocalInput('not a date')).toBe('');
    const iso = fromLocalInput('2026-03-29T05:15');
    expect(iso && toLocalInput(iso)).toBe('2026-03-29T05:15');
  });

  it("gives today's date in Vilnius, which is ahead of UTC late in the evening", () => {
    expect(todayInVilnius(new Date('2026-01-05T22:30:00Z'))).toBe('2026-01-06');
    expect(todayInVilnius(new Date('2026-01-05T12:00:00Z'))).toBe('2026-01-05');
  });

  it('formats instants in Vilnius time and calendar dates as the day they name', () => {
    expect(formatTime('2026-01-05T20:41:00Z', 'lt')).toBe('22:41');
    expect(formatDateTime('2026-01-05T22:30:00Z', 'en')).toContain('6 Jan 2026');
    expect(formatDate('2026-01-05', 'en')).toBe('5 January 2026');
  });

  it.each([
    // A reflection period of 30 days from 6 December 2026 ends at midnight after 4 January 2027.
    ['2027-01-04T22:00:00.000Z', 'en', '4 January 2027'],
    ['2027-01-04T22:00:00.000Z', 'lt', '2027 m. sausio 4 d.'],
    // Summer time: a plan review on 6 July ends at 21:00 UTC.
    ['2027-07-06T21:00:00.000Z', 'en', '6 July 2027'],
    // A referral answer due in hours falls at a moment, shown with its time.
    ['2026-12-08T13:30:00.000Z', 'en', '8 Dec 2026, 15:30'],
  ])('shows a deadline falling at %s in %s as %s', (iso, language, shown) => {
    expect(formatDeadline(iso, language)).toBe(shown);
  });
});
