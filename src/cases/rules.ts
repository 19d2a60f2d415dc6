import type { z } from 'zod';
import type { RoleName } from '../access/roles.ts';
import type { NeedCode } from '../directory/source.ts';
import type { AgeBand as AgeBandSchema } from '../people/model.ts';
import type { Pathway, REFERRAL_PURPOSES } from './catalogue.ts';
import { municipalityCodeOf } from './municipalities.ts';

// Pure decisions of the referral mechanism other than the workflow and the deadlines: who the person
// is for statistics, who sees their identity, who stays on the team, and where to refer them.

type AgeBand = z.infer<typeof AgeBandSchema>;

export function ageBandOf(age: number | undefined, given: AgeBand | undefined): AgeBand {
  if (age === undefined) return given ?? 'unknown';
  if (age <= 13) return '0-13';
  if (age <= 17) return '14-17';
  if (age <= 24) return '18-24';
  if (age <= 34) return '25-34';
  if (age <= 44) return '35-44';
  if (age <= 54) return '45-54';
  if (age <= 64) return '55-64';
  return '65+';
}

/** A child by age, by age band, or because the officer says so (a presumed child is a child). */
export function isChild(age: number | undefined, band: AgeBand, flagged: boolean | undefined): boolean {
  return flagged === true || (age !== undefined && age < 18) || band === '0-13' || band === '14-17';
}

export type IdentityState = 'none' | 'hidden' | 'openable' | 'shown' | 'erased';

/**
 * May this viewer see this identity: the one decision every path that shows an identity asks (the
 * case page, a person's record, the identification card, the data protection officer's export). The organisation that recorded it and team
 * members it was shared with under consent that still stands see it while on the team; the national
 * coordinator only after stating a reason (break-glass, audited); anyone else never.
 */
export function identityStateFor(input: {
  anonymous: boolean;
  erased: boolean;
  role: RoleName;
  organisationId: string;
  onTeam: boolean;
  holderOrganisationId: string;
  sharedWith: readonly string[];
  /** The coordinator stated a reason for opening it. */
  openedForReason?: boolean;
}): IdentityState {
  if (input.erased) return 'erased';
  if (input.anonymous) return 'none';
  if (input.role === 'national_coordinator') return input.openedForReason ? 'shown' : 'openable';
  // The data protection officer answers the person's own requests (access, restriction, erasure):
  // every step is audited, and no other role can ask for it (policy: person.lookup, person.export).
  if (input.role === 'data_protection_officer') return 'shown';
  const caseRole = [
    'first_responder',
    'case_worker',
    'organisation_manager',
    'return_officer',
    'consular_officer',
  ].includes(input.role);
  const entitled =
    input.organisationId === input.holderOrganisationId || input.sharedWith.includes(input.organisationId);
  return caseRole && input.onTeam && entitled ? 'shown' : 'hidden';
}

const OPENNESS: readonly IdentityState[] = ['hidden', 'openable', 'shown'];

/** A person on several cases: the most that any one of them lets the viewer see. */
export function mostOpen(states: readonly IdentityState[]): IdentityState {
  const personLevel = states.find((s) => s === 'erased' || s === 'none');
  if (personLevel) return personLevel;
  return states.reduce<IdentityState>(
    (best, s) => (OPENNESS.indexOf(s) > OPENNESS.indexOf(best) ? s : best),
    'hidden',
  );
}

/** Criminal proceedings run for the case: the person takes part in them (the cooperation decision). */
export const inCriminalProceedings = (row: { cooperation: { outcome: string } | null }) =>
  row.cooperation?.outcome === 'yes';

/** A team member's role on the case, from what the organisation does in the mechanism. */
export function teamRoleOf(functions: readonly string[], purpose?: string): string {
  if (purpose === 'return' && functions.includes('return_provider')) return 'return_provider';
  if (purpose === 'investigation' && functions.includes('investigator')) return 'investigation';
  if (functions.includes('national_contact_point')) return 'national_contact_point';
  if (functions.includes('support_service')) return 'support_service';
  if (functions.includes('return_provider')) return 'return_provider';
  if (functions.includes('witness_protection')) return 'protection';
  if (functions.includes('legal_aid') || functions.includes('compensation_authority')) return 'legal';
  return 'first_contact';
}

/**
 * Hand-over: when a support service accepts the person, the first responder's organisation leaves the
 * team, unless it is a support service itself and keeps helping, or a consular mission, which leads a
 * citizen's return from abroad with the service (seed 000).
 */
