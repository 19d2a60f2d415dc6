import type { TFunction } from 'i18next';
import type { ChoiceOption } from './components/ChoiceField.tsx';
import { i18n } from './i18n/index.ts';
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
} from './types.ts';

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
  teamRole: TEAM_ROLES,
  event: CASE_EVENTS,
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
