import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPLOITATION_FORMS, INDICATORS } from '../cases/catalogue.ts';
import { AgeBand, CitizenshipPathway } from '../people/model.ts';
import { anonymise, smallestClass } from './anonymity.ts';
import {
  type CaseStatisticsRecord,
  HTCDS_COLUMNS,
  HTCDS_HIERARCHIES,
  HTCDS_QUASI_IDENTIFIERS,
  type HtcdsColumn,
  htcdsRowOf,
} from './htcds.ts';

const STANDARD = new URL('../../standards/htcds-2.0/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, STANDARD), 'utf8');

/** RFC 4180, enough for the standard's sheet: quoted fields may hold commas, quotes and new lines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === '\n')) {
      row.push(field);
      field = '';
      if (ch === '\n') {
        rows.push(row);
        row = [];
      }
    } else if (ch !== '\r') field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

const [header, ...records] = parseCsv(read('HTCDS Field Standards 2.0.csv'));
const FIELDS = new Map(
  records.map((r) => {
    const get = (column: string) => r[header!.indexOf(column)] ?? '';
    const values = get('Value Names (if picklist)')
      .split('\n')
      .map((v) => v.trim());
    return [get('Field Name including Prefix'), { type: get('Field Type'), values }] as const;
  }),
);
const DEFINED_FLAGS = [...read('Field Definitions.md').matchAll(/^\| (MethodsOfControl\w+) +\|/gm)].map(
  (m) => m[1],
);

const record: CaseStatisticsRecord = {
  yearOfRegistration: '2025',
  sex: 'female',
  ageBand: '18-24',
  citizenshipPathway: 'lithuanian',
  municipality: 'Vilnius',
  exploitationForms: ['SexualExploitation'],
  indicators: ['WithholdsDocuments', 'ThreatensChildrenFamily', 'FearfulOrAnxious'],
  identified: true,
  kind: 'trafficking',
};

describe('the columns', () => {
  it('every column is a field of HTCDS 2.0: in the field standards sheet or, for a yes/no, in Field Definitions', () => {
    for (const column of HTCDS_COLUMNS)
      expect(FIELDS.has(column) || DEFINED_FLAGS.includes(column), column).toBe(true);
  });

  it('none is a direct identifier or free text: only picklists, a number, and a date cut to its year', () => {
    for (const column of HTCDS_COLUMNS) {
      const type = FIELDS.get(column)?.type;
      if (type === undefined) expect(column).toMatch(/^MethodsOfControl/);
      else expect(['Picklist', 'Multiselect Picklist', 'Number', 'Date'], column).toContain(type);
      if (type === 'Date') expect(htcdsRowOf(record)![column]).toMatch(/^\d{4}$/);
    }
    // Names, birth date, identity number, contacts, address, free text, places: never exported.
    const direct = [...FIELDS]
      .filter(([, f]) => /Text|Lookup|Geolocation/.test(f.type))
      .map(([name]) => name);
    direct.push('prs_Birthdate');
    expect(direct).toEqual(
      expect.arrayContaining(['prs_FirstName', 'prs_IdentityNumber', 'prs_MailingStreet', 'cco_CaseComment']),
    );
    expect((HTCDS_COLUMNS as readonly string[]).filter((c) => direct.includes(c))).toEqual([]);
  });

  it('the quasi-identifiers are columns, each with a hierarchy', () => {
    for (const q of HTCDS_QUASI_IDENTIFIERS) {
      expect(HTCDS_COLUMNS).toContain(q);
      expect(HTCDS_HIERARCHIES[q].at(-1)!('anything')).toBe('*');
    }
  });

  it('picklist columns hold only the standard value names', () => {
    const row = (change: Partial<CaseStatisticsRecord>) => htcdsRowOf({ ...record, ...change })!;
    const sexes = ['female', 'male', 'other', 'unknown'] as const;
    for (const column of ['prs_Gender', 'vic_TraffickingStatus', 'vic_TypeOfExploitation'] as const) {
      const rows = [
        ...sexes.map((sex) => row({ sex })),
        row({ identified: false }),
        ...EXPLOITATION_FORMS.map((f) => row({ exploitationForms: [f, 'ForcedLabour'] })),
      ];
      for (const value of rows.flatMap((r) => r[column].split(' ')))
        expect(FIELDS.get(column)!.values, `${column}: ${value}`).toContain(value);
    }
  });
});

describe('a case as a row', () => {
  it('maps each fact to its HTCDS column', () => {
    expect(htcdsRowOf(record)).toEqual({
      cas_IncomingReferralDate: '2025',
      prs_Gender: 'Feminine',
      vic_AgeWhenTrafficked: '18-24',
      prs_Citizenship: 'lithuanian',
      vic_TraffickingStatus: 'ActualVictimOfTrafficking',
      vic_TypeOfExploitation: 'SexualExploitation',
      MethodsOfControlDebtBondage: '0',
      MethodsOfControlTakesEarnings: '0',
      MethodsOfControlThreats: '1',
      MethodsOfControlPsychologicalAbuse: '0',
      MethodsOfControlPhysicalAbuse: '0',
      MethodsOfControlSexualAbuse: '0',
      MethodsOfControlFalsePromises: '0',
      MethodsOfControlPsychoactiveSubstances: '0',
      MethodsOfControlRestrictsMovement: '0',
      MethodsOfControlExcessiveWorkingHours: '0',
      MethodsOfControlThreatOfLawEnforcement: '0',
      MethodsOfControlWithholdsNecessities: '0',
      MethodsOfControlWithholdsDocuments: '1',
    });
  });

  it.each<[Partial<CaseStatisticsRecord>, HtcdsColumn, string]>([
    [{ sex: 'male' }, 'prs_Gender', 'Masculine'],
    [{ sex: 'other' }, 'prs_Gender', 'NonConforming'],
    [{ sex: 'unknown' }, 'prs_Gender', 'NonSpecifiedUnknown'],
    [{ identified: false }, 'vic_TraffickingStatus', 'PossibleVictimOfTrafficking'],
    [{ exploitationForms: [] }, 'vic_TypeOfExploitation', ''],
    [
      { exploitationForms: ['ForcedCriminality', 'ForcedBegging', 'ForcedLabour', 'Other'] },
      'vic_TypeOfExploitation',
      'ForcedLabour ForcedBegging Other',
    ],
    [{ yearOfRegistration: '2025-03-14' }, 'cas_IncomingReferralDate', ''],
    [{ ageBand: '27' }, 'vic_AgeWhenTrafficked', 'unknown'],
    [{ citizenshipPathway: 'UA' }, 'prs_Citizenship', 'unknown'],
  ])('%j → %s %j', (change, column, value) => {
    expect(htcdsRowOf({ ...record, ...change })![column]).toBe(value);
  });

  it('every Atrama indicator coded as an HTCDS method of control sets a column', () => {
    const methods = FIELDS.get('vic_MethodsOfControl')!.values;
    const coded = INDICATORS.filter(
      (i) => methods.includes(i) || DEFINED_FLAGS.includes(`MethodsOfControl${i}`),
    );
    expect(coded).toHaveLength(14);
    for (const indicator of coded) {
      const row = htcdsRowOf({ ...record, indicators: [indicator] })!;
      expect(
        Object.values(row).filter((v) => v === '1'),
        indicator,
      ).toHaveLength(1);
    }
  });

  it('a case of another crime has no row', () => {
    expect(htcdsRowOf({ ...record, kind: 'other_crime' })).toBeNull();
  });

  it('typed text in any field never reaches the row', () => {
    const text = 'Jonas Jonaitis, b. 1990-01-02, +37060000000';
    const row = htcdsRowOf({
      ...record,
      yearOfRegistration: text,
      ageBand: text,
      citizenshipPathway: text,
      municipality: text,
      exploitationForms: [text],
      indicators: [text],
      sex: text as 'female',
    })!;
    expect(Object.values(row).filter((v) => v.includes('Jonas') || v.includes('1990'))).toEqual([]);
  });
});

describe('the file is k-anonymous under its own quasi-identifiers', () => {
  it('for any cases, every class published has at least k rows', () => {
    const arb = fc.record({
      yearOfRegistration: fc.constantFrom('2021', '2022', '2023', '2024', '2025'),
      sex: fc.constantFrom('female', 'male', 'other', 'unknown'),
      ageBand: fc.constantFrom(...AgeBand.options),
      citizenshipPathway: fc.constantFrom(...CitizenshipPathway.options),
      municipality: fc.constant('Kaunas'),
      exploitationForms: fc.subarray([...EXPLOITATION_FORMS], { maxLength: 2 }),
      indicators: fc.subarray([...INDICATORS], { maxLength: 4 }),
      identified: fc.boolean(),
      kind: fc.constant('trafficking'),
    }) as fc.Arbitrary<CaseStatisticsRecord>;
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 150 }), fc.integer({ min: 2, max: 11 }), (cases, k) => {
        const rows = cases.map((c) => htcdsRowOf(c)!);
        const out = anonymise(rows, {
          quasiIdentifiers: HTCDS_QUASI_IDENTIFIERS,
          hierarchies: HTCDS_HIERARCHIES,
          k,
        });
        expect(out.rows.length === 0 || smallestClass(out.rows, HTCDS_QUASI_IDENTIFIERS) >= k).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
