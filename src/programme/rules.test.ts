import { describe, expect, it } from 'vitest';
import {
  latestAchieved,
  measureState,
  participantsOf,
  reportYearRefusal,
  unknownIndicators,
} from './rules.ts';

const measure = { startsOn: '2024-03-01', deadline: '2026-06-30' };
const report = (year: number, progress: 'in_progress' | 'done' = 'in_progress') => ({ year, progress });

describe('measureState', () => {
  // today, reports → state, missing years, overdue
  it.each([
    ['2024-01-15', [], 'planned', [], false],
    ['2024-03-01', [], 'in_progress', [], false],
    ['2024-12-31', [], 'in_progress', [], false],
    // 2024 ended without a report
    ['2025-01-01', [], 'late', [2024], false],
    ['2025-01-01', [report(2024)], 'in_progress', [], false],
    ['2026-02-01', [report(2024)], 'late', [2025], false],
    ['2026-02-01', [report(2024), report(2025)], 'in_progress', [], false],
    // the deadline passed and not done, every year reported
    ['2026-07-01', [report(2024), report(2025)], 'late', [], true],
    ['2026-06-30', [report(2024), report(2025)], 'in_progress', [], false],
    // done ends it, whenever it was said
    ['2026-07-01', [report(2024), report(2025, 'done')], 'done', [], false],
    ['2030-01-01', [report(2024, 'done')], 'done', [], false],
    // years after the deadline are not due
    ['2028-01-01', [report(2024), report(2025), report(2026)], 'late', [], true],
    ['2028-01-01', [report(2024)], 'late', [2025, 2026], true],
    // a report of a year after "today" does not count yet (the state at a past period's end)
    ['2024-12-31', [report(2025, 'done')], 'in_progress', [], false],
  ] as const)('on %s with %j: %s', (today, reports, state, missingYears, overdue) => {
    expect(measureState(measure, reports, today)).toEqual({ state, missingYears, overdue });
  });
});

describe('reportYearRefusal', () => {
  it.each([
    [2023, '2025-05-01', 'report_year_outside_measure'],
    [2027, '2028-05-01', 'report_year_outside_measure'],
    [2024, '2024-05-01', null],
    [2025, '2024-12-31', 'report_year_not_begun'],
    [2025, '2025-01-01', null],
    [2026, '2030-01-01', null],
  ] as const)('year %i on %s: %s', (year, today, refusal) => {
    expect(reportYearRefusal(measure, year, today)).toBe(refusal);
  });
});

describe('indicators', () => {
  const indicators = [{ id: 'a' }, { id: 'b' }];
  it('names achieved values of indicators the measure has not', () => {
    expect(unknownIndicators(indicators, [{ indicatorId: 'a' }, { indicatorId: 'x' }])).toEqual(['x']);
  });
  it('takes the newest report that gives a value', () => {
    const reports = [
      { year: 2025, achieved: [{ indicatorId: 'a', value: 40 }] },
      {
        year: 2024,
        achieved: [
          { indicatorId: 'a', value: 10 },
          { indicatorId: 'b', value: 2 },
        ],
      },
    ];
    expect([...latestAchieved(indicators, reports)]).toEqual([
      ['a', 40],
      ['b', 2],
    ]);
    expect(latestAchieved(indicators, []).get('a')).toBeNull();
  });
  it('adds up a training audience', () => {
    expect(participantsOf([{ participants: 12 }, { participants: 3 }])).toBe(15);
    expect(participantsOf([])).toBe(0);
  });
});
