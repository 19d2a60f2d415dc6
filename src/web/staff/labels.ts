import type { TFunction } from 'i18next';
import { FUNDING_PROGRAMMES } from '../../funding/catalogue.ts';
import {
  AWARENESS_KINDS,
  FUNDING_SOURCES,
  MEASURE_STATES,
  PROFESSIONS,
  REPORT_PROGRESS,
} from '../../programme/catalogue.ts';
import {
  ASSISTANCE_TABS,
  CARD_REFUSALS,
  CARD_STATUSES,
  CLAIM_DECISIONS,
  CLAIM_STAGES,
  CLAIM_STEPS,
  COMPENSATION_CRIMES,
  COMPENSATION_REASONS,
  COMPENSATION_STATUSES,
  CONSULTATION_AUDIENCES,
  CONSULTATION_CHANNELS,
  CONSULTATION_TOPICS,
  INVESTIGATING_INSTITUTIONS,
  INVESTIGATION_OUTCOMES,
  LEGAL_STEP_KINDS,
  LEGAL_STEP_STATUSES,
  NEED_DOMAINS,
  PLAN_ITEM_STATUSES,
  POLICE_GROUNDS,
  PROTECTION_MEASURES,
  RETURN_HELP_KINDS,
  RETURN_HELP_STATUSES,
  RETURN_PARTNERS,
  RETURN_STATUSES,
  RIGHTS_FORMS,
  RISK_LEVELS,
  SERVICE_MODES,
  SERVICE_TYPES,
  URGENCIES,
} from './components/assistance/types.ts';
import type { ChoiceOption } from './components/ChoiceField.tsx';
import {
  AGE_BANDS,
  CASE_EVENTS,
  CASE_KINDS,
  CASE_STATES,
  CITIZENSHIP_PATHWAYS,
  CONSENT_METHODS,
  CONSENT_SCOPES,
  COOPERATION_OUTCOMES,
  DEADLINE_KINDS,
  EXPLOITATION_FORMS,
  FIRST_CONTACT_KINDS,
  IDENTIFICATION_OUTCOMES,
  INDICATOR_GROUPS,
  INDICATORS,
  NOTE_VISIBILITIES,
  OTHER_CRIMES,
  REFERRAL_PURPOSES,
  REFERRAL_STATUSES,
  RESIDENCE_PERMIT_STATUSES,
  SEXES,
  TEAM_ROLES,
  TRANSITIONS,
  URGENT_NEEDS,
} from './contract/cases.ts';
import { CASE_DOCUMENT_KINDS } from './contract/documents.ts';
import { SUBJECT_REQUEST_CHANNELS, SUBJECT_REQUEST_KINDS } from './contract/rights.ts';
import { i18n } from './i18n/index.ts';

/** The kinds of identity document the forms offer; any other text the server holds is shown as it is. */
export const DOCUMENT_KINDS = ['passport', 'id_card', 'residence_permit', 'other'] as const;

/** Every closed list whose codes the catalogues name, under "catalogue.<list>.<code>". */
export const LABELLED_LISTS = {
  kind: CASE_KINDS,
  exploitation: EXPLOITATION_FORMS,
  otherCrime: OTHER_CRIMES,
  indicatorGroup: Object.keys(INDICATOR_GROUPS),
  indicator: INDICATORS,
  urgentNeed: URGENT_NEEDS,
  firstContact: FIRST_CONTACT_KINDS,
  consentScope: CONSENT_SCOPES,
  consentMethod: CONSENT_METHODS,
  purpose: REFERRAL_PURPOSES,
  referralStatus: REFERRAL_STATUSES,
  identification: IDENTIFICATION_OUTCOMES,
  cooperation: COOPERATION_OUTCOMES,
  residencePermit: RESIDENCE_PERMIT_STATUSES,
  state: CASE_STATES,
  transition: TRANSITIONS,
  deadline: DEADLINE_KINDS,
  visibility: NOTE_VISIBILITIES,
  sex: SEXES,
  ageBand: AGE_BANDS,
  pathway: CITIZENSHIP_PATHWAYS,
  documentKind: DOCUMENT_KINDS,
  caseDocument: CASE_DOCUMENT_KINDS,
  teamRole: TEAM_ROLES,
  event: CASE_EVENTS,
  assistanceTab: ASSISTANCE_TABS,
  rightsForm: RIGHTS_FORMS,
  needDomain: NEED_DOMAINS,
  urgency: URGENCIES,
  riskLevel: RISK_LEVELS,
  serviceType: SERVICE_TYPES,
  serviceMode: SERVICE_MODES,
  planItemStatus: PLAN_ITEM_STATUSES,
  returnHelp: RETURN_HELP_KINDS,
  returnHelpStatus: RETURN_HELP_STATUSES,
  returnStatus: RETURN_STATUSES,
  returnPartner: RETURN_PARTNERS,
  protectionMeasure: PROTECTION_MEASURES,
  legalStepKind: LEGAL_STEP_KINDS,
  legalStepStatus: LEGAL_STEP_STATUSES,
  institution: INVESTIGATING_INSTITUTIONS,
  compensationCrime: COMPENSATION_CRIMES,
  compensationStatus: COMPENSATION_STATUSES,
  compensationReason: COMPENSATION_REASONS,
  investigationOutcome: INVESTIGATION_OUTCOMES,
  claimStage: CLAIM_STAGES,
  claimDecision: CLAIM_DECISIONS,
  claimStep: CLAIM_STEPS,
  policeGround: POLICE_GROUNDS,
  cardStatus: CARD_STATUSES,
  cardRefusal: CARD_REFUSALS,
  consultationTopic: CONSULTATION_TOPICS,
  consultationChannel: CONSULTATION_CHANNELS,
  consultationAudience: CONSULTATION_AUDIENCES,
  fundingProgramme: FUNDING_PROGRAMMES,
  profession: PROFESSIONS,
  fundingSource: FUNDING_SOURCES,
  awarenessKind: AWARENESS_KINDS,
  measureState: MEASURE_STATES,
  reportProgress: REPORT_PROGRESS,
  subjectRequestKind: SUBJECT_REQUEST_KINDS,
  subjectRequestChannel: SUBJECT_REQUEST_CHANNELS,
} as const satisfies Record<string, readonly string[]>;

export type LabelledList = keyof typeof LABELLED_LISTS;

/** A code in plain words in the interface language; the code itself if the catalogue does not know it. */
export function codeName(t: TFunction, list: LabelledList, code: string): string {
  const key = `catalogue.${list}.${code}`;
  return i18n.exists(key) ? t(key) : code;
}

/** The codes as choices for a form, each with its name. */
export function codeOptions<T extends string>(
  t: TFunction,
  list: LabelledList,
  codes: readonly T[],
): ChoiceOption<T>[] {
  return codes.map((code) => ({ value: code, label: codeName(t, list, code) }));
}
