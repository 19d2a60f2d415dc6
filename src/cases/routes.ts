import type { z } from 'zod';
import type { IdParams } from '../access/model.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { route } from '../platform/http/route.ts';
import { recordConsent, withdrawConsentOf } from './consents.ts';
import * as contract from './contract.ts';
import { decideCooperation, decideIdentification, setResidencePermit, startReflection } from './decisions.ts';
import { resolveDuplicate } from './duplicates.ts';
import { addIdentity } from './identity.ts';
import { discardDraft, listDrafts, readDraft, saveDraft, submitDraft } from './intake.ts';
import { deskOf, listCasesFor, referralSuggestions } from './lists.ts';
import type { CaseView } from './model.ts';
import { addNote } from './notes.ts';
import { readPerson } from './person.ts';
import { openIdentity, readCase } from './read.ts';
import { createReferral, referralInbox, respondToReferral } from './referrals.ts';
import { searchCases } from './search.ts';
import { transitionCase } from './transitions.ts';
import { assignResponsible, caseloadOf, myWork, workersOf } from './work.ts';

const tag = 'Cases';

/** A decision the national coordinator records: a POST with its own input, answering with the case. */
function decisionRoute<S extends z.ZodType>(
  decision: { method: 'POST'; url: string; params: typeof IdParams; body: S; response: typeof CaseView },
  summary: string,
  verb: (ctx: RequestContext, id: string, input: z.output<S>) => Promise<z.input<typeof CaseView>>,
) {
  return route({
    ...decision,
    summary,
    tag,
    policy: { kind: 'action', action: 'case.decide' },
    handler: async (ctx, { params, body: input }) => verb(ctx, params.id, input as z.output<S>),
  });
}

