import type { INDICATORS } from '../cases/catalogue.ts';
import { AgeBand, CitizenshipPathway } from '../people/model.ts';
import { HIERARCHIES, type Hierarchy } from './anonymity.ts';

// One case as a row of a CTDC-style open-data file under HTCDS 2.0 names (standards/htcds-2.0). Only
// facts that name no one are taken, and only from closed lists, so no typed text can reach the file:
// no names, birth dates, documents, contacts, addresses, exact dates, places or notes.
//
// Where HTCDS has no field for what Atrama records, the nearest field carries a coarser value, said
// at each column below. The municipality is left out: HTCDS has no field for where a person was met
// (prs_Mailing* is the person's address, hte_* are recruitment, transit and exploitation events),
// and in a country of 60 municipalities it is the strongest quasi-identifier; tables carry it,
// behind suppression.

export type CaseStatisticsRecord = {
  yearOfRegistration: string;
  sex: 'female' | 'male' | 'other' | 'unknown';
  ageBand: string;
  citizenshipPathway: string;
  /** Not exported (above). */
  municipality: string;
  exploitationForms: string[];
  indicators: string[];
  identified: boolean;
  kind: 'trafficking' | 'other_crime';
};

type Indicator = (typeof INDICATORS)[number];

/**
 * Field Definitions.md names one yes/no field per method of control; each column is 1 when the case
 * records an indicator Atrama codes with that method's HTCDS value name. Threats to the person and
 * to their family are both threats. Methods Atrama has no indicator for (restricted financial access
 * or medical care, use of children, other) are not columns: a column of zeros would read as "never".
 */
const METHODS_OF_CONTROL = {
  MethodsOfControlDebtBondage: ['DebtBondage'],
  MethodsOfControlTakesEarnings: ['TakesEarnings'],
  MethodsOfControlThreats: ['PhysicalThreats', 'ThreatensChildrenFamily'],
  MethodsOfControlPsychologicalAbuse: ['PsychologicalAbuse'],
  MethodsOfControlPhysicalAbuse: ['PhysicalAbuse'],
  MethodsOfControlSexualAbuse: ['SexualAbuse'],
  MethodsOfControlFalsePromises: ['FalsePromises'],
  MethodsOfControlPsychoactiveSubstances: ['PsychoactiveSubstance'],
  MethodsOfControlRestrictsMovement: ['RestrictsMovement'],
  MethodsOfControlExcessiveWorkingHours: ['ExcessiveWorkingHours'],
  MethodsOfControlThreatOfLawEnforcement: ['ThreatsLawEnforcement'],
  MethodsOfControlWithholdsNecessities: ['WithholdsNecessities'],
  MethodsOfControlWithholdsDocuments: ['WithholdsDocuments'],
} as const satisfies Record<string, readonly Indicator[]>;
type ControlColumn = keyof typeof METHODS_OF_CONTROL;
const CONTROL_COLUMNS = Object.keys(METHODS_OF_CONTROL) as ControlColumn[];

/** vic_TypeOfExploitation's value names in the standard's order, which orders a row's list. */
const EXPLOITATION_TYPES = [
  'ForcedLabour',
  'SexualExploitation',
  'ChildLabour',
  'ForcedMarriage',
  'Servitude',
  'ForcedMilitaryByNonStateActors',
  'OrganRemoval',
  'ForcedBegging',
  'ForcedAdoption',
  'Surrogacy',
  'Other',
] as const;

/** HTCDS has no forced criminality, which Lithuanian practice names apart: it is Other there. */
const typeOf = (form: string) =>
  (EXPLOITATION_TYPES as readonly string[]).includes(form)
    ? form
    : form === 'ForcedCriminality'
      ? 'Other'
      : null;

const GENDER = {
  female: 'Feminine',
  male: 'Masculine',
  // Atrama does not record whether a person is transgender; 'other' is nearest to Non-Conforming.
  other: 'NonConforming',
  unknown: 'NonSpecifiedUnknown',
} as const;

export const HTCDS_COLUMNS = [
  /** The year the case was registered: the Date field at year precision, as ISO 8601 allows. */
  'cas_IncomingReferralDate',
  'prs_Gender',
  /** Atrama's age band when the person was met; HTCDS has no other age but the birth date. */
  'vic_AgeWhenTrafficked',
  /** The citizenship pathway (lithuanian, eu, third_country, unknown), not the ISO code. */
  'prs_Citizenship',
  /** Actual once identified, else Possible: the record does not tell "not yet" from "not a victim". */
  'vic_TraffickingStatus',
  /** A multi-select: value names separated by spaces, as the standard's XForm stores them. */
  'vic_TypeOfExploitation',
  ...CONTROL_COLUMNS,
] as const;
export type HtcdsColumn = (typeof HTCDS_COLUMNS)[number];
export type HtcdsRow = Record<HtcdsColumn, string>;

/**
 * What someone may know of a person from a court judgment or a news report: when, sex, age,
 * citizenship and the form of exploitation. The methods of control and the status are not.
 */
export const HTCDS_QUASI_IDENTIFIERS = [
  'cas_IncomingReferralDate',
  'prs_Gender',
  'vic_AgeWhenTrafficked',
  'prs_Citizenship',
  'vic_TypeOfExploitation',
] as const satisfies readonly HtcdsColumn[];

export const HTCDS_HIERARCHIES: Record<(typeof HTCDS_QUASI_IDENTIFIERS)[number], Hierarchy> = {
  cas_IncomingReferralDate: HIERARCHIES.year,
  prs_Gender: HIERARCHIES.sex,
  vic_AgeWhenTrafficked: HIERARCHIES.ageBand,
  prs_Citizenship: HIERARCHIES.citizenshipPathway,
  vic_TypeOfExploitation: [(v) => v, () => '*'],
};

/** A trafficking case as a row of the file; a case of another crime has no place in it (null). */
export function htcdsRowOf(record: CaseStatisticsRecord): HtcdsRow | null {
  if (record.kind !== 'trafficking') return null;
  const types = new Set(record.exploitationForms.map(typeOf));
  const indicators = new Set(record.indicators);
  return {
    cas_IncomingReferralDate: /^\d{4}$/.test(record.yearOfRegistration) ? record.yearOfRegistration : '',
    prs_Gender: GENDER[record.sex] ?? GENDER.unknown,
    vic_AgeWhenTrafficked: AgeBand.safeParse(record.ageBand).data ?? 'unknown',
    prs_Citizenship: CitizenshipPathway.safeParse(record.citizenshipPathway).data ?? 'unknown',
    vic_TraffickingStatus: record.identified ? 'ActualVictimOfTrafficking' : 'PossibleVictimOfTrafficking',
    vic_TypeOfExploitation: EXPLOITATION_TYPES.filter((t) => types.has(t)).join(' '),
    ...(Object.fromEntries(
      CONTROL_COLUMNS.map((c) => [c, METHODS_OF_CONTROL[c].some((i) => indicators.has(i)) ? '1' : '0']),
    ) as Record<ControlColumn, string>),
  };
}
