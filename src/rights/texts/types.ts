import type { z } from 'zod';
import type { RoleName } from '../../access/roles.ts';
import type {
  CASE_EVENTS,
  CASE_KINDS,
  CONSENT_METHODS,
  CONSENT_SCOPES,
  COOPERATION_OUTCOMES,
  EXPLOITATION_FORMS,
  FIRST_CONTACT_KINDS,
  IDENTIFICATION_OUTCOMES,
  INDICATORS,
  NOTE_VISIBILITIES,
  OTHER_CRIME_STATES,
  OTHER_CRIMES,
  REFERRAL_PURPOSES,
  REFERRAL_STATUSES,
  RESIDENCE_PERMIT_STATUSES,
  TEAM_ROLES,
  TRAFFICKING_STATES,
  TRANSITIONS,
  URGENT_NEEDS,
} from '../../cases/catalogue.ts';
import type { AgeBand, CitizenshipPathway, Sex } from '../../people/model.ts';

// The words of the export a person receives, one module per language (lt, en, ru, uk). The type lists
// every code of every closed list, so a language that misses one does not compile.

type Of<T extends readonly string[]> = Record<T[number], string>;

/** Audit actions about a person, their cases and referrals, as the export words them. */
export const AUDIT_ACTIONS = [
  'person.create',
  'person.read',
  'person.lookup',
  'person.export',
  'person.restrict',
  'person.unrestrict',
  'person.erase',
  'case.create',
  'case.read',
  'case.update',
  'case.decide',
  'case.identity.open',
  'case.identity.set',
  'case.consent.record',
  'case.consent.withdraw',
  'case.note.add',
  'case.transition',
  'case.decide.identification',
  'case.decide.cooperation',
  'case.decide.reflection',
  'case.decide.residence_permit',
  'case.duplicate.flagged',
  'case.duplicate.link',
  'case.duplicate.dismiss',
  'referral.create',
  'referral.respond',
  'referral.accept',
  'referral.decline',
  'referral.complete',
  'referral.withdraw',
  'other',
] as const;
export type AuditActionLabel = (typeof AUDIT_ACTIONS)[number];

export type ExportTexts = {
  /** The language the export is written in, as a BCP 47 tag for dates and the names of countries. */
  locale: string;
  title: string;
  /** {date}: when it was made; {organisation}: the data protection officer's organisation. */
  intro: string;
  staffNote: string;
  /** {page}, {pages} */
  page: string;
  yes: string;
  no: string;
  none: string;
  sections: {
    person: string;
    identity: string;
    restriction: string;
    cases: string;
    /** {reference} */
    case: string;
    facts: string;
    consents: string;
    team: string;
    referrals: string;
    decisions: string;
    notes: string;
    timeline: string;
    audit: string;
  };
  person: {
    sex: string;
    ageBand: string;
    citizenshipPathway: string;
    disability: string;
    recordedBy: string;
    recordedOn: string;
    noCases: string;
  };
  identity: {
    givenName: string;
    familyName: string;
    birthDate: string;
    documents: string;
    contacts: string;
    address: string;
    notes: string;
    none: string;
    /** {date} */
    erased: string;
    /** In place of a note that can no longer be read. */
    erasedText: string;
  };
  restriction: {
    /** {date} */
    active: string;
    none: string;
    reason: string;
    /** {date} */
    restrictedOn: string;
    /** {date} */
    liftedOn: string;
  };
  caseFields: {
    kind: string;
    state: string;
    child: string;
    openedOn: string;
    closedOn: string;
    recordedBy: string;
    metAt: string;
    municipality: string;
    placeNote: string;
    firstContact: string;
    exploitation: string;
    otherCrime: string;
    indicators: string;
    age: string;
    citizenship: string;
    languages: string;
    interpreterNeeded: string;
    urgentNeeds: string;
  };
  consent: {
    /** {date}, {method} */
    given: string;
    /** {date} */
    withdrawn: string;
    /** {organisation} */
    forOrganisation: string;
    none: string;
  };
  team: {
    /** {date} */
    since: string;
    /** {from}, {to} */
    between: string;
    none: string;
  };
  referral: {
    /** {from}, {to} */
    route: string;
    purpose: string;
    status: string;
    /** {date} */
    sent: string;
    /** {date} */
    answered: string;
    note: string;
    reason: string;
    sharesIdentity: string;
    none: string;
  };
  decision: {
    identification: string;
    cooperation: string;
    reflection: string;
    /** {from}, {to}, {days} */
    reflectionPeriod: string;
    residencePermit: string;
    decidedOn: string;
    reasons: string;
    note: string;
    none: string;
  };
  notes: { visibility: string; none: string };
  timeline: { reason: string; none: string; organisation: string };
  audit: {
    intro: string;
    none: string;
    organisation: string;
    role: string;
    outcome: string;
  };
  codes: {
    kind: Of<typeof CASE_KINDS>;
    state: Of<typeof TRAFFICKING_STATES> & Of<typeof OTHER_CRIME_STATES>;
    transition: Of<typeof TRANSITIONS>;
    exploitation: Of<typeof EXPLOITATION_FORMS>;
    otherCrime: Of<typeof OTHER_CRIMES>;
    indicator: Record<(typeof INDICATORS)[number], string>;
    urgentNeed: Of<typeof URGENT_NEEDS>;
    firstContact: Of<typeof FIRST_CONTACT_KINDS>;
    consentScope: Of<typeof CONSENT_SCOPES>;
    consentMethod: Of<typeof CONSENT_METHODS>;
    purpose: Of<typeof REFERRAL_PURPOSES>;
    referralStatus: Of<typeof REFERRAL_STATUSES>;
    identification: Of<typeof IDENTIFICATION_OUTCOMES>;
    cooperation: Of<typeof COOPERATION_OUTCOMES>;
    residencePermit: Of<typeof RESIDENCE_PERMIT_STATUSES>;
    sex: Record<z.infer<typeof Sex>, string>;
    ageBand: Record<z.infer<typeof AgeBand>, string>;
    pathway: Record<z.infer<typeof CitizenshipPathway>, string>;
    visibility: Of<typeof NOTE_VISIBILITIES>;
    event: Of<typeof CASE_EVENTS>;
    teamRole: Of<typeof TEAM_ROLES>;
    role: Record<RoleName, string>;
    outcome: Record<'success' | 'denied' | 'failure', string>;
    auditAction: Of<typeof AUDIT_ACTIONS>;
    documentKind: Record<'passport' | 'id_card' | 'residence_permit' | 'other', string>;
    contactKind: Record<'phone' | 'email' | 'other', string>;
  };
};
