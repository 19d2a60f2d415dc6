import { describe, expect, it } from 'vitest';
import type { Schedule } from './model.ts';
import {
  bestSchedule,
  compareResults,
  helpsWhere,
  isOpen,
  isStale,
  type Ranked,
  servesWho,
  vilniusClock,
  type Where,
} from './rules.ts';

describe('who a service serves', () => {
  it.each([
    [['men', 'boys'], 'woman', false],
    [['men', 'boys'], 'man', true],
    [['men', 'boys'], 'child', true],
    [['women', 'girls'], 'man', false],
    [['women', 'girls'], 'woman', true],
    [['women', 'men', 'children'], 'child', true],
    [['victims_of_any_crime'], 'man', true],
    [['anyone'], 'missing_person_family', true],
    [['families_of_missing_persons'], 'missing_person_family', true],
    [['families_of_missing_persons'], 'woman', false],
    [['lithuanians_abroad'], 'woman', true],
    [['women'], 'anyone', true],
  ] as const)('%j serves %s: %s', (audiences, who, expected) => {
    expect(servesWho(audiences, who)).toBe(expected);
  });
});

describe('where a service helps', () => {
  const at = (kind: 'nationwide' | 'municipality' | 'remote' | 'abroad') => ({ area: { kind, name: null } });
  it.each([
    [at('municipality'), ['Kaunas'], { kind: 'city', city: 'Kaunas' }, true],
    [at('municipality'), ['Kaunas'], { kind: 'city', city: 'Klaipėda' }, false],
    [at('municipality'), ['Klaipėda'], { kind: 'city', city: 'klaipeda' }, true],
    [at('nationwide'), [], { kind: 'city', city: 'Tauragė' }, true],
    [at('remote'), [], { kind: 'city', city: 'Tauragė' }, true],
    [at('abroad'), [], { kind: 'city', city: 'Vilnius' }, false],
    [at('abroad'), [], { kind: 'abroad' }, true],
    [at('nationwide'), [], { kind: 'abroad' }, false],
    [at('abroad'), [], { kind: 'anywhere' }, false],
    [at('municipality'), ['Šiauliai'], { kind: 'anywhere' }, true],
  ] as const)('%j in %j for %j: %s', (doc, cities, where, expected) => {
    expect(helpsWhere(doc, cities, where as Where)).toBe(expected);
  });
});

describe('help from abroad', () => {
  const always = { kind: 'always' } as const;
  const line = (number: string, free = false) => ({ number, free, label: null, schedule: always });
  const nationwide = { area: { kind: 'nationwide' as const, name: null }, schedule: null };
  it.each([
    ['a 24/7 anti-trafficking line', [line('+370 679 61617')], ['trafficking'], true],
    ['a free 8 800 line, unreachable from abroad', [line('+370 800 66 366', true)], ['trafficking'], false],
    ['112, which reaches the local emergency service', [line('112')], ['trafficking', 'emergency'], false],
    ['a 24/7 line for something else', [line('+370 679 61617')], ['shelter'], false],
    ['an office line', [{ ...line('+370 5 213 9750'), schedule: null }], ['trafficking'], false],
  ] as const)('%s: %s', (_what, phones, needs, expected) => {
    const doc = { ...nationwide, phones: [...phones], needs: [...needs] } as never;
    expect(helpsWhere(doc, [], { kind: 'abroad' })).toBe(expected);
  });
});

describe('opening hours in Vilnius time', () => {
  const weekdays: Schedule = {
    kind: 'weekly',
    days: ['MO', 'TU', 'WE', 'TH', 'FR'],
    opens: '09:00',
    closes: '18:00',
  };
  it.each([
    // 2026-11-27 is a Friday; Vilnius is UTC+2 in winter.
    ['2026-11-27T06:59:00Z', 'FR', 8 * 60 + 59, false],
    ['2026-11-27T07:00:00Z', 'FR', 9 * 60, true],
    ['2026-11-27T15:59:00Z', 'FR', 17 * 60 + 59, true],
    ['2026-11-27T16:00:00Z', 'FR', 18 * 60, false],
    ['2026-11-28T10:00:00Z', 'SA', 12 * 60, false],
    // Summer time: UTC+3.
    ['2026-07-06T06:30:00Z', 'MO', 9 * 60 + 30, true],
    // 23:30 UTC on Sunday is already Monday 01:30 in Vilnius.
    ['2026-11-29T23:30:00Z', 'MO', 90, false],
  ] as const)('at %s it is %s minute %i, open %s', (iso, day, minutes, open) => {
    const clock = vilniusClock(new Date(iso));
    expect(clock).toEqual({ day, minutes });
    expect(isOpen(weekdays, clock)).toBe(open);
  });
  it('is always open around the clock and unknown without a schedule', () => {
    expect(isOpen({ kind: 'always' }, { day: 'SU', minutes: 3 })).toBe(true);
    expect(isOpen(null, { day: 'SU', minutes: 3 })).toBeNull();
  });
  it('counts a 24/7 line of a weekday office as reachable around the clock', () => {
    const phone = { number: '1', label: null, free: true, schedule: { kind: 'always' as const } };
    expect(bestSchedule({ schedule: weekdays, phones: [phone] })).toEqual({ kind: 'always' });
    expect(bestSchedule({ schedule: weekdays, phones: [] })).toEqual(weekdays);
    expect(bestSchedule({ schedule: null, phones: [] })).toBeNull();
  });
});

describe('result order', () => {
  const r = (name: string, always: boolean, open: boolean | null, relevance = 0): Ranked => ({
    name,
    always,
    open,
    relevance,
  });
  it('puts 24/7 lines first, then open now, then unknown hours, then closed', () => {
    const sorted = [
      r('closed', false, false),
      r('unknown', false, null),
      r('open', false, true),
      r('line', true, true),
    ].sort(compareResults);
    expect(sorted.map((x) => x.name)).toEqual(['line', 'open', 'unknown', 'closed']);
  });
  it('orders by match, then name, within a group', () => {
    const sorted = [r('B', true, true, 1), r('A', true, true, 1), r('C', true, true, 2)].sort(compareResults);
    expect(sorted.map((x) => x.name)).toEqual(['C', 'A', 'B']);
  });
});

describe('entries due for checking', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  it.each([
    ['2026-11-27T00:00:00Z', false],
    ['2026-05-28T12:00:00Z', false],
    ['2026-05-27T11:00:00Z', true],
    ['2024-04-22T00:00:00Z', true],
  ])('checked %s: stale %s', (checked, stale) => {
    expect(isStale(new Date(checked), now)).toBe(stale);
  });
});
