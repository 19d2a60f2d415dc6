// What each person is told, and in which words: the one catalogue of alerts, shared by the server
// (who is told, the e-mail's lines) and the staff web app (the list, the preferences). No imports:
// the web bundle takes this file as it is. An alert names a kind, a case reference, a deadline and
// a link, never a name, a birth date or a note: the texts below are all an alert says.

/** How a person wants an alert of one kind: by e-mail at once, in a daily e-mail, or only in the app. */
export const DELIVERIES = ['immediately', 'digest', 'app'] as const;
export type Delivery = (typeof DELIVERIES)[number];

type Text = { lt: string; en: string };

/** The roles that work cases: who hears of referrals, deadlines and decisions. */
const CASE_ROLES = [
  'first_responder',
  'case_worker',
  'organisation_manager',
  'return_officer',
  'consular_officer',
  'national_coordinator',
];

type Kind = {
  /** The roles that can receive it (their preferences list it); every account has its own account's alerts. */
  roles: readonly string[] | 'every';
  /** Who is told, in the words of the preferences screen. */
  audience: Text;
  /** The alert's line in the app and in the e-mail. */
  title: Text;
  /** Mandatory alerts cannot be switched off to "in the app only": someone must act on them. */
  mandatory: boolean;
  delivery: Delivery;
};

export const ALERT_KINDS = {
  referral_received: {
    roles: [...CASE_ROLES, 'investigator'],
    audience: {
      lt: 'Jūsų organizacijos nariams, kurie gali atsakyti',
      en: 'Members of your organisation who may answer',
    },
    title: { lt: 'Gautas siuntimas: atsakykite', en: 'A referral has arrived: answer it' },
    mandatory: true,
    delivery: 'immediately',
  },
  referral_accepted: {
    roles: CASE_ROLES,
    audience: { lt: 'Siuntusiam darbuotojui', en: 'The staff member who sent it' },
    title: { lt: 'Siuntimas priimtas', en: 'A referral was accepted' },
    mandatory: false,
    delivery: 'digest',
  },
  referral_declined: {
    roles: CASE_ROLES,
    audience: { lt: 'Siuntusiam darbuotojui', en: 'The staff member who sent it' },
    title: {
      lt: 'Siuntimas atmestas: raskite kitą paslaugą',
      en: 'A referral was declined: find another service',
    },
    mandatory: false,
    delivery: 'immediately',
  },
  referral_withdrawn: {
    roles: CASE_ROLES,
    audience: { lt: 'Gavusios organizacijos nariams', en: 'Members of the organisation that received it' },
    title: { lt: 'Siuntimas atšauktas', en: 'A referral was withdrawn' },
    mandatory: false,
    delivery: 'digest',
  },
  referral_overdue: {
    roles: CASE_ROLES,
    audience: {
      lt: 'Siuntusiam darbuotojui ir nacionaliniam koordinatoriui',
      en: 'The sender and the national coordinator',
    },
    title: { lt: 'Į siuntimą neatsakyta laiku', en: 'A referral was not answered in time' },
    mandatory: true,
    delivery: 'immediately',
  },
  deadline_due_soon: {
    roles: [...CASE_ROLES, 'data_protection_officer'],
    audience: {
      lt: 'Atsakingam darbuotojui (koordinatoriui – nacionaliniai terminai)',
      en: 'The responsible worker (the coordinator for national deadlines)',
    },
    title: { lt: 'Artėja terminas', en: 'A deadline is near' },
    mandatory: false,
    delivery: 'digest',
  },
  deadline_overdue: {
    roles: [...CASE_ROLES, 'data_protection_officer'],
    audience: {
      lt: 'Atsakingam darbuotojui (koordinatoriui – nacionaliniai terminai)',
      en: 'The responsible worker (the coordinator for national deadlines)',
    },
    title: { lt: 'Terminas praleistas', en: 'A deadline has passed' },
    mandatory: true,
    delivery: 'immediately',
  },
  duplicate_suspected: {
    roles: ['national_coordinator'],
    audience: { lt: 'Nacionaliniam koordinatoriui', en: 'The national coordinator' },
    title: { lt: 'Galimas pasikartojantis atvejis', en: 'A possible duplicate case' },
    mandatory: false,
    delivery: 'digest',
  },
  decision_made: {
    roles: CASE_ROLES,
    audience: { lt: 'Atvejo komandai', en: 'The case team' },
    title: {
      lt: 'Priimtas identifikavimo ar bendradarbiavimo sprendimas',
      en: 'An identification or cooperation decision was made',
    },
    mandatory: false,
    delivery: 'digest',
  },
  approval_requested: {
    roles: ['case_worker', 'organisation_manager', 'return_officer'],
    audience: {
      lt: 'Organizacijos vadovui ir paskirtiems tvirtintojams',
      en: "The organisation's manager and the approvers it names",
    },
    title: { lt: 'Laukia jūsų patvirtinimo', en: 'Work waits for your approval' },
    mandatory: false,
    delivery: 'immediately',
  },
  approval_decided: {
    roles: ['case_worker', 'organisation_manager', 'return_officer'],
    audience: { lt: 'Prašiusiam patvirtinti darbuotojui', en: 'The worker who asked for approval' },
    title: {
      lt: 'Jūsų darbas patvirtintas arba grąžintas su pastabomis',
      en: 'Your work was approved or returned with comments',
    },
    mandatory: false,
    delivery: 'immediately',
  },
  reconsideration_requested: {
    roles: ['national_coordinator'],
    audience: { lt: 'Nacionaliniam koordinatoriui', en: 'The national coordinator' },
    title: {
      lt: 'Prašoma peržiūrėti identifikavimo sprendimą',
      en: 'The identification decision is asked to be reconsidered',
    },
    mandatory: true,
    delivery: 'immediately',
  },
  reconsideration_decided: {
    roles: CASE_ROLES,
    audience: { lt: 'Atvejo komandai', en: 'The case team' },
    title: {
      lt: 'Priimtas sprendimas dėl identifikavimo peržiūros',
      en: 'The reconsideration of the identification decision was decided',
    },
    mandatory: false,
    delivery: 'immediately',
  },
  case_handed_over: {
    roles: CASE_ROLES,
    audience: { lt: 'Naujai atvejo komandai', en: 'The new case team' },
    title: { lt: 'Atvejis perduotas jūsų organizacijai', en: 'A case was handed over to your organisation' },
    mandatory: false,
    delivery: 'immediately',
  },
  case_assigned: {
    roles: CASE_ROLES,
    audience: { lt: 'Darbuotojui, kuriam paskirtas atvejis', en: 'The worker the case is assigned to' },
    title: { lt: 'Jums paskirtas atvejis', en: 'A case is now yours' },
    mandatory: false,
    delivery: 'immediately',
  },
  compensation_claim_received: {
    roles: ['compensation_officer'],
    audience: {
      lt: 'Teisingumo ministerijos kompensacijų pareigūnams',
      en: 'Compensation officers of the Ministry of Justice',
    },
    title: {
      lt: 'Gautas prašymas dėl kompensacijos: užregistruokite',
      en: 'A compensation claim has arrived: record its receipt',
    },
    mandatory: true,
    delivery: 'immediately',
  },
  compensation_documents_requested: {
    roles: CASE_ROLES,
    audience: { lt: 'Prašymą siuntusiai organizacijai', en: 'The organisation that sent the claim' },
    title: {
      lt: 'Teisingumo ministerija prašo dokumentų kompensacijai',
      en: 'The Ministry of Justice asks for documents for a compensation claim',
    },
    mandatory: true,
    delivery: 'immediately',
  },
  compensation_decided: {
    roles: CASE_ROLES,
    audience: { lt: 'Atvejo komandai', en: 'The case team' },
    title: {
      lt: 'Teisingumo ministerija priėmė sprendimą dėl kompensacijos',
      en: 'The Ministry of Justice decided on a compensation claim',
    },
    mandatory: false,
    delivery: 'immediately',
  },
  subject_request_received: {
    roles: ['data_protection_officer'],
    audience: { lt: 'Duomenų apsaugos pareigūnui', en: 'The data protection officer' },
    title: {
      lt: 'Gautas duomenų subjekto prašymas: atsakykite per mėnesį',
      en: 'A data-subject request was received: answer within one month',
    },
    mandatory: true,
    delivery: 'immediately',
  },
  account_locked: {
    roles: 'every',
    audience: { lt: 'Paskyros savininkui', en: 'The account holder' },
    title: {
      lt: 'Jūsų paskyra laikinai užrakinta po nesėkmingų bandymų prisijungti',
      en: 'Your account was locked after failed logins',
    },
    mandatory: true,
    delivery: 'immediately',
  },
  second_factor_changed: {
    roles: 'every',
    audience: { lt: 'Paskyros savininkui', en: 'The account holder' },
    title: { lt: 'Nustatytas naujas antrasis veiksnys', en: 'A new second factor was set up' },
    mandatory: true,
    delivery: 'immediately',
  },
  new_device_login: {
    roles: 'every',
    audience: { lt: 'Paskyros savininkui', en: 'The account holder' },
    title: { lt: 'Prisijungta iš naujo įrenginio', en: 'A login from a new device' },
    mandatory: true,
    delivery: 'immediately',
  },
  password_changed: {
    roles: 'every',
    audience: { lt: 'Paskyros savininkui', en: 'The account holder' },
    title: { lt: 'Jūsų slaptažodis pakeistas', en: 'Your password was changed' },
    mandatory: true,
    delivery: 'immediately',
  },
} as const satisfies Record<string, Kind>;

