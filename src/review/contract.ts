import { z } from 'zod';
import { IdParams } from '../access/model.ts';
import { contract } from '../platform/http/contract.ts';
import {
  ApprovalDecisionInput,
  ApprovalList,
  ApprovalSettingsInput,
  ApprovalSettingsView,
  ReconsiderationDecisionInput,
  ReconsiderationInput,
  ReconsiderationList,
} from './model.ts';

// The routes of a second look, as the staff app calls them.

const ApprovalParams = z.object({ id: z.uuid(), approvalId: z.uuid() });

export const readApprovals = contract({
  method: 'GET',
  url: '/api/cases/:id/approvals',
  params: IdParams,
  response: ApprovalList,
});

export const decideApproval = contract({
  method: 'POST',
  url: '/api/cases/:id/approvals/:approvalId/decision',
  params: ApprovalParams,
  body: ApprovalDecisionInput,
  response: ApprovalList,
});

export const readApprovalSettings = contract({
  method: 'GET',
  url: '/api/approval-settings',
  response: ApprovalSettingsView,
});

export const saveApprovalSettings = contract({
  method: 'PUT',
  url: '/api/approval-settings',
  body: ApprovalSettingsInput,
  response: ApprovalSettingsView,
});

export const readReconsiderations = contract({
  method: 'GET',
  url: '/api/cases/:id/reconsiderations',
  params: IdParams,
  response: ReconsiderationList,
});

export const requestReconsideration = contract({
  method: 'POST',
  url: '/api/cases/:id/reconsiderations',
  params: IdParams,
  body: ReconsiderationInput,
  response: ReconsiderationList,
});

export const decideReconsideration = contract({
  method: 'POST',
  url: '/api/cases/:id/reconsiderations/decision',
  params: IdParams,
  body: ReconsiderationDecisionInput,
  response: ReconsiderationList,
});
