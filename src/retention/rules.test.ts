import { describe, expect, it } from 'vitest';
import { anonymisedFacts, cutoffsOf } from './rules.ts';

const periods = {
  closedTraffickingCaseDays: 3650,
  closedOtherCrimeCaseDays: 1825,
  unsubmittedDraftDays: 30,
  endedSessionDays: 90,
};

describe('retention cutoffs', () => {
  it('counts each period back from now', () => {
    const now = new Date('2026-11-27T12:00:00Z');
    const cutoffs = cutoffsOf(periods, now);
    expect(cutoffs.closedCase.trafficking.toISOString()).toBe('2016-11-29T12:00:00.000Z');
    expect(cutoffs.closedCase.other_crime.toISOString()).toBe('2021-11-28T12:00:00.000Z');
    expect(cutoffs.unsubmittedDraft.toISOString()).toBe('2026-10-28T12:00:00.000Z');
    expect(cutoffs.endedSession.toISOString()).toBe('2026-08-29T12:00:00.000Z');
  });
});

describe('anonymised case facts', () => {
  const facts = {
    metAt: '2019-04-17T22:13:00.000Z',
    municipality: 'Vilnius',
    placeNote: 'Behind the bus station, white van',
    firstContactKind: 'border_guard' as const,
    exploitationForms: ['ForcedLabour' as const],
    otherCrime: null,
    indicators: ['WithholdsDocuments' as const],
    age: 34,
    citizenship: 'UZ',
    languages: ['uz'],
    interpreterNeeded: true,
    urgentNeeds: ['shelter' as const],
  };
  it('keeps what statistics count and drops what points at one person', () => {
    expect(anonymisedFacts(facts)).toEqual({
      ...facts,
      metAt: '2019-04-01T00:00:00.000Z',
      placeNote: null,
      age: null,
      citizenship: null,
    });
  });
  it('is the same when done twice', () => {
    expect(anonymisedFacts(anonymisedFacts(facts))).toEqual(anonymisedFacts(facts));
  });
});
