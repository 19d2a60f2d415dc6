import { route } from '../platform/http/route.ts';
import { claimInbox, readClaim, sendClaim, stepOnClaim } from './claims.ts';
import * as contract from './contract.ts';
import {
  answerProtectionRequest,
  policeCases,
  readPoliceCase,
  recordInvestigation,
  requestProtection,
} from './police.ts';

// The legal side's outside actors over HTTP: the police's cases, investigation and protection
// requests; the compensation claim sent to the Ministry of Justice and its steps there.

const police = 'Police';
const claims = 'Compensation claims';

export const legalActorRoutes = [
  route({
    ...contract.policeCases,
    summary: "The cases of the investigator's organisation the police may see (consent or proceedings)",
    tag: police,
    policy: { kind: 'action', action: 'investigation.inbox' },
    handler: async (ctx) => policeCases(ctx),
  }),
  route({
    ...contract.policeCase,
    summary: 'A case as the police see it: facts, decisions, team, investigation, protection; audited',
    tag: police,
    policy: { kind: 'action', action: 'investigation.read' },
    handler: async (ctx, { params }) => readPoliceCase(ctx, params.id),
  }),
  route({
    ...contract.recordInvestigation,
    summary: 'Record or update the pre-trial investigation (a stale version answers 409)',
    tag: police,
    policy: { kind: 'action', action: 'investigation.record' },
    handler: async (ctx, { params, body }) => recordInvestigation(ctx, params.id, body),
  }),
  route({
    ...contract.requestProtection,
    summary: 'Ask the Witness and Victim Protection Service for a protection measure',
    tag: police,
    policy: { kind: 'action', action: 'investigation.record' },
    handler: async (ctx, { params, body }) => requestProtection(ctx, params.id, body),
  }),
  route({
    ...contract.answerProtection,
    summary: "Record the Service's answer to a protection request (a stale version answers 409)",
    tag: police,
    policy: { kind: 'action', action: 'investigation.record' },
    handler: async (ctx, { params, body }) => answerProtectionRequest(ctx, params.id, params.stepId, body),
  }),
  route({
    ...contract.sendClaim,
    summary: "Send the saved compensation claim to the Ministry of Justice, with the person's consent",
    tag: claims,
    policy: { kind: 'action', action: 'assistance.record' },
    handler: async (ctx, { params, body }) => sendClaim(ctx, params.id, body),
  }),
  route({
    ...contract.claims,
    summary: "The compensation claims sent to the officer's organisation, newest first",
    tag: claims,
    policy: { kind: 'action', action: 'claim.read' },
    handler: async (ctx) => claimInbox(ctx),
  }),
  route({
    ...contract.claim,
    summary: 'One compensation claim with its handling; audited',
    tag: claims,
    policy: { kind: 'action', action: 'claim.read' },
    handler: async (ctx, { params }) => readClaim(ctx, params.caseId),
  }),
  route({
    ...contract.stepOnClaim,
    summary:
      'Record receipt, ask for documents, or decide (granted with amount, refused with reason, advance)',
    tag: claims,
    policy: { kind: 'action', action: 'claim.handle' },
    handler: async (ctx, { params, body }) => stepOnClaim(ctx, params.caseId, body),
  }),
];