export type AlertKind = keyof typeof ALERT_KINDS;
export const ALERT_KIND_NAMES = Object.keys(ALERT_KINDS) as AlertKind[];

/** The deadlines an alert may name, as the case's deadline engine names them, plus a card's end. */
export const ALERT_DEADLINES = {
  referral_response: { lt: 'atsakymas į siuntimą', en: 'answer to a referral' },
  identification_decision: { lt: 'identifikavimo sprendimas', en: 'identification decision' },
  reflection_period_end: {
    lt: 'apmąstymų laikotarpio pabaiga (leidimas gyventi)',
    en: 'end of the reflection period (residence permit)',
  },
  plan_review: { lt: 'pagalbos plano peržiūra', en: 'assistance plan review' },
  follow_up: { lt: 'tolesnis patikrinimas', en: 'follow-up' },
  card_expiry: { lt: 'pažymėjimo galiojimo pabaiga', en: 'identification card expiry' },
  subject_request: { lt: 'atsakymas duomenų subjektui', en: 'answer to the data subject' },
} as const;
export type AlertDeadline = keyof typeof ALERT_DEADLINES;

/** Why an alerts request is refused (409 with `refusal`). */
export const ALERT_REFUSALS = ['alert_mandatory'] as const;
export type AlertRefusal = (typeof ALERT_REFUSALS)[number];
declare module '../platform/errors.ts' {
  interface Refusals extends Record<AlertRefusal, true> {}
}
