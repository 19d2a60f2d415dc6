import { lastDayOf } from '../cases/deadlines.ts';
import type {
  CARD_REFUSALS,
  CLAIM_STAGES,
  CLAIM_STEPS,
  ELIGIBILITY_REASONS,
  RETURN_PARTNERS,
} from './catalogue.ts';

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
};

/**
 * Whether a claim to the Fund for Victims of Crimes can succeed, with every reason it cannot (codes).
 * Each condition has its source in docs/decisions.md: a violent crime (a life taken, health impaired,
 * a crime against freedom or sexual integrity; e-Justice), committed on or after 2005-07-01 (seed 001),
 * against a citizen of Lithuania or another EU state, or a person lawfully and habitually resident in
 * the EU (e-Justice). An unknown citizenship counts as not shown: the residence must be.
 */
export function compensationEligibility(f: EligibilityFacts): {
  eligible: boolean;
  reasons: (typeof ELIGIBILITY_REASONS)[number][];
} {
  const reasons: (typeof ELIGIBILITY_REASONS)[number][] = [];
  if (!VIOLENT.includes(f.crime)) reasons.push('not_violent_crime');
  if (f.crimeOn < COMPENSATION_FROM) reasons.push('crime_before_2005_07_01');
  const euCitizen = f.pathway === 'lithuanian' || f.pathway === 'eu';
  if (!euCitizen && !f.lawfullyResidentInEu) reasons.push('not_eu_citizen_or_resident');
  return { eligible: reasons.length === 0, reasons };
}

type ClaimStage = (typeof CLAIM_STAGES)[number];
type ClaimStep = (typeof CLAIM_STEPS)[number];

/**
 * Why the Ministry cannot take this step on a claim at its stage (a refusal code), or null: a claim is
 * received once, documents are asked for and a decision made only once it is received, and a decision
 * is final here (an appeal goes to the administrative court, outside the mechanism).
 */
export function claimStepRefusal(stage: ClaimStage | null, step: ClaimStep) {
  if (stage === null) return 'claim_not_sent' as const;
  if (stage === 'decided') return 'claim_decided' as const;
  if (step === 'receive') return stage === 'sent' ? null : ('claim_received' as const);
  return stage === 'sent' ? ('claim_not_received' as const) : null;
}

/** The stage a step leaves a claim at. */
export const stageAfter = (step: ClaimStep): ClaimStage =>
  step === 'receive' ? 'received' : step === 'request_documents' ? 'documents_requested' : 'decided';

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

/** Why this organisation may not correct or remove a service (only the one that recorded it may); null when it may. */
export const serviceChangeRefusal = (recordedBy: string, acting: string) =>
  recordedBy === acting ? null : ('not_recorder' as const);

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
 * investigating; else the organisation that opened the case when it is a law-enforcement one (it holds
 * the mechanism's investigator function: the police, the State Border Guard Service) or when its
 * officer recorded meeting the person as police, border guard or prosecutor; null when none, and the
 * card says it is not known.
 */
export function lawEnforcementKnowing(input: {
  investigation: string | null;
  firstContactKind: string;
  origin: { name: string; functions: readonly string[] } | null;
}): string | null {
  if (input.investigation) return input.investigation;
  if (!input.origin) return null;
  const lawEnforcement =
    input.origin.functions.includes('investigator') ||
    LAW_ENFORCEMENT_CONTACTS.includes(input.firstContactKind);
  return lawEnforcement ? input.origin.name : null;
}

/**
 * Why the police may see a case (their organisation on its team): the person consented to contact with
 * law enforcement, or criminal proceedings run (an investigation recorded, or the person takes part in
 * them); null when neither, and the case is not theirs to see.
 */
export function policeGround(facts: {
  consentToLawEnforcement: boolean;
  investigationRecorded: boolean;
  inProceedings: boolean;
}): 'consent' | 'proceedings' | null {
  if (facts.consentToLawEnforcement) return 'consent';
  return facts.investigationRecorded || facts.inProceedings ? 'proceedings' : null;
}
