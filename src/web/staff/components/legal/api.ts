import { call } from '../../api.ts';
import type { RouteInput, RouteKey } from '../../contract/routes.ts';

type Body<K extends RouteKey> = RouteInput<K>['body'];

/** The police's and the Ministry of Justice's calls; the case team's claim is sent from assistance. */
export const legalApi = {
  policeCases: () => call('GET /api/police/cases'),
  policeCase: (caseId: string) => call('GET /api/police/cases/:id', { params: { id: caseId } }),
  recordInvestigation: (caseId: string, input: Body<'PUT /api/police/cases/:id/investigation'>) =>
    call('PUT /api/police/cases/:id/investigation', { params: { id: caseId }, body: input }),
  requestProtection: (caseId: string, input: Body<'POST /api/police/cases/:id/protection'>) =>
    call('POST /api/police/cases/:id/protection', { params: { id: caseId }, body: input }),
  answerProtection: (
    caseId: string,
    stepId: string,
    input: Body<'PATCH /api/police/cases/:id/protection/:stepId'>,
  ) =>
    call('PATCH /api/police/cases/:id/protection/:stepId', { params: { id: caseId, stepId }, body: input }),
  sendClaim: (caseId: string, version: number) =>
    call('POST /api/cases/:id/assistance/compensation/send', { params: { id: caseId }, body: { version } }),
  claims: () => call('GET /api/claims'),
  claim: (caseId: string) => call('GET /api/claims/:caseId', { params: { caseId } }),
  stepOnClaim: (caseId: string, input: Body<'POST /api/claims/:caseId/steps'>) =>
    call('POST /api/claims/:caseId/steps', { params: { caseId }, body: input }),
};
