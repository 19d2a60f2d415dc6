import type { MEASURE_STATES, ProgrammeRefusal, REPORT_PROGRESS } from './catalogue.ts';

// The decisions of the national action plan and of trainings; pure.

type Day = string; // YYYY-MM-DD
const yearOf = (day: Day) => Number(day.slice(0, 4));

export type MeasureDates = { startsOn: Day; deadline: Day };
export type ReportYear = { year: number; progress: (typeof REPORT_PROGRESS)[number] };

/**
 * Where a measure stands on `today`. It is done once a report says so. It is late when it is not done
 * and either its deadline has passed, or a year of it (from its start's year to its deadline's) has
 * ended without the responsible body's report. Reports of years after today's do not count yet, so
 * the same rule gives the state at the end of a past period (the statistics ask it that way).
 */
export function measureState(
  measure: MeasureDates,
  reports: readonly ReportYear[],
  today: Day,
): { state: (typeof MEASURE_STATES)[number]; missingYears: number[]; overdue: boolean } {
  const known = reports.filter((r) => r.year <= yearOf(today));
  if (known.some((r) => r.progress === 'done')) return { state: 'done', missingYears: [], overdue: false };
  const reported = new Set(known.map((r) => r.year));
  const missingYears: number[] = [];
  const lastDue = Math.min(yearOf(measure.deadline), yearOf(today) - 1);
  for (let year = yearOf(measure.startsOn); year <= lastDue; year++) {
    if (!reported.has(year)) missingYears.push(year);
  }
  const overdue = measure.deadline < today;
  if (overdue || missingYears.length > 0) return { state: 'late', missingYears, overdue };
  return { state: today < measure.startsOn ? 'planned' : 'in_progress', missingYears, overdue };
}

/** A year's report is for a year of the measure that has begun; null when it may be recorded. */
export function reportYearRefusal(measure: MeasureDates, year: number, today: Day): ProgrammeRefusal | null {
  if (year < yearOf(measure.startsOn) || year > yearOf(measure.deadline))
    return 'report_year_outside_measure';
  if (year > yearOf(today)) return 'report_year_not_begun';
  return null;
}

/** Achieved values naming an indicator the measure has not. */
export const unknownIndicators = (
  indicators: readonly { id: string }[],
  achieved: readonly { indicatorId: string }[],
) => achieved.filter((a) => !indicators.some((i) => i.id === a.indicatorId)).map((a) => a.indicatorId);

/** Each indicator's value in the latest report that gives one, or null when none has yet. */
export function latestAchieved(
  indicators: readonly { id: string }[],
  reports: readonly { year: number; achieved: readonly { indicatorId: string; value: number }[] }[],
): Map<string, number | null> {
  const newestFirst = [...reports].sort((a, b) => b.year - a.year);
  return new Map(
    indicators.map((i) => [
      i.id,
      newestFirst.flatMap((r) => r.achieved.filter((a) => a.indicatorId === i.id))[0]?.value ?? null,
    ]),
  );
}

/** Everyone a training reached. */
export const participantsOf = (audience: readonly { participants: number }[]) =>
  audience.reduce((sum, a) => sum + a.participants, 0);
