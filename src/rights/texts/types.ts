import type { z } from 'zod';
import type { RoleName } from '../../access/roles.ts';
import type {
  CARD_STATUSES,
  COMPENSATION_CRIMES,
  COMPENSATION_STATUSES,
  ELIGIBILITY_REASONS,
  INVESTIGATING_INSTITUTIONS,
  LEGAL_STEP_KINDS,
  LEGAL_STEP_STATUSES,
  PROTECTION_MEASURES,
  RETURN_HELP_KINDS,
  RETURN_HELP_STATUSES,
  RETURN_PARTNERS,
  RETURN_STATUSES,
  RIGHTS_FORMS,
  RISK_LEVELS,
  SERVICE_MODES,
  URGENCIES,
} from '../../assistance/catalogue.ts';
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
import type { CASE_DOCUMENT_KINDS } from '../../documents/catalogue.ts';
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
  'case.assign',
  'case.duplicates.resolve',
  'assistance.read',
  'assistance.record',
  'assistance.rights',
  'assistance.assessment',
  'assistance.plan_item.add',
  'assistance.plan_item.change',
  'assistance.plan.agree',
  'approval.request',
  'approval.decide',
  'approval.read',
  'case.reconsideration.request',
  'case.reconsideration.read',
  'case.decide.reconsideration',
  'assistance.plan.print',
  'assistance.services',
  'assistance.service.correct',
  'assistance.service.remove',
  'assistance.return',
  'assistance.investigation',
  'assistance.legal_step.add',
  'assistance.legal_step.change',
  'assistance.compensation',
  'assistance.long_term',
  'assistance.follow_up',
  'card.issue',
  'card.print',
  'card.revoke',
  'document.upload',
  'document.list',
  'document.download',
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
    rightsGiven: string;
    assessments: string;
    plan: string;
    services: string;
    return: string;
    legal: string;
    longTerm: string;
    cards: string;
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
    /** Where the person was taken to and exploited. */
    destinationCountry: string;
    languages: string;
    interpreterNeeded: string;
    urgentNeeds: string;
    /** What the person said no to when asked at intake. */
    consentsRefused: string;
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
  /** The files attached to a case. */
  attachments: {
    section: string;
    none: string;
    /** Where the files themselves are: the PDF lists them, the JSON copy holds them. */
    inCopy: string;
    kind: Of<typeof CASE_DOCUMENT_KINDS>;
  };
  timeline: { reason: string; none: string; organisation: string };
  audit: {
    intro: string;
    none: string;
    organisation: string;
    role: string;
    outcome: string;
    /** An attempt by someone else that was refused. {who}: their organisation and role. */
    denied: string;
    /** A refused attempt whose entry names no organisation. */
    deniedUnknown: string;
    /** An attempt that failed on an error. */
    failed: string;
    /** A read that showed the person's identity. */
    identityShown: string;
    /** A read by an organisation off the case's team (the national coordinator's). */
    outsideTeam: string;
    /** A copy of the data was made. {format}: PDF or JSON; {language} */
    copy: string;
  };
  /** Assistance given on a case: rights, assessment, plan, services, return, legal steps, cards. */
  assistance: {
    /** Which organisation recorded it (staff appear by organisation, not by name). */
    by: string;
    /** {form}, {language} */
    rightsGiven: string;
    rightsNone: string;
    assessedOn: string;
    /** The assessment in force; earlier ones are kept as they were. */
    current: string;
    earlier: string;
    needs: string;
    /** {need}, {urgency} */
    need: string;
    risk: string;
    riskReasons: string;
    changeReason: string;
    assessmentsNone: string;
    planItems: string;
    /** {need}, {measure}, {organisation}, {date}, {status} */
    planItem: string;
    planNone: string;
    agreement: string;
    /** {date} */
    agreedOn: string;
    victimWords: string;
    reviewOn: string;
    notAgreed: string;
    /** {type}, {date}, {mode} */
    service: string;
    /** {minutes} */
    minutes: string;
    amount: string;
    servicesNone: string;
    /** {date}: a service recorded was put right on that day */
    serviceCorrected: string;
    /** {date}: a service recorded by mistake was taken out on that day */
    serviceRemoved: string;
    /** What the service was recorded as before the change */
    serviceWas: string;
    /** What it was corrected to */
    serviceNow: string;
    /** Why it was corrected or removed */
    changeWhy: string;
    returnNone: string;
    returnPathway: string;
    returnPartners: string;
    destination: string;
    travelOn: string;
    receivingOrganisation: string;
    returnStatus: string;
    returnHelp: string;
    cost: string;
    totalCost: string;
    reintegration: string;
    organisation: string;
    investigation: string;
    institution: string;
    caseNumber: string;
    startedOn: string;
    officer: string;
    officerContact: string;
    investigationNone: string;
    legalSteps: string;
    /** {kind}, {status}, {date} */
    legalStep: string;
    measure: string;
    legalStepsNone: string;
    compensation: string;
    crime: string;
    crimeOn: string;
    compensationStatus: string;
    filedOn: string;
    lawfullyResidentInEu: string;
    eligible: string;
    notEligible: string;
    compensationNone: string;
    longTermNone: string;
    municipality: string;
    contact: string;
    handedOverOn: string;
    followUpOn: string;
    note: string;
    cardsNone: string;
    /** {number} */
    card: string;
    cardIssuedOn: string;
    cardValidUntil: string;
    cardStatus: string;
    cardRevokedOn: string;
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
    rightsForm: Of<typeof RIGHTS_FORMS>;
    urgency: Of<typeof URGENCIES>;
    risk: Of<typeof RISK_LEVELS>;
    serviceMode: Of<typeof SERVICE_MODES>;
    returnHelp: Of<typeof RETURN_HELP_KINDS>;
    returnHelpStatus: Of<typeof RETURN_HELP_STATUSES>;
    returnStatus: Of<typeof RETURN_STATUSES>;
    returnPartner: Of<typeof RETURN_PARTNERS>;
    protection: Of<typeof PROTECTION_MEASURES>;
    legalStepKind: Of<typeof LEGAL_STEP_KINDS>;
    legalStepStatus: Of<typeof LEGAL_STEP_STATUSES>;
    institution: Of<typeof INVESTIGATING_INSTITUTIONS>;
    compensationCrime: Of<typeof COMPENSATION_CRIMES>;
    compensationStatus: Of<typeof COMPENSATION_STATUSES>;
    eligibility: Of<typeof ELIGIBILITY_REASONS>;
    cardStatus: Of<typeof CARD_STATUSES>;
  };
};
