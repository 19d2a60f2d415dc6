import type { CaseFacts } from '../cases/model.ts';
import type { RetentionPeriods } from './model.ts';

// What retention removes, as pure decisions: the moment before which each kind of record is past its
// period, and what stays of a case once its person is anonymised.

const DAY = 86_400_000;

export type Cutoffs = {
  closedCase: Record<'trafficking' | 'other_crime', Date>;
  unsubmittedDraft: Date;
  endedSession: Date;
};

/** Records older than these (closed before, last changed before, ended before) are past their period. */
export function cutoffsOf(periods: RetentionPeriods, now: Date): Cutoffs {
  const before = (days: number) => new Date(now.getTime() - days * DAY);
  return {
    closedCase: {
      trafficking: before(periods.closedTraffickingCaseDays),
      other_crime: before(periods.closedOtherCrimeCaseDays),
    },
    unsubmittedDraft: before(periods.unsubmittedDraftDays),
    endedSession: before(periods.endedSessionDays),
  };
}

/**
 * The facts a case keeps after anonymisation: what the statistics count (crime, forms of
 * exploitation, indicators, urgent needs, languages, the first-contact institution, the municipality),
 * with the moment met coarsened to its month; the place note, exact age and citizenship go.
 */
export function anonymisedFacts(facts: CaseFacts): CaseFacts {
  return {
    ...facts,
    metAt: `${facts.metAt.slice(0, 7)}-01T00:00:00.000Z`,
    placeNote: null,
    age: null,
    citizenship: null,
  };
}
