import type { CaseSummary, DeadlineView } from '../../types.ts';

function dueTime(deadline: DeadlineView | null): number {
  return deadline ? Date.parse(deadline.dueAt) : Number.POSITIVE_INFINITY;
}

/** Overdue first, then by the next deadline, soonest first; cases without one last, latest change first. */
export function byUrgency(a: CaseSummary, b: CaseSummary): number {
  const overdue = Number(b.nextDeadline?.overdue ?? false) - Number(a.nextDeadline?.overdue ?? false);
  if (overdue !== 0) return overdue;
  const due = dueTime(a.nextDeadline) - dueTime(b.nextDeadline);
  if (due !== 0 && !Number.isNaN(due)) return due;
  return b.updatedAt.localeCompare(a.updatedAt);
}

/** Deadlines overdue first, then soonest first. */
export function deadlinesByUrgency(deadlines: readonly DeadlineView[]): DeadlineView[] {
  return [...deadlines].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || Date.parse(a.dueAt) - Date.parse(b.dueAt),
  );
}
