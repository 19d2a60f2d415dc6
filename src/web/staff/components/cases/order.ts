import type { CaseSummary, DeadlineView } from '../../contract/cases.ts';

function dueTime(deadline: DeadlineView | null): number {
  return deadline ? Date.parse(deadline.dueAt) : Number.POSITIVE_INFINITY;
}

/** Overdue first, then by the next deadline, soonest first; cases without one last, latest change first. */
export function byUrgency(a: CaseSummary, b: CaseSummary): number {
  const overdue = Number(b.nextDeadline?.overdue ?? false) - Number(a.nextDeadline?.overdue ?? false);
  if (overdue !== 0) return overdue;
  const due = dueTime(a.nextDeadline) - dueTime(b.nextDeadline);
  if (due !== 0 && !Number.isNaN(due)) return due;
  return Date.parse(b.updatedAt) - Date.parse(a.updatedAt);
}

/** Deadlines overdue first, then soonest first. */
export function deadlinesByUrgency(deadlines: readonly DeadlineView[]): DeadlineView[] {
  return [...deadlines].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || Date.parse(a.dueAt) - Date.parse(b.dueAt),
  );
}

/** Newest first by a time field, whatever its spelling; items of the same moment keep their order. */
export function newestFirst<T>(items: readonly T[], at: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, time: Date.parse(at(item)) }))
    .sort((a, b) => b.time - a.time || a.index - b.index)
    .map(({ item }) => item);
}