export const caseRoutes = [
  route({
    ...contract.readPerson,
    summary:
      "One person, with their identity when the acting organisation's team may see it; read by the teams of the person's cases; audited",
    tag: 'People',
    policy: { kind: 'action', action: 'person.read' },
    handler: async (ctx, { params }) => readPerson(ctx, params.id),
  }),
  route({
    ...contract.listDrafts,
    summary: 'My intakes not yet submitted, to resume',
    tag,
    policy: { kind: 'action', action: 'case.intake' },
    handler: async (ctx) => listDrafts(ctx),
  }),
  route({
    ...contract.readDraft,
    summary: 'One of my intake drafts',
    tag,
    policy: { kind: 'action', action: 'case.intake' },
    handler: async (ctx, { params }) => readDraft(ctx, params.id),
  }),
  route({
    ...contract.saveDraft,
    summary: 'Save an intake as it is typed (the client names the draft; a stale version answers 409)',
    tag,
    policy: { kind: 'action', action: 'case.intake' },
    handler: async (ctx, { params, body }) => saveDraft(ctx, params.id, body),
  }),
  route({
    ...contract.discardDraft,
    summary: 'Discard one of my intake drafts not yet submitted; audited',
    tag,
    policy: { kind: 'action', action: 'case.intake' },
    handler: async (ctx, { params }) => discardDraft(ctx, params.id),
  }),
  route({
    ...contract.submitDraft,
    summary: 'Open the case from a complete intake; submitting twice gives the same case',
    tag,
    policy: { kind: 'action', action: 'case.intake' },
    handler: async (ctx, { params }) => submitDraft(ctx, params.id),
  }),
  route({
    ...contract.listCases,
    summary: "Cases on the acting organisation's teams (national point of contact: all), most urgent first",
    tag,
    policy: { kind: 'action', action: 'case.list' },
    handler: async (ctx, { query }) => listCasesFor(ctx, query),
  }),
  route({
    ...contract.searchCases,
    summary:
      "Find a case by reference, or by name and birth date (exact, blind index) among those one may see; the national coordinator's search covers every case; audited without the words searched",
    tag,
    policy: { kind: 'action', action: 'case.list' },
    handler: async (ctx, { body }) => searchCases(ctx, body),
  }),
  route({
    ...contract.readCase,
    summary: 'A case as the acting membership may see it; the read is audited',
    tag,
    policy: { kind: 'action', action: 'case.read' },
    handler: async (ctx, { params }) => readCase(ctx, params.id),
  }),
  route({
    ...contract.transitionCase,
    summary: 'Move the case on; an impossible move answers 409 saying what is missing',
    tag,
    policy: { kind: 'action', action: 'case.update' },
    handler: async (ctx, { params, body }) => transitionCase(ctx, params.id, body),
  }),
  route({
    ...contract.recordConsent,
    summary: 'Record what the person agreed to, how and by whom',
    tag,
    policy: { kind: 'action', action: 'case.update' },
    handler: async (ctx, { params, body }) => recordConsent(ctx, params.id, body),
  }),
  route({
    ...contract.withdrawConsent,
    summary: 'Record that the person withdrew a consent',
    tag,
    policy: { kind: 'action', action: 'case.update' },
    handler: async (ctx, { params, body }) =>
      withdrawConsentOf(ctx, params.id, params.consentId, body.reason),
  }),
  route({
    ...contract.addIdentity,
    summary: 'Add or correct the sealed identity; the duplicate check runs',
    tag,
    policy: { kind: 'action', action: 'case.update' },
    handler: async (ctx, { params, body }) => addIdentity(ctx, params.id, body),
  }),
  route({
    ...contract.openIdentity,
    summary: 'National coordinator: open a hidden identity for a stated reason (audited, flagged)',
    tag,
    policy: { kind: 'action', action: 'case.identity.open' },
    handler: async (ctx, { params, body }) => openIdentity(ctx, params.id, body.reason),
  }),
  route({
    ...contract.addNote,
    summary: 'Write a note for the team or for the own organisation only (sealed)',
    tag,
    policy: { kind: 'action', action: 'case.update' },
    handler: async (ctx, { params, body }) => addNote(ctx, params.id, body),
  }),
  decisionRoute(
    contract.decideIdentification,
    'Formal identification decision, with reasons',
    decideIdentification,
  ),
  decisionRoute(
    contract.decideCooperation,
    'Cooperation with criminal proceedings (does not change the help given)',
    decideCooperation,
  ),
  decisionRoute(
    contract.startReflection,
    'Start the reflection and recovery period of a third-country national',
    startReflection,
  ),
  decisionRoute(contract.setResidencePermit, 'Temporary residence permit status', setResidencePermit),
  route({
    ...contract.referralSuggestions,
    summary: 'Organisations from the directory that serve the need, the person and the place',
    tag,
    policy: { kind: 'action', action: 'referral.create' },
    handler: async (ctx, { params, query }) => referralSuggestions(ctx, params.id, query.purpose, query.lang),
  }),
  route({
    ...contract.createReferral,
    summary: 'Refer the case to another organisation, with the consent it needs',
    tag,
    policy: { kind: 'action', action: 'referral.create' },
    handler: async (ctx, { params, body }) => createReferral(ctx, params.id, body),
  }),
  route({
    ...contract.referralInbox,
    summary: "Referrals waiting for the acting organisation's answer",
    tag,
    policy: { kind: 'action', action: 'referral.inbox' },
    handler: async (ctx) => referralInbox(ctx),
  }),
  route({
    ...contract.respondToReferral,
    summary: 'Accept, decline (with a reason), complete or withdraw a referral',
    tag,
    policy: { kind: 'action', action: 'referral.respond' },
    handler: async (ctx, { params, body }) => respondToReferral(ctx, params.id, body),
  }),
  route({
    ...contract.desk,
    summary:
      "The national coordinator's desk: new referrals, identification pending, deadlines, possible duplicates",
    tag,
    policy: { kind: 'action', action: 'case.desk' },
    handler: async (ctx) => deskOf(ctx),
  }),
  route({
    ...contract.resolveDuplicate,
    summary: 'Link two cases as one person’s, or dismiss the match',
    tag,
    policy: { kind: 'action', action: 'case.duplicates.resolve' },
    handler: async (ctx, { params, body }) => resolveDuplicate(ctx, params.id, body),
  }),
  route({
    ...contract.assignResponsible,
    summary:
      'Name the acting organisation’s person responsible for a case: oneself, or (a manager) a colleague; a reason when it changes hands; audited',
    tag: 'Work',
    policy: { kind: 'action', action: 'case.assign' },
    handler: async (ctx, { params, body }) => assignResponsible(ctx, params.id, body),
  }),
  route({
    ...contract.workers,
    summary: 'The acting organisation’s staff who may be responsible for its cases',
    tag: 'Work',
    policy: { kind: 'action', action: 'case.assign' },
    handler: async (ctx) => workersOf(ctx),
  }),
  route({
    ...contract.myWork,
    summary:
      'My work: the cases I am responsible for, their deadlines overdue first, referrals waiting for my organisation, cases nobody has taken',
    tag: 'Work',
    policy: { kind: 'action', action: 'case.list' },
    handler: async (ctx) => myWork(ctx),
  }),
  route({
    ...contract.caseload,
    summary: 'Manager: the organisation’s open cases by the worker responsible, and those nobody is',
    tag: 'Work',
    policy: { kind: 'action', action: 'work.caseload' },
    handler: async (ctx) => caseloadOf(ctx),
  }),
];
