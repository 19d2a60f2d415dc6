import { z } from 'zod';
import { IdParams } from '../access/model.ts';
import { contract } from '../platform/http/contract.ts';
import {
  ClaimList,
  ClaimStepInput,
  ClaimView,
  PoliceCaseList,
  PoliceCaseView,
  ProtectionAnswerInput,
  ProtectionRequestInput,
  SendClaimInput,
} from './legal-model.ts';
import {
  AssessmentInput,
  AssistanceView,
  CardIssueInput,
  CardPdfQuery,
  CardRevokeInput,
  CompensationInput,
  ConsultationInput,
  ConsultationList,
  ConsultationQuery,
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
  PoliceInvestigationInput,
  PrintQuery,
  ReturnInput,
  RightsInput,
  ServiceCorrectionInput,
  ServiceRemovalInput,
  ServicesInput,
  ServiceType,
} from './model.ts';

// The routes of assistance, prints, cards and consultations, as the staff app calls them.
// Each route spreads its contract into its definition; the staff app reads them as types only
// (src/web/staff/contract/routes.ts), so neither can change a path, a body or an answer alone.

const ItemParams = z.object({ id: z.uuid(), itemId: z.uuid() });
const StepParams = z.object({ id: z.uuid(), stepId: z.uuid() });
const ServiceParams = z.object({ id: z.uuid(), serviceId: z.uuid() });
const CardParams = z.object({ id: z.uuid(), cardId: z.uuid() });
const OverlapQuery = z.object({ measure: ServiceType, organisationId: z.uuid(), dueOn: z.iso.date() });
const LeafletQuery = PrintQuery.extend({
  kind: z.enum(['trafficking', 'other_crime']).default('trafficking'),
});
/** A card's token as issued: a QR code always carries one; anything else is not a card. */
const TokenParams = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'card_token: not a card token'),
});
const VerifyQuery = z.object({ lang: z.enum(['lt', 'en']).default('lt') });

export const readAssistance = contract({
  method: 'GET',
  url: '/api/cases/:id/assistance',
  params: IdParams,
  response: AssistanceView,
});

export const giveRights = contract({
  method: 'POST',
  url: '/api/cases/:id/assistance/rights',
  params: IdParams,
  body: RightsInput,
  response: AssistanceView,
});

export const assess = contract({
  method: 'POST',
  url: '/api/cases/:id/assistance/assessments',
  params: IdParams,
  body: AssessmentInput,
  response: AssistanceView,
});

export const addPlanItem = contract({
  method: 'POST',
  url: '/api/cases/:id/assistance/plan-items',
  params: IdParams,
  body: PlanItemInput,
  response: AssistanceView,
});

export const agreePlan = contract({
  method: 'POST',
  url: '/api/cases/:id/assistance/plan-agreements',
  params: IdParams,
  body: PlanAgreementInput,
  response: AssistanceView,
});

export const recordServices = contract({
  method: 'POST',
  url: '/api/cases/:id/assistance/services',
  params: IdParams,
  body: ServicesInput,
  response: AssistanceView,
});

export const correctService = contract({
  method: 'PUT',
  url: '/api/cases/:id/assistance/services/:serviceId',
  params: ServiceParams,
  body: ServiceCorrectionInput,
  response: AssistanceView,
});

export const removeService = contract({
  method: 'POST',
  url: '/api/cases/:id/assistance/services/:serviceId/removal',
  params: ServiceParams,
  body: ServiceRemovalInput,
  response: AssistanceView,
});

export const saveReturn = contract({
  method: 'PUT',
  url: '/api/cases/:id/assistance/return',
  params: IdParams,
  body: ReturnInput,
  response: AssistanceView,
});

export const linkInvestigation = contract({
  method: 'PUT',
  url: '/api/cases/:id/assistance/investigation',
  params: IdParams,
  body: InvestigationInput,
  response: AssistanceView,
});

export const addLegalStep = contract({
  method: 'POST',
  url: '/api/cases/:id/assistance/legal-steps',
  params: IdParams,
  body: LegalStepInput,
  response: AssistanceView,
});

export const saveCompensation = contract({
  method: 'PUT',
  url: '/api/cases/:id/assistance/compensation',
  params: IdParams,
  body: CompensationInput,
  response: AssistanceView,
});

