import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { IdParams } from '../access/model.ts';
import type { Action } from '../access/policy.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { route } from '../platform/http/route.ts';
import { contentSecurityPolicy } from '../platform/http/security.ts';
import { readAssistance } from './access.ts';
import { cardPdf, issueCard, revokeIdentificationCard, verifyCard } from './cards.ts';
import { listConsultations, recordConsultation } from './consultations.ts';
import * as contract from './contract.ts';
import { addLegalStep, changeLegalStep, linkInvestigation, saveCompensation } from './legal.ts';
import type { AssistanceView } from './model.ts';
import { addPlanItem, agreePlan, changePlanItem, planOverlaps } from './plan.ts';
import { CARD_VERIFICATION_STYLE_SOURCE, cardVerificationPage } from './print/verify-page.ts';
import { leafletPdf, planPdf } from './prints.ts';
import { assessNeeds, correctService, giveRights, recordServices, removeService } from './record.ts';
import { handOverLongTerm, saveReturnPlan, setFollowUp } from './return.ts';

const tag = 'Assistance';

/** A change to a case's assistance: its own input, answered with the whole of assistance. */
function change<S extends z.ZodType>(
  step: {
    method: 'POST' | 'PUT';
    url: string;
    params: typeof IdParams;
    body: S;
    response: typeof AssistanceView;
  },
  summary: string,
  verb: (ctx: RequestContext, id: string, input: z.output<S>) => Promise<z.input<typeof AssistanceView>>,
  action: Action = 'assistance.record',
) {
  return route({
    ...step,
    summary,
    tag,
    policy: { kind: 'action', action },
    handler: async (ctx, { params, body: input }) => verb(ctx, params.id, input as z.output<S>),
  });
}

