import { lastDayOf } from '../cases/deadlines.ts';
import type { CARD_REFUSALS, ELIGIBILITY_REASONS, RETURN_PARTNERS } from './catalogue.ts';

// The decisions of assistance, as pure functions over plain data: compensation eligibility, the
// return pathway, overlapping help, what a service's date may be, and when a card may be issued.

/** The calendar day `n` days after (or, negative, before) `day`. */
export const shiftDay = (day: string, n: number) => lastDayOf(day, n + 1);

type Pathway = 'lithuanian' | 'eu' | 'third_country' | 'unknown';
type Partner = (typeof RETURN_PARTNERS)[number];

/** The Fund for Victims of Crimes compensates crimes committed on or after this day (seed 001). */
export const COMPENSATION_FROM = '2005-07-01';
const VIOLENT = [
  'intentional_killing',
  'health_impairment',
  'crime_against_freedom',
  'crime_against_sexual_integrity',
];

export type EligibilityFacts = {
  crime: string;
  crimeOn: string;
  pathway: Pathway;
  lawfullyResidentInEu: boolean;
  /** Today in Vilnius, as a calendar date. */
  today: string;
};

/**
 * Whether a claim to the Fund for Victims of Crimes can succeed, with every reason it cannot (codes).
 * Sources are cited in docs/decisions.md: a violent crime (a life taken, health impaired, a crime
 * against freedom or sexual integrity), committed on or after 2005-07-01, against a citizen of
 * Lithuania or another EU state, or a person lawfully and habitually resident in the EU.
 */
export function compensationEligibility(f: EligibilityFacts): {
  eligible: boolean;
  reasons: (typeof ELIGIBILITY_REASONS)[number][];
} {
  const reasons: (typeof ELIGIBILITY_REASONS)[number][] = [];
  if (!VIOLENT.includes(f.crime)) reasons.push('not_violent_crime');
  if (f.crimeOn < COMPENSATION_FROM) reasons.push('crime_before_2005_07_01');
  if (f.crimeOn > f.today) reasons.push('crime_date_in_future');
  if (f.pathway === 'unknown') reasons.push('citizenship_unknown');
  if (f.pathway === 'third_country' && !f.lawfullyResidentInEu) reasons.push('not_eu_citizen_or_resident');
  return { eligible: reasons.length === 0, reasons };
}

/**
 * Who works a return (seed 000): a Lithuanian citizen abroad comes home through Lithuania's
 * consular mission with an NGO and the police; an EU citizen goes home through an NGO with the
 * citizen's consulate; a third-country national through an NGO or IOM Vilnius with the consulate.
 */
export function returnPartnersOf(pathway: Pathway): Partner[] {
  switch (pathway) {
    case 'lithuanian':
      return ['lithuanian_consular_mission', 'specialised_ngo', 'police'];
    case 'eu':
      return ['specialised_ngo', 'consulate_of_citizenship', 'police'];
    case 'third_country':
      return ['specialised_ngo', 'iom_vilnius', 'consulate_of_citizenship', 'police'];
    case 'unknown':
      return [];
  }
}

/** How long a service of one kind counts as "being given" by the organisation that recorded it. */
export const OVERLAP_LOOKBACK_DAYS = 30;

export type PlannedHelp = {
  organisationId: string;
  measure: string;
  status: string;
  createdOn: string;
  dueOn: string;
};
export type GivenHelp = { organisationId: string; type: string; givenOn: string };
export type Overlap = { organisationId: string; source: 'plan' | 'service'; on: string };

/**
 * Help of the same kind another organisation of the team already plans or gives while the new item
 * would run (from today to its due date): planned items whose span meets that one, and services it
 * recorded in the last OVERLAP_LOOKBACK_DAYS days. One warning per organisation and source.
 */
