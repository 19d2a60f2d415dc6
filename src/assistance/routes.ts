import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { IdParams } from '../access/model.ts';
import type { Action } from '../access/policy.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { route } from '../platform/http/route.ts';
import { contentSecurityPolicy } from '../platform/http/security.ts';
import { readAssistance } from './access.ts';
import { cardPdf, issueCard, revokeIdentificationCard, verifyCard } from './cards.ts';
import { listConsultations, recordConsultation } from './consultations.ts';
import { addLegalStep, changeLegalStep, linkInvestigation, saveCompensation } from './legal.ts';
import {
  AssessmentInput,
  AssistanceView,
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
  PrintQuery,
  ReturnInput,
  RightsInput,
  ServicesInput,
  ServiceType,
} from './model.ts';
import { addPlanItem, agreePlan, changePlanItem, planOverlaps } from './plan.ts';
import { CARD_VERIFICATION_STYLE_SOURCE, cardVerificationPage } from './print/verify-page.ts';
import { leafletPdf, planPdf } from './prints.ts';
import { assessNeeds, giveRights, recordServices } from './record.ts';
import { handOverLongTerm, saveReturnPlan, setFollowUp } from './return.ts';

const tag = 'Assistance';
const ItemParams = z.object({ id: z.uuid(), itemId: z.uuid() });
const StepParams = z.object({ id: z.uuid(), stepId: z.uuid() });
const CardParams = z.object({ id: z.uuid(), cardId: z.uuid() });
const OverlapQuery = z.object({ measure: ServiceType, organisationId: z.uuid(), dueOn: z.iso.date() });
const LeafletQuery = PrintQuery.extend({
  kind: z.enum(['trafficking', 'other_crime']).default('trafficking'),
});
/** A card's token as issued: a QR code always carries one; anything else is not a card. */
const TokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'not a card token') });
const VerifyQuery = z.object({ lang: z.enum(['lt', 'en']).default('lt') });

/** A change to a case's assistance: its own input, answered with the whole of assistance. */
function change<S extends z.ZodType>(
  method: 'POST' | 'PUT',
  path: string,
  summary: string,
  body: S,
  verb: (ctx: RequestContext, id: string, input: z.output<S>) => Promise<z.input<typeof AssistanceView>>,
  action: Action = 'assistance.record',
) {
  return route({
    method,
    url: `/api/cases/:id/${path}`,
    summary,
    tag,
    policy: { kind: 'action', action },
    params: IdParams,
    body,
    response: AssistanceView,
    handler: async (ctx, { params, body: input }) => verb(ctx, params.id, input as z.output<S>),
  });
}

