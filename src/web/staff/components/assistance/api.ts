import { id, query, request } from '../../api.ts';

import type {
  AssessmentInput,
  AssistanceView,
  CompensationInput,
  ConsultationInput,
  ConsultationList,
  ConsultationView,
  FollowUpInput,
  InvestigationInput,
  LegalStepInput,
  LegalStepUpdateInput,
  LongTermInput,
  OverlapList,
  PlanAgreementInput,
  PlanItemInput,
  PlanItemUpdateInput,
  PrintLanguage,
  ReturnInput,
  RightsInput,
  ServiceEntry,
} from './types.ts';

const of = (caseId: string) => `/api/cases/${id(caseId)}/assistance`;
const post = (caseId: string, path: string, body: unknown) =>
  request<AssistanceView>('POST', `${of(caseId)}/${path}`, body);
const put = (caseId: string, path: string, body: unknown) =>
  request<AssistanceView>('PUT', `${of(caseId)}/${path}`, body);
const patch = (caseId: string, path: string, body: unknown) =>
  request<AssistanceView>('PATCH', `${of(caseId)}/${path}`, body);

/** The assistance of one case: every change answers with the whole view. */
export const assistanceApi = {
  view: (caseId: string) => request<AssistanceView>('GET', of(caseId)),
  giveRights: (caseId: string, input: RightsInput) => post(caseId, 'rights', input),
  assess: (caseId: string, input: AssessmentInput) => post(caseId, 'assessments', input),
  /** Other organisations of the team that already plan or give this help in that period. */
  overlaps: (caseId: string, q: { measure: string; organisationId: string; dueOn: string }) =>
    request<OverlapList>('GET', `${of(caseId)}/overlaps${query(q)}`),
  addPlanItem: (caseId: string, input: PlanItemInput) => post(caseId, 'plan-items', input),
  updatePlanItem: (caseId: string, itemId: string, input: PlanItemUpdateInput) =>
    patch(caseId, `plan-items/${id(itemId)}`, input),
  agreePlan: (caseId: string, input: PlanAgreementInput) => post(caseId, 'plan-agreements', input),
  recordServices: (caseId: string, services: ServiceEntry[]) => post(caseId, 'services', { services }),
  saveReturn: (caseId: string, input: ReturnInput) => put(caseId, 'return', input),
  linkInvestigation: (caseId: string, input: InvestigationInput) => put(caseId, 'investigation', input),
  addLegalStep: (caseId: string, input: LegalStepInput) => post(caseId, 'legal-steps', input),
  updateLegalStep: (caseId: string, stepId: string, input: LegalStepUpdateInput) =>
    patch(caseId, `legal-steps/${id(stepId)}`, input),
  saveCompensation: (caseId: string, input: CompensationInput) => put(caseId, 'compensation', input),
  handOver: (caseId: string, input: LongTermInput) => post(caseId, 'long-term', input),
  setFollowUp: (caseId: string, input: FollowUpInput) => put(caseId, 'follow-up', input),
  issueCard: (caseId: string) => request<AssistanceView>('POST', `/api/cases/${id(caseId)}/cards`, {}),
  revokeCard: (caseId: string, cardId: string, reason: string) =>
    request<AssistanceView>('POST', `/api/cases/${id(caseId)}/cards/${id(cardId)}/revoke`, { reason }),

  // Printable documents: addresses the browser opens with the session it has.
  rightsLeafletUrl: (lang: PrintLanguage, kind: 'trafficking' | 'other_crime') =>
    `/api/assistance/rights-leaflet${query({ lang, kind })}`,
  planPdfUrl: (caseId: string, lang: PrintLanguage) => `${of(caseId)}/plan.pdf${query({ lang })}`,
  cardPdfUrl: (caseId: string, cardId: string, lang: 'lt' | 'en') =>
    `/api/cases/${id(caseId)}/cards/${id(cardId)}/pdf${query({ lang })}`,

  consultations: (range: { from?: string; to?: string }) =>
    request<ConsultationList>('GET', `/api/consultations${query(range)}`),
  recordConsultation: (input: ConsultationInput) =>
    request<ConsultationView>('POST', '/api/consultations', input),
};