export function overlapsFor(
  item: { organisationId: string; measure: string; dueOn: string },
  plan: readonly PlannedHelp[],
  given: readonly GivenHelp[],
  today: string,
  teamOrganisationIds: readonly string[],
): Overlap[] {
  const other = (id: string) => id !== item.organisationId && teamOrganisationIds.includes(id);
  const start = today < item.dueOn ? today : item.dueOn;
  const found = new Map<string, Overlap>();
  for (const p of plan) {
    const active = p.status === 'planned' || p.status === 'in_progress';
    if (!active || p.measure !== item.measure || !other(p.organisationId)) continue;
    if (p.createdOn <= item.dueOn && p.dueOn >= start) {
      found.set(`plan:${p.organisationId}`, {
        organisationId: p.organisationId,
        source: 'plan',
        on: p.dueOn,
      });
    }
  }
  const since = shiftDay(today, -(OVERLAP_LOOKBACK_DAYS - 1));
  for (const s of given) {
    if (s.type !== item.measure || !other(s.organisationId) || s.givenOn < since) continue;
    const key = `service:${s.organisationId}`;
    const seen = found.get(key);
    if (!seen || seen.on < s.givenOn)
      found.set(key, { organisationId: s.organisationId, source: 'service', on: s.givenOn });
  }
  return [...found.values()];
}

/** A service is given between the day the case began and today; otherwise the reason, as a code. */
export function serviceDateProblem(givenOn: string, caseBeganOn: string, today: string) {
  if (givenOn > today) return 'service_in_future';
  if (givenOn < caseBeganOn) return 'service_before_case';
  return null;
}

/** The plan's review day: the one asked for, or the configured period after the agreement. */
export const planReviewOn = (agreedOn: string, asked: string | undefined, reviewDays: number) =>
  asked ?? shiftDay(agreedOn, reviewDays);

export type CardFacts = {
  kind: 'trafficking' | 'other_crime';
  identified: boolean;
  identity: 'none' | 'held' | 'erased';
  restricted: boolean;
  anonymised: boolean;
};

/**
 * Why a Human Trafficking Victim Identification Card cannot be issued (codes); none when it can.
 * The card is the written proof of formal identification (seed 000) and carries personal data.
 */
export function cardRefusals(f: CardFacts): (typeof CARD_REFUSALS)[number][] {
  const reasons: (typeof CARD_REFUSALS)[number][] = [];
  if (f.kind !== 'trafficking') reasons.push('card_not_trafficking');
  else if (!f.identified) reasons.push('card_not_identified');
  if (f.identity !== 'held') reasons.push('card_no_identity');
  if (f.restricted) reasons.push('restricted');
  if (f.anonymised) reasons.push('card_anonymised');
  return reasons;
}

/** A card is valid until revoked or past its last day. */
export function cardStatusOf(card: { revokedAt: Date | null; validUntil: string }, today: string) {
  if (card.revokedAt) return 'revoked' as const;
  return card.validUntil < today ? ('expired' as const) : ('valid' as const);
}

/** How long a card stays valid: a year, unless it is revoked first. */
export const CARD_VALID_DAYS = 365;

export const totalCost = (items: readonly { costEur?: number | null | undefined }[]) =>
  Math.round(items.reduce((sum, i) => sum + (i.costEur ?? 0), 0) * 100) / 100;

/** The calendar day a moment falls on in Vilnius. */
export const dayInVilnius = (moment: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Vilnius' }).format(moment);

/** How a case comes to law enforcement's knowledge at first contact: they opened it themselves. */
const LAW_ENFORCEMENT_CONTACTS = ['police', 'border_guard', 'prosecutor_or_court'];

/**
 * Who in law enforcement knows of the case, as the identification card says it: the institution
 * investigating, else the police, border guard or prosecutor who met the person first (the
 * organisation that opened the case); null when neither, and the card says it is not known.
 */
export function lawEnforcementKnowing(input: {
  investigationInstitution: string | null;
  firstContactKind: string;
  origin: string;
}): string | null {
  if (input.investigationInstitution) return input.investigationInstitution;
  return LAW_ENFORCEMENT_CONTACTS.includes(input.firstContactKind) ? input.origin : null;
}