export const assistanceRoutes = [
  route({
    ...contract.readAssistance,
    summary:
      "A case's assistance: rights, assessments, plan, services, return, legal, long-term, cards; audited",
    tag,
    policy: { kind: 'action', action: 'assistance.read' },
    handler: async (ctx, { params }) => readAssistance(ctx, params.id),
  }),
  change(contract.giveRights, 'Record the rights the person was told, in which language and how', giveRights),
  change(
    contract.assess,
    'Record a needs and risk assessment (a re-assessment keeps the history)',
    assessNeeds,
  ),
  route({
    ...contract.overlaps,
    summary: 'Other organisations of the team that already plan or give this kind of help in the period',
    tag,
    policy: { kind: 'action', action: 'assistance.read' },
    handler: async (ctx, { params, query }) => planOverlaps(ctx, params.id, query),
  }),
  change(
    contract.addPlanItem,
    'Add a measure to the plan; an overlap with another organisation answers 409 unless acknowledged',
    addPlanItem,
  ),
  route({
    ...contract.changePlanItem,
    summary: "Change a plan item's status (a stale version answers 409)",
    tag,
    policy: { kind: 'action', action: 'assistance.record' },
    handler: async (ctx, { params, body }) => changePlanItem(ctx, params.id, params.itemId, body),
  }),
  change(
    contract.agreePlan,
    "Record the person's agreement to the plan in their own words, and its review day",
    agreePlan,
  ),
  change(contract.recordServices, 'Record services given, several at once', recordServices),
  route({
    ...contract.correctService,
    summary:
      'Correct a service the acting organisation recorded, with the reason (kept, sealed); a stale version answers 409',
    tag,
    policy: { kind: 'action', action: 'assistance.record' },
    handler: async (ctx, { params, body }) => correctService(ctx, params.id, params.serviceId, body),
  }),
  route({
    ...contract.removeService,
    summary:
      'Remove a service recorded by mistake, with the reason: it leaves the counts, the history keeps what it was',
    tag,
    policy: { kind: 'action', action: 'assistance.record' },
    handler: async (ctx, { params, body }) => removeService(ctx, params.id, params.serviceId, body),
  }),
  change(
    contract.saveReturn,
    "Save the case's return: destination, travel, IOM's checklist of help with costs",
    saveReturnPlan,
    'return.record',
  ),
  change(
    contract.linkInvestigation,
    'Link the pre-trial investigation: institution, number, responsible officer',
    linkInvestigation,
  ),
  change(contract.addLegalStep, 'Record a protection measure or legal aid asked for', addLegalStep),
  route({
    ...contract.changeLegalStep,
    summary: "Change a legal step's status (a stale version answers 409)",
    tag,
    policy: { kind: 'action', action: 'assistance.record' },
    handler: async (ctx, { params, body }) => changeLegalStep(ctx, params.id, params.stepId, body),
  }),
  change(
    contract.saveCompensation,
    'Save the compensation claim; the answer says whether it is eligible and why not',
    saveCompensation,
  ),
  change(
    contract.handOver,
    'Hand long-term help over to the municipality where the person is registered',
    handOverLongTerm,
  ),
  change(contract.setFollowUp, 'Set or clear the day to check on the person after closure', setFollowUp),
  route({
    ...contract.rightsLeaflet,
    summary: "The rights leaflet in the person's language, with the acting organisation's contacts (PDF)",
    tag,
    policy: { kind: 'action', action: 'assistance.record' },
    handler: async (ctx, { query }, reply) =>
      sendPdf(reply, `rights-${query.kind}-${query.lang}`, await leafletPdf(ctx, query)),
  }),
  route({
    ...contract.planPdf,
    summary: "The assistance plan as agreed, in the person's language (PDF); audited",
    tag,
    policy: { kind: 'action', action: 'assistance.read' },
    handler: async (ctx, { params, query }, reply) => {
      const printed = await planPdf(ctx, params.id, query);
      return sendPdf(reply, `plan-${printed.reference}-${query.lang}`, printed.pdf);
    },
  }),
  route({
    ...contract.issueCard,
    summary:
      'Issue a Human Trafficking Victim Identification Card; refused with the reason when the case cannot have one. A card still valid is revoked in the same change, with the reason given (refused without one)',
    tag,
    policy: { kind: 'action', action: 'card.issue' },
    handler: async (ctx, { params, body }) => issueCard(ctx, params.id, body ?? {}),
  }),
  route({
    ...contract.revokeCard,
    summary: 'Revoke a card: its QR page reads as revoked from then on',
    tag,
    policy: { kind: 'action', action: 'card.issue' },
    handler: async (ctx, { params, body }) => revokeIdentificationCard(ctx, params.id, params.cardId, body),
  }),
  route({
    ...contract.cardPdf,
    summary:
      'The identification card as a PDF in Lithuanian or English, made from the case as it is; audited',
    tag,
    policy: { kind: 'action', action: 'card.issue' },
    handler: async (ctx, { params, query }, reply) => {
      const base = ctx.config.publicUrl
        ? new URL(ctx.config.publicUrl).origin
        : `${reply.request.protocol}://${reply.request.headers.host ?? `${ctx.config.host}:${ctx.config.port}`}`;
      const printed = await cardPdf(ctx, params.id, params.cardId, query.lang, base);
      return sendPdf(reply, `card-${printed.number}-${query.lang}`, printed.pdf);
    },
  }),
  route({
    ...contract.verifyCard,
    summary: 'Whether an identification card is genuine and valid (the QR code leads here); no personal data',
    tag,
    policy: { kind: 'public' },
    rateLimitPerMinute: 60,
    handler: async (ctx, { params, query }, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('x-robots-tag', 'noindex')
        .header('content-security-policy', contentSecurityPolicy(CARD_VERIFICATION_STYLE_SOURCE))
        .send(cardVerificationPage(await verifyCard(ctx, params.token, query.lang), query.lang)),
  }),
  route({
    ...contract.consultations,
    summary: "The organisation's Migration Information Centre consultations, with counts by topic",
    tag,
    policy: { kind: 'action', action: 'consultation.list' },
    handler: async (ctx, { query }) => listConsultations(ctx, query),
  }),
  route({
    ...contract.recordConsultation,
    summary:
      'Log a Migration Information Centre consultation (anonymous unless a call-back contact is given)',
    tag,
    policy: { kind: 'action', action: 'consultation.record' },
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
