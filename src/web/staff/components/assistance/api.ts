import { call, href } from '../../api.ts';
import type { RouteInput, RouteKey } from '../../contract/routes.ts';
import type { PrintLanguage, ServiceEntry } from './types.ts';

type Body<K extends RouteKey> = RouteInput<K>['body'];
const at = (caseId: string) => ({ params: { id: caseId } });

/** The assistance of one case: every change answers with the whole view. */
export const assistanceApi = {
  view: (caseId: string) => call('GET /api/cases/:id/assistance', at(caseId)),
  giveRights: (caseId: string, input: Body<'POST /api/cases/:id/assistance/rights'>) =>
    call('POST /api/cases/:id/assistance/rights', { ...at(caseId), body: input }),
  assess: (caseId: string, input: Body<'POST /api/cases/:id/assistance/assessments'>) =>
    call('POST /api/cases/:id/assistance/assessments', { ...at(caseId), body: input }),
  /** Other organisations of the team that already plan or give this help in that period. */
  overlaps: (caseId: string, q: RouteInput<'GET /api/cases/:id/assistance/overlaps'>['query']) =>
    call('GET /api/cases/:id/assistance/overlaps', { ...at(caseId), query: q }),
  addPlanItem: (caseId: string, input: Body<'POST /api/cases/:id/assistance/plan-items'>) =>
    call('POST /api/cases/:id/assistance/plan-items', { ...at(caseId), body: input }),
  updatePlanItem: (
    caseId: string,
    itemId: string,
    input: Body<'PATCH /api/cases/:id/assistance/plan-items/:itemId'>,
  ) =>
    call('PATCH /api/cases/:id/assistance/plan-items/:itemId', {
      params: { id: caseId, itemId },
      body: input,
    }),
  agreePlan: (caseId: string, input: Body<'POST /api/cases/:id/assistance/plan-agreements'>) =>
    call('POST /api/cases/:id/assistance/plan-agreements', { ...at(caseId), body: input }),
  recordServices: (caseId: string, services: ServiceEntry[]) =>
    call('POST /api/cases/:id/assistance/services', { ...at(caseId), body: { services } }),
  correctService: (
    caseId: string,
    serviceId: string,
    input: Body<'PUT /api/cases/:id/assistance/services/:serviceId'>,
  ) =>
    call('PUT /api/cases/:id/assistance/services/:serviceId', {
      params: { id: caseId, serviceId },
      body: input,
    }),
  removeService: (
    caseId: string,
    serviceId: string,
    input: Body<'POST /api/cases/:id/assistance/services/:serviceId/removal'>,
  ) =>
    call('POST /api/cases/:id/assistance/services/:serviceId/removal', {
      params: { id: caseId, serviceId },
      body: input,
    }),
  saveReturn: (caseId: string, input: Body<'PUT /api/cases/:id/assistance/return'>) =>
    call('PUT /api/cases/:id/assistance/return', { ...at(caseId), body: input }),
  linkInvestigation: (caseId: string, input: Body<'PUT /api/cases/:id/assistance/investigation'>) =>
    call('PUT /api/cases/:id/assistance/investigation', { ...at(caseId), body: input }),
  addLegalStep: (caseId: string, input: Body<'POST /api/cases/:id/assistance/legal-steps'>) =>
    call('POST /api/cases/:id/assistance/legal-steps', { ...at(caseId), body: input }),
  updateLegalStep: (
    caseId: string,
    stepId: string,
    input: Body<'PATCH /api/cases/:id/assistance/legal-steps/:stepId'>,
  ) =>
    call('PATCH /api/cases/:id/assistance/legal-steps/:stepId', {
      params: { id: caseId, stepId },
      body: input,
    }),
  saveCompensation: (caseId: string, input: Body<'PUT /api/cases/:id/assistance/compensation'>) =>
    call('PUT /api/cases/:id/assistance/compensation', { ...at(caseId), body: input }),
  handOver: (caseId: string, input: Body<'POST /api/cases/:id/assistance/long-term'>) =>
    call('POST /api/cases/:id/assistance/long-term', { ...at(caseId), body: input }),
  setFollowUp: (caseId: string, input: Body<'PUT /api/cases/:id/assistance/follow-up'>) =>
    call('PUT /api/cases/:id/assistance/follow-up', { ...at(caseId), body: input }),
  issueCard: (caseId: string, reason?: string) =>
    call('POST /api/cases/:id/cards', { params: { id: caseId }, body: reason ? { reason } : {} }),
  revokeCard: (caseId: string, cardId: string, reason: string) =>
    call('POST /api/cases/:id/cards/:cardId/revoke', { params: { id: caseId, cardId }, body: { reason } }),

  // Printable documents: addresses the browser opens with the session it has.
  rightsLeafletUrl: (lang: PrintLanguage, kind: 'trafficking' | 'other_crime') =>
    href('GET /api/assistance/rights-leaflet', { query: { lang, kind } }),
  planPdfUrl: (caseId: string, lang: PrintLanguage) =>
    href('GET /api/cases/:id/assistance/plan.pdf', { ...at(caseId), query: { lang } }),
  cardPdfUrl: (caseId: string, cardId: string, lang: 'lt' | 'en') =>
    href('GET /api/cases/:id/cards/:cardId/pdf', { params: { id: caseId, cardId }, query: { lang } }),

  consultations: (range: RouteInput<'GET /api/consultations'>['query']) =>
    call('GET /api/consultations', { query: range }),
  recordConsultation: (input: Body<'POST /api/consultations'>) =>
    call('POST /api/consultations', { body: input }),
};
