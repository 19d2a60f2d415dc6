import { route } from '../platform/http/route.ts';
import { decideApproval, readApprovals } from './approvals.ts';
import * as contract from './contract.ts';
import { decideReconsideration, readReconsiderations, requestReconsideration } from './reconsideration.ts';
import { readApprovalSettings, saveApprovalSettings } from './settings.ts';

const tag = 'Second look';

export const reviewRoutes = [
  route({
    ...contract.readApprovals,
    summary: "A case's requests for approval and their decisions, the comments only to the team; audited",
    tag,
    policy: { kind: 'action', action: 'assistance.read' },
    handler: async (ctx, { params }) => readApprovals(ctx, params.id),
  }),
  route({
    ...contract.decideApproval,
    summary:
      "Approve an organisation's assessment, plan or closure, or return it with comments (the manager or a named approver; one's own work only when allowed)",
    tag,
    policy: { kind: 'action', action: 'approval.decide' },
    handler: async (ctx, { params, body }) => decideApproval(ctx, params.id, params.approvalId, body),
  }),
  route({
    ...contract.readApprovalSettings,
    summary: "What of the organisation's work waits for approval, and who approves",
    tag,
    policy: { kind: 'action', action: 'approval.settings' },
    handler: async (ctx) => readApprovalSettings(ctx),
  }),
  route({
    ...contract.saveApprovalSettings,
    summary: "Set what of the organisation's work waits for approval, and name its approvers",
    tag,
    policy: { kind: 'action', action: 'approval.settings' },
    handler: async (ctx, { body }) => saveApprovalSettings(ctx, body),
  }),
  route({
    ...contract.readReconsiderations,
    summary: 'Requests to reconsider the identification decision and the decisions on them; audited',
    tag,
    policy: { kind: 'action', action: 'case.read' },
    handler: async (ctx, { params }) => readReconsiderations(ctx, params.id),
  }),
  route({
    ...contract.requestReconsideration,
    summary:
      "Ask the coordinator to reconsider the identification decision (the person's representative or the team), with reasons",
    tag,
    policy: { kind: 'action', action: 'case.reconsideration.request' },
    handler: async (ctx, { params, body }) => requestReconsideration(ctx, params.id, body),
  }),
  route({
    ...contract.decideReconsideration,
    summary:
      'The national coordinator decides a request to reconsider, with reasons; the first decision stays in the history',
    tag,
    policy: { kind: 'action', action: 'case.decide' },
    handler: async (ctx, { params, body }) => decideReconsideration(ctx, params.id, body),
  }),
];
