import type { CaseView, TimelineEvent } from '../../contract/cases.ts';
import { newestFirst } from './order.ts';

/** What someone else changed on a case between two readings of it. */
export interface CaseChanges {
  state: { from: string; to: string } | null;
  events: TimelineEvent[];
  notes: number;
}

export function caseChanges(before: CaseView, after: CaseView): CaseChanges {
  const seen = new Set(before.timeline.map((event) => event.id));
  const seenNotes = new Set(before.notes.map((note) => note.id));
  return {
    state: before.state === after.state ? null : { from: before.state, to: after.state },
    events: newestFirst(
      after.timeline.filter((event) => !seen.has(event.id)),
      (event) => event.at,
    ).reverse(),
    notes: after.notes.filter((note) => !seenNotes.has(note.id)).length,
  };
}

export function nothingChanged(changes: CaseChanges): boolean {
  return changes.state === null && changes.events.length === 0 && changes.notes === 0;
}