export const assistanceRoutes = [
  route({
    method: 'GET',
    url: '/api/cases/:id/assistance',
    summary:
      "A case's assistance: rights, assessments, plan, services, return, legal, long-term, cards; audited",
    tag,
    policy: { kind: 'action', action: 'assistance.read' },
    params: IdParams,
    response: AssistanceView,
    handler: async (ctx, { params }) => readAssistance(ctx, params.id),
  }),
  change(
    'POST',
    'assistance/rights',
    'Record the rights the person was told, in which language and how',
    RightsInput,
    giveRights,
  ),
  change(
    'POST',
    'assistance/assessments',
    'Record a needs and risk assessment (a re-assessment keeps the history)',
    AssessmentInput,
    assessNeeds,
  ),
  route({
    method: 'GET',
    url: '/api/cases/:id/assistance/overlaps',
    summary: 'Other organisations of the team that already plan or give this kind of help in the period',
    tag,
    policy: { kind: 'action', action: 'assistance.read' },
    params: IdParams,
    query: OverlapQuery,
    response: OverlapList,
    handler: async (ctx, { params, query }) => planOverlaps(ctx, params.id, query),
  }),
  change(
    'POST',
    'assistance/plan-items',
    'Add a measure to the plan; an overlap with another organisation answers 409 unless acknowledged',
    PlanItemInput,
    addPlanItem,
  ),
  route({
    method: 'PATCH',
    url: '/api/cases/:id/assistance/plan-items/:itemId',
    summary: "Change a plan item's status (a stale version answers 409)",
    tag,
    policy: { kind: 'action', action: 'assistance.record' },
    params: ItemParams,
    body: PlanItemUpdateInput,
    response: AssistanceView,
    handler: async (ctx, { params, body }) => changePlanItem(ctx, params.id, params.itemId, body),
  }),
  change(
    'POST',
    'assistance/plan-agreements',
    "Record the person's agreement to the plan in their own words, and its review day",
    PlanAgreementInput,
    agreePlan,
  ),
  change(
    'POST',
    'assistance/services',
    'Record services given, several at once',
    ServicesInput,
    recordServices,
  ),
  change(
    'PUT',
    'assistance/return',
    "Save the case's return: destination, travel, IOM's checklist of help with costs",
    ReturnInput,
    saveReturnPlan,
  ),
  change(
    'PUT',
    'assistance/investigation',
    'Link the pre-trial investigation: institution, number, responsible officer',
    InvestigationInput,
    linkInvestigation,
  ),
  change(
    'POST',
    'assistance/legal-steps',
    'Record a protection measure or legal aid asked for',
    LegalStepInput,
    addLegalStep,
  ),
  route({
    method: 'PATCH',
    url: '/api/cases/:id/assistance/legal-steps/:stepId',
    summary: "Change a legal step's status (a stale version answers 409)",
    tag,
    policy: { kind: 'action', action: 'assistance.record' },
    params: StepParams,
    body: LegalStepUpdateInput,
    response: AssistanceView,
    handler: async (ctx, { params, body }) => changeLegalStep(ctx, params.id, params.stepId, body),
  }),
  change(
    'PUT',
    'assistance/compensation',
    'Save the compensation claim; the answer says whether it is eligible and why not',
    CompensationInput,
    saveCompensation,
  ),
  change(
    'POST',
    'assistance/long-term',
    'Hand long-term help over to the municipality where the person is registered',
    LongTermInput,
    handOverLongTerm,
  ),
  change(
    'PUT',
    'assistance/follow-up',
    'Set or clear the day to check on the person after closure',
    FollowUpInput,
    setFollowUp,
  ),
  route({
    method: 'GET',
    url: '/api/assistance/rights-leaflet',
    summary: "The rights leaflet in the person's language, with the acting organisation's contacts (PDF)",
    tag,
    policy: { kind: 'action', action: 'assistance.record' },
    query: LeafletQuery,
    response: null,
    handler: async (ctx, { query }, reply) =>
      sendPdf(reply, `rights-${query.kind}-${query.lang}`, await leafletPdf(ctx, query)),
  }),
  route({
    method: 'GET',
    url: '/api/cases/:id/assistance/plan.pdf',
    summary: "The assistance plan as agreed, in the person's language (PDF); audited",
    tag,
    policy: { kind: 'action', action: 'assistance.read' },
    params: IdParams,
    query: PrintQuery,
    response: null,
    handler: async (ctx, { params, query }, reply) => {
      const printed = await planPdf(ctx, params.id, query);
      return sendPdf(reply, `plan-${printed.reference}-${query.lang}`, printed.pdf);
    },
  }),
  route({
    method: 'POST',
    url: '/api/cases/:id/cards',
    summary:
      'Issue a Human Trafficking Victim Identification Card; refused with the reason when the case cannot have one',
    tag,
    policy: { kind: 'action', action: 'card.issue' },
    params: IdParams,
    response: AssistanceView,
    status: 201,
    handler: async (ctx, { params }) => issueCard(ctx, params.id),
  }),
  route({
    method: 'POST',
    url: '/api/cases/:id/cards/:cardId/revoke',
    summary: 'Revoke a card: its QR page reads as revoked from then on',
    tag,
    policy: { kind: 'action', action: 'card.issue' },
    params: CardParams,
    body: CardRevokeInput,
    response: AssistanceView,
    handler: async (ctx, { params, body }) => revokeIdentificationCard(ctx, params.id, params.cardId, body),
  }),
  route({
    method: 'GET',
    url: '/api/cases/:id/cards/:cardId/pdf',
    summary:
      'The identification card as a PDF in Lithuanian or English, made from the case as it is; audited',
    tag,
    policy: { kind: 'action', action: 'card.issue' },
    params: CardParams,
    query: CardPdfQuery,
    response: null,
    handler: async (ctx, { params, query }, reply) => {
      const base = ctx.config.publicUrl
        ? new URL(ctx.config.publicUrl).origin
        : `${reply.request.protocol}://${reply.request.headers.host ?? `${ctx.config.host}:${ctx.config.port}`}`;
      const printed = await cardPdf(ctx, params.id, params.cardId, query.lang, base);
      return sendPdf(reply, `card-${printed.number}-${query.lang}`, printed.pdf);
    },
  }),
  route({
    method: 'GET',
    url: '/verify/card/:token',
    summary: 'Whether an identification card is genuine and valid (the QR code leads here); no personal data',
    tag,
    policy: { kind: 'public' },
    params: TokenParams,
    query: VerifyQuery,
    response: null,
    rateLimitPerMinute: 60,
    handler: async (ctx, { params, query }, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('x-robots-tag', 'noindex')
        .header('content-security-policy', contentSecurityPolicy(CARD_VERIFICATION_STYLE_SOURCE))
        .send(cardVerificationPage(await verifyCard(ctx, params.token), query.lang)),
  }),
  route({
    method: 'GET',
    url: '/api/consultations',
    summary: "The organisation's Migration Information Centre consultations, with counts by topic",
    tag,
    policy: { kind: 'action', action: 'consultation.list' },
    query: ConsultationQuery,
    response: ConsultationList,
    handler: async (ctx, { query }) => listConsultations(ctx, query),
  }),
  route({
    method: 'POST',
    url: '/api/consultations',
    summary:
      'Log a Migration Information Centre consultation (anonymous unless a call-back contact is given)',
    tag,
    policy: { kind: 'action', action: 'consultation.record' },
    body: ConsultationInput,
    response: ConsultationView,
    status: 201,
    handler: async (ctx, { body }) => recordConsultation(ctx, body),
  }),
];

function sendPdf(reply: FastifyReply, name: string, bytes: Buffer) {
  return reply
    .type('application/pdf')
    .header('cache-control', 'no-store')
    .header('content-disposition', `attachment; filename="${name}.pdf"`)
    .send(bytes);
}
