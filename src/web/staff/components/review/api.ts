import { call } from '../../api.ts';
import type { RouteInput, RouteKey } from '../../contract/routes.ts';

type Body<K extends RouteKey> = RouteInput<K>['body'];

/** A second look at a case's work: approvals, and reconsidering the identification decision. */
export const reviewApi = {
  approvals: (caseId: string) => call('GET /api/cases/:id/approvals', { params: { id: caseId } }),
  decide: (
    caseId: string,
    approvalId: string,
    input: Body<'POST /api/cases/:id/approvals/:approvalId/decision'>,
  ) =>
    call('POST /api/cases/:id/approvals/:approvalId/decision', {
      params: { id: caseId, approvalId },
      body: input,
    }),
  settings: () => call('GET /api/approval-settings'),
  saveSettings: (input: Body<'PUT /api/approval-settings'>) =>
    call('PUT /api/approval-settings', { body: input }),
  reconsiderations: (caseId: string) =>
    call('GET /api/cases/:id/reconsiderations', { params: { id: caseId } }),
  requestReconsideration: (caseId: string, input: Body<'POST /api/cases/:id/reconsiderations'>) =>
    call('POST /api/cases/:id/reconsiderations', { params: { id: caseId }, body: input }),
  decideReconsideration: (caseId: string, input: Body<'POST /api/cases/:id/reconsiderations/decision'>) =>
    call('POST /api/cases/:id/reconsiderations/decision', { params: { id: caseId }, body: input }),
};

export type ApprovalList = Awaited<ReturnType<typeof reviewApi.approvals>>;
export type ApprovalItem = ApprovalList['items'][number];
export type ReconsiderationList = Awaited<ReturnType<typeof reviewApi.reconsiderations>>;