export function originLeavesOnAcceptance(
  acceptingFunctions: readonly string[],
  originFunctions: readonly string[],
) {
  const keepsWorking = originFunctions.includes('support_service') || originFunctions.includes('consular');
  return acceptingFunctions.includes('support_service') && !keepsWorking;
}

type Purpose = (typeof REFERRAL_PURPOSES)[number];

/** Which directory need a referral's purpose asks for. */
export function needForPurpose(purpose: Purpose, kind: 'trafficking' | 'other_crime'): NeedCode {
  switch (purpose) {
    case 'identification':
      return 'trafficking';
    case 'assistance':
    case 'long_term_assistance':
      return kind === 'trafficking' ? 'trafficking' : 'emotional_support';
    case 'shelter':
      return 'shelter';
    case 'return':
      return 'return';
    case 'legal_aid':
      return 'legal';
    case 'protection':
      return 'protection';
    case 'compensation':
      return 'compensation';
    case 'child_protection':
      return 'child_sexual_abuse';
    // The police are met through the emergency line's entry in the directory.
    case 'investigation':
      return 'emergency';
  }
}

/** The directory audiences a person belongs to, for matching "who a service serves". */
export function audiencesOf(
  person: { sex: string; child: boolean; pathway: Pathway },
  kind: string,
): string[] {
  const audiences = ['anyone'];
  if (person.child) audiences.push('children', person.sex === 'male' ? 'boys' : 'girls');
  else if (person.sex === 'female') audiences.push('women');
  else if (person.sex === 'male') audiences.push('men');
  if (person.pathway === 'third_country') audiences.push('third_country_nationals');
  if (person.pathway === 'eu') audiences.push('eu_citizens');
  if (kind === 'other_crime') audiences.push('victims_of_any_crime');
  return audiences;
}

/** Suggested organisations: those serving the person first, then those in the person's municipality. */
export function rankSuggestions<T extends { audiences: string[]; cities: string[]; name: string }>(
  candidates: T[],
  person: { audiences: string[]; municipality: string | null },
): T[] {
  const serves = (c: T) => c.audiences.some((a) => person.audiences.includes(a) && a !== 'anyone');
  const near = (c: T) =>
    person.municipality !== null && c.cities.some((city) => municipalityCodeOf(city) === person.municipality);
  return candidates
    .filter((c) => c.audiences.some((a) => person.audiences.includes(a)))
    .sort(
      (a, b) =>
        Number(serves(b)) - Number(serves(a)) ||
        Number(near(b)) - Number(near(a)) ||
        a.name.localeCompare(b.name, 'lt'),
    );
}

export type ResponsibleDecision =
  | { ok: true }
  | {
      ok: false;
      refusal: 'not_permitted' | 'responsible_not_eligible' | 'responsible_unchanged' | 'reason_required';
    };

/**
 * Naming an organisation's person responsible for a case: anyone may take it themselves, a manager
 * (`mayNameOthers`) may give it to a colleague; only staff who may work the case can hold it; and
 * taking it from someone else needs a reason, which the timeline and the audit trail keep.
 */
export function decideResponsible(input: {
  actorId: string;
  targetId: string;
  mayNameOthers: boolean;
  eligible: readonly string[];
  current: string | null;
  reason: string | undefined;
}): ResponsibleDecision {
  if (input.current === input.targetId) return { ok: false, refusal: 'responsible_unchanged' };
  if (input.targetId !== input.actorId && !input.mayNameOthers)
    return { ok: false, refusal: 'not_permitted' };
  if (!input.eligible.includes(input.targetId)) return { ok: false, refusal: 'responsible_not_eligible' };
  if (input.current && !input.reason) return { ok: false, refusal: 'reason_required' };
  return { ok: true };
}

/**
 * Seed 000's first return pathway: a Lithuanian citizen identified abroad is assisted home by
 * Lithuania's consular mission with an NGO and, where needed, the police, before any support service
 * in Lithuania has the case. It applies while a consular mission is on the team and the case records
 * a Lithuanian found in another country.
 */
export function returnsFromAbroad(facts: {
  citizenship: string | null;
  destinationCountry: string | null | undefined;
  teamFunctions: readonly (readonly string[])[];
}): boolean {
  const abroad = !!facts.destinationCountry && facts.destinationCountry !== 'LT';
  const consulOnTeam = facts.teamFunctions.some((functions) => functions.includes('consular'));
  return facts.citizenship === 'LT' && abroad && consulOnTeam;
}