export const handOver = contract({
  method: 'POST',
  url: '/api/cases/:id/assistance/long-term',
  params: IdParams,
  body: LongTermInput,
  response: AssistanceView,
});

export const setFollowUp = contract({
  method: 'PUT',
  url: '/api/cases/:id/assistance/follow-up',
  params: IdParams,
  body: FollowUpInput,
  response: AssistanceView,
});

export const overlaps = contract({
  method: 'GET',
  url: '/api/cases/:id/assistance/overlaps',
  params: IdParams,
  query: OverlapQuery,
  response: OverlapList,
});

export const changePlanItem = contract({
  method: 'PATCH',
  url: '/api/cases/:id/assistance/plan-items/:itemId',
  params: ItemParams,
  body: PlanItemUpdateInput,
  response: AssistanceView,
});

export const changeLegalStep = contract({
  method: 'PATCH',
  url: '/api/cases/:id/assistance/legal-steps/:stepId',
  params: StepParams,
  body: LegalStepUpdateInput,
  response: AssistanceView,
});

export const rightsLeaflet = contract({
  method: 'GET',
  url: '/api/assistance/rights-leaflet',
  query: LeafletQuery,
  response: null,
});

export const planPdf = contract({
  method: 'GET',
  url: '/api/cases/:id/assistance/plan.pdf',
  params: IdParams,
  query: PrintQuery,
  response: null,
});

export const issueCard = contract({
  method: 'POST',
  url: '/api/cases/:id/cards',
  params: IdParams,
  /** Without a body when no card is valid; with the reason when one is, which the new card revokes. */
  body: CardIssueInput.optional(),
  response: AssistanceView,
  status: 201,
});

export const revokeCard = contract({
  method: 'POST',
  url: '/api/cases/:id/cards/:cardId/revoke',
  params: CardParams,
  body: CardRevokeInput,
  response: AssistanceView,
});

export const cardPdf = contract({
  method: 'GET',
  url: '/api/cases/:id/cards/:cardId/pdf',
  params: CardParams,
  query: CardPdfQuery,
  response: null,
});

export const verifyCard = contract({
  method: 'GET',
  url: '/verify/card/:token',
  params: TokenParams,
  query: VerifyQuery,
  response: null,
});

export const consultations = contract({
  method: 'GET',
  url: '/api/consultations',
  query: ConsultationQuery,
  response: ConsultationList,
});

export const recordConsultation = contract({
  method: 'POST',
  url: '/api/consultations',
  body: ConsultationInput,
  response: ConsultationView,
  status: 201,
});

// The police (an investigator) and the Ministry of Justice (a compensation officer) on the legal side.

const ClaimParams = z.object({ caseId: z.uuid() });

export const policeCases = contract({ method: 'GET', url: '/api/police/cases', response: PoliceCaseList });

export const policeCase = contract({
  method: 'GET',
  url: '/api/police/cases/:id',
  params: IdParams,
  response: PoliceCaseView,
});

export const recordInvestigation = contract({
  method: 'PUT',
  url: '/api/police/cases/:id/investigation',
  params: IdParams,
  body: PoliceInvestigationInput,
  response: PoliceCaseView,
});

export const requestProtection = contract({
  method: 'POST',
  url: '/api/police/cases/:id/protection',
  params: IdParams,
  body: ProtectionRequestInput,
  response: PoliceCaseView,
});

export const answerProtection = contract({
  method: 'PATCH',
  url: '/api/police/cases/:id/protection/:stepId',
  params: StepParams,
  body: ProtectionAnswerInput,
  response: PoliceCaseView,
});

export const sendClaim = contract({
  method: 'POST',
  url: '/api/cases/:id/assistance/compensation/send',
  params: IdParams,
  body: SendClaimInput,
  response: AssistanceView,
});

export const claims = contract({ method: 'GET', url: '/api/claims', response: ClaimList });

export const claim = contract({
  method: 'GET',
  url: '/api/claims/:caseId',
  params: ClaimParams,
  response: ClaimView,
});

export const stepOnClaim = contract({
  method: 'POST',
  url: '/api/claims/:caseId/steps',
  params: ClaimParams,
  body: ClaimStepInput,
  response: ClaimView,
});
