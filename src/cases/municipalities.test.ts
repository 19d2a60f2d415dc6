import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNTIES,
  countyOfMunicipality,
  MUNICIPALITIES,
  municipalityCodeOf,
  municipalityName,
} from './municipalities.ts';

describe("Lithuania's municipalities", () => {
  it('are the 60 of ISO 3166-2:LT, LT-01 to LT-60, in the 10 counties', () => {
    expect(MUNICIPALITIES.map((m) => m.code)).toEqual(
      Array.from({ length: 60 }, (_, i) => `LT-${String(i + 1).padStart(2, '0')}`),
    );
    const byCounty: Record<string, number> = {};
    for (const m of MUNICIPALITIES) byCounty[m.county] = (byCounty[m.county] ?? 0) + 1;
    expect(byCounty).toEqual({
      'LT-AL': 5,
      'LT-KU': 8,
      'LT-KL': 7,
      'LT-MR': 5,
      'LT-PN': 6,
      'LT-SA': 7,
      'LT-TA': 4,
      'LT-TE': 4,
      'LT-UT': 6,
      'LT-VL': 8,
    });
    expect(Object.keys(COUNTIES)).toHaveLength(10);
  });

  it('each is found by its code, its official name, its English name and its genitive', () => {
    for (const m of MUNICIPALITIES) {
      expect(m.lt).toMatch(/ savivaldybė$/);
      expect(m.en).toMatch(/Municipality$/);
      for (const name of [m.code, m.lt, m.en, m.lt.replace(/ savivaldybė$/, '')]) {
        expect(municipalityCodeOf(name)).toBe(m.code);
      }
    }
  });

  it.each([
    ['Vilnius', 'LT-57'],
    ['vilniaus m. sav.', 'LT-57'],
    ['Vilniaus r. sav.', 'LT-58'],
    ['Salcininku rajono', 'LT-42'],
    ['  Šalčininkų   rajono savivaldybė ', 'LT-42'],
    ['Kaunas', 'LT-15'],
    ['Gargždai', 'LT-21'],
    ['Birštono sav.', 'LT-05'],
    ['Riga', null],
    ['', null],
    ['LT-61', null],
    ['LT-VL', null],
  ])('%j is %s', (typed, code) => {
    expect(municipalityCodeOf(typed)).toBe(code);
  });

  it('names a code in the language and tells its county', () => {
    expect(municipalityName('LT-57', 'lt')).toBe('Vilniaus miesto savivaldybė');
    expect(municipalityName('LT-57', 'en')).toBe('Vilnius City Municipality');
    expect(municipalityName('LT-99', 'en')).toBe('LT-99');
    expect(countyOfMunicipality('LT-42')).toBe('LT-VL');
    expect(countyOfMunicipality(null)).toBeNull();
  });

  it('any text is either one of the 60 codes or nothing', () => {
    const codes = new Set(MUNICIPALITIES.map((m) => m.code));
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const code = municipalityCodeOf(text);
        expect(code === null || codes.has(code)).toBe(true);
      }),
    );
  });
});
