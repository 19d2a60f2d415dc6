import { z } from 'zod';
import { IdParams } from '../access/model.ts';
import { PersonView } from '../people/model.ts';
import { contract } from '../platform/http/contract.ts';
import { PendingApproval } from '../review/model.ts';
import {
  AddIdentityInput,
  CaseList,
  Caseload,
  CaseQuery,
  CaseSearch,
  CaseView,
  CooperationInput,
  CreateReferralInput,
  DeskView,
  DraftList,
  DraftView,
  DuplicateResolutionInput,
  IdentificationInput,
  MyWork,
  NoteInput,
  OpenIdentityInput,
  RecordConsentInput,
  ReferralInbox,
  ReferralPurpose,
  ReferralView,
  ReflectionInput,
  ResidencePermitInput,
  RespondReferralInput,
  ResponsibleInput,
  ResponsibleView,
  SaveDraftInput,
  SubmitResult,
  SuggestionList,
  TransitionInput,
  WithdrawConsentInput,
  WorkerList,
} from './model.ts';

// The routes of intake, cases, referrals and the coordinator's desk, as the staff app calls them.
// Each route spreads its contract into its definition; the staff app reads them as types only
// (src/web/staff/contract/routes.ts), so neither can change a path, a body or an answer alone.

const ConsentParams = z.object({ id: z.uuid(), consentId: z.uuid() });
const SuggestionQuery = z.object({ purpose: ReferralPurpose, lang: z.enum(['lt', 'en']).default('lt') });

export const readPerson = contract({
  method: 'GET',
  url: '/api/people/:id',
  params: IdParams,
  response: PersonView,
});

export const listDrafts = contract({
  method: 'GET',
  url: '/api/intake-drafts',
  response: DraftList,
});

export const readDraft = contract({
  method: 'GET',
  url: '/api/intake-drafts/:id',
  params: IdParams,
  response: DraftView,
});

export const saveDraft = contract({
  method: 'PUT',
  url: '/api/intake-drafts/:id',
  params: IdParams,
  body: SaveDraftInput,
  response: DraftView,
});

export const discardDraft = contract({
  method: 'DELETE',
  url: '/api/intake-drafts/:id',
  params: IdParams,
  response: null,
});

export const submitDraft = contract({
  method: 'POST',
  url: '/api/intake-drafts/:id/submit',
  params: IdParams,
  response: SubmitResult,
  status: 201,
});

export const listCases = contract({
  method: 'GET',
  url: '/api/cases',
  query: CaseQuery,
  response: CaseList,
});

export const searchCases = contract({
  method: 'POST',
  url: '/api/cases/search',
  body: CaseSearch,
  response: CaseList,
});

export const readCase = contract({
  method: 'GET',
  url: '/api/cases/:id',
  params: IdParams,
  response: CaseView,
});

export const transitionCase = contract({
  method: 'POST',
  url: '/api/cases/:id/transitions',
  params: IdParams,
  body: TransitionInput,
  response: CaseView,
});

export const recordConsent = contract({
  method: 'POST',
  url: '/api/cases/:id/consents',
  params: IdParams,
  body: RecordConsentInput,
  response: CaseView,
});

export const withdrawConsent = contract({
  method: 'POST',
  url: '/api/cases/:id/consents/:consentId/withdraw',
  params: ConsentParams,
  body: WithdrawConsentInput,
  response: CaseView,
});

export const addIdentity = contract({
  method: 'POST',
  url: '/api/cases/:id/identity',
  params: IdParams,
  body: AddIdentityInput,
  response: CaseView,
});

export const openIdentity = contract({
  method: 'POST',
  url: '/api/cases/:id/identity/open',
  params: IdParams,
  body: OpenIdentityInput,
  response: CaseView,
});

export const addNote = contract({
  method: 'POST',
  url: '/api/cases/:id/notes',
  params: IdParams,
  body: NoteInput,
  response: CaseView,
});

export const decideIdentification = contract({
  method: 'POST',
  url: '/api/cases/:id/decisions/identification',
  params: IdParams,
  body: IdentificationInput,
  response: CaseView,
});

export const decideCooperation = contract({
  method: 'POST',
  url: '/api/cases/:id/decisions/cooperation',
  params: IdParams,
  body: CooperationInput,
  response: CaseView,
});

export const startReflection = contract({
  method: 'POST',
  url: '/api/cases/:id/decisions/reflection',
  params: IdParams,
  body: ReflectionInput,
  response: CaseView,
});

export const setResidencePermit = contract({
  method: 'POST',
  url: '/api/cases/:id/decisions/residence-permit',
  params: IdParams,
  body: ResidencePermitInput,
  response: CaseView,
});

export const referralSuggestions = contract({
  method: 'GET',
  url: '/api/cases/:id/referral-suggestions',
  params: IdParams,
  query: SuggestionQuery,
  response: SuggestionList,
});

export const createReferral = contract({
  method: 'POST',
  url: '/api/cases/:id/referrals',
  params: IdParams,
  body: CreateReferralInput,
  response: ReferralView,
  status: 201,
});

export const referralInbox = contract({
  method: 'GET',
  url: '/api/referrals/inbox',
  response: ReferralInbox,
});

export const respondToReferral = contract({
  method: 'POST',
  url: '/api/referrals/:id/respond',
  params: IdParams,
  body: RespondReferralInput,
  response: ReferralView,
});

export const desk = contract({
  method: 'GET',
  url: '/api/desk',
  response: DeskView,
});

export const resolveDuplicate = contract({
  method: 'POST',
  url: '/api/duplicates/:id/resolve',
  params: IdParams,
  body: DuplicateResolutionInput,
  response: null,
});

export const assignResponsible = contract({
  method: 'POST',
  url: '/api/cases/:id/responsible',
  params: IdParams,
  body: ResponsibleInput,
  response: ResponsibleView,
});

export const workers = contract({ method: 'GET', url: '/api/work/workers', response: WorkerList });
export const myWork = contract({
  method: 'GET',
  url: '/api/work',
  // Work of colleagues waiting for my approval, beside my own.
  response: MyWork.extend({ approvals: z.array(PendingApproval) }),
});
export const caseload = contract({ method: 'GET', url: '/api/work/caseload', response: Caseload });
