import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api.ts';
import type { CaseSummary, CaseView } from '../../contract/cases.ts';
import en from '../../i18n/en.json';
import lt from '../../i18n/lt.json';
import { caseChanges, nothingChanged } from './changes.ts';
import { byUrgency, deadlinesByUrgency, newestFirst } from './order.ts';
import { caseRefusal } from './refusals.ts';

const base = {
  updatedAt: '2026-01-01T00:00:00Z',
  nextDeadline: null,
} as unknown as CaseSummary;
const due = (id: string, dueAt: string, overdue: boolean, updatedAt = base.updatedAt): CaseSummary => ({
  ...base,
  id,
  updatedAt,
  nextDeadline: { kind: 'referral_response', dueAt, overdue, subjectId: null, answerer: null },
});

describe('the order of cases and deadlines', () => {
  it('puts overdue first, then the soonest deadline, then those without one, latest change first', () => {
    const cases = [
      { ...base, id: 'none-old' },
      due('later', '2026-02-10T00:00:00Z', false),
      { ...base, id: 'none-new', updatedAt: '2026-01-03T00:00:00Z' },
      due('overdue', '2026-01-02T00:00:00Z', true),
      due('soon', '2026-02-01T00:00:00Z', false),
    ];
    expect(cases.sort(byUrgency).map((c) => c.id)).toEqual([
      'overdue',
      'soon',
      'later',
      'none-new',
      'none-old',
    ]);
    const deadlines = deadlinesByUrgency([
      { kind: 'plan_review', dueAt: '2026-03-01T00:00:00Z', overdue: false, subjectId: null, answerer: null },
      {
        kind: 'referral_response',
        dueAt: '2026-01-01T00:00:00Z',
        overdue: true,
        subjectId: null,
        answerer: null,
      },
    ]);
    expect(deadlines[0]?.overdue).toBe(true);
  });

  it('shows history newest first by the instant, whatever its spelling, ties in the given order', () => {
    const events = [
      { id: 'opened', at: '2026-01-05T20:00:00Z' },
      { id: 'consent', at: '2026-01-05T20:00:00.000Z' },
      { id: 'decided', at: '2026-01-05T20:00:00.5Z' },
      { id: 'later', at: '2026-01-06T08:00:00+02:00' },
    ];
    expect(newestFirst(events, (e) => e.at).map((e) => e.id)).toEqual([
      'later',
      'decided',
      'opened',
      'consent',
    ]);
  });
});

describe('what changed on a case, and why a change was refused', () => {
  const view = (state: string, events: string[], notes: string[]) =>
    ({
      state,
      timeline: events.map((id) => ({ id, at: `2026-01-0${id.length}T00:00:00Z`, type: 'note_added' })),
      notes: notes.map((id) => ({ id })),
    }) as unknown as CaseView;

  it('lists the new state, the events since and the number of new notes', () => {
    const changes = caseChanges(view('referred', ['a'], []), view('identified', ['a', 'bb'], ['n']));
    expect(changes.state).toEqual({ from: 'referred', to: 'identified' });
    expect(changes.events.map((e) => e.id)).toEqual(['bb']);
    expect(changes.notes).toBe(1);
    expect(nothingChanged(caseChanges(view('x', ['a'], []), view('x', ['a'], [])))).toBe(true);
  });

  it('words a refusal from its code: what is missing, why not, or not possible now', () => {
    const refused = caseRefusal(
      new ApiError({
        status: 409,
        code: 'conflict',
        refusal: 'requirements',
        missing: 'missing_reason missing_something_new',
        errors: [
          { field: 'transition', message: 'a reason' },
          { field: 'transition', message: 'something new' },
        ],
      }),
    );
    expect(refused.problem.errors?.map((e) => e.message)).toEqual(['missing_reason', 'something new']);
    const coded = (refusal?: string) =>
      caseRefusal(new ApiError({ status: 409, code: 'conflict', detail: 'In English', refusal })).problem
        .code;
    expect(coded()).toBe('not_possible');
    expect(coded('something_unknown')).toBe('not_possible');
    expect(coded('consent.referral_to_support_service')).toBe('refused.consent.referral_to_support_service');
    expect(coded('consent.some_new_scope')).toBe('refused.consent.any');
    expect(coded('reflection_third_country')).toBe('refused.reflection_third_country');
    // The data protection officer's restriction is worded, in both catalogues.
    expect(coded('restricted')).toBe('refused.restricted');
    expect(en.errors.refused.restricted).toMatch(/restricted/);
    expect(lt.errors.refused.restricted).toMatch(/apribojo/);
  });
});
