import { route } from '../platform/http/route.ts';
import * as contract from './contract.ts';
import { answerSubjectRequest, listSubjectRequests, registerSubjectRequest } from './requests.ts';
import { erasePerson, exportSubject, lookupSubject, restrictSubject } from './verbs.ts';

const tag = 'Data-subject rights';

export const rightsRoutes = [
  route({
    ...contract.lookupSubject,
    summary:
      'Data protection officer: the person a case is about, by the case reference (ATR-2026-000042) or id; audited',
    tag,
    policy: { kind: 'action', action: 'person.lookup' },
    handler: async (ctx, { query }) => lookupSubject(ctx, query.case),
  }),
  route({
    ...contract.exportSubject,
    summary:
      'Data protection officer: everything held about the person, as JSON or (format=pdf) as a PDF in lt, en, ru or uk; audited',
    tag,
    policy: { kind: 'action', action: 'person.export' },
    rateLimitPerMinute: 30,
    handler: async (ctx, { params, query }, reply) => {
      const exported = await exportSubject(ctx, params.id, query);
      const name = `atrama-${params.id.slice(0, 8)}-${exported.data.exportedAt.slice(0, 10)}`;
      if (exported.format === 'pdf') {
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${name}-${exported.data.language}.pdf"`)
          .send(exported.pdf);
      }
      reply.header('content-disposition', `attachment; filename="${name}.json"`);
      return exported.data;
    },
  }),
  route({
    ...contract.restrictSubject,
    summary:
      'Data protection officer: restrict processing of the person’s data (their cases are kept and read, not changed), or lift it, with a reason; audited',
    tag,
    policy: { kind: 'action', action: 'person.restrict' },
    handler: async (ctx, { params, body }) => restrictSubject(ctx, params.id, body),
  }),
  route({
    ...contract.eraseSubject,
    summary: 'Erase a person’s identity by destroying their data key; statistics stay',
    tag,
    policy: { kind: 'action', action: 'person.erase' },
    handler: async (ctx, { params }) => erasePerson(ctx, params.id),
  }),
  route({
    ...contract.subjectRequests,
    summary:
      'Data protection officer: the register of data subjects’ requests, open ones first by their one-month deadline',
    tag,
    policy: { kind: 'action', action: 'subject_request.manage' },
    handler: async (ctx) => listSubjectRequests(ctx),
  }),
  route({
    ...contract.registerSubjectRequest,
    summary:
      'Pass on a data subject’s request (access, rectification, erasure, restriction, portability, objection): the data protection officer is told; audited',
    tag,
    policy: { kind: 'action', action: 'subject_request.register' },
    handler: async (ctx, { body }) => registerSubjectRequest(ctx, body),
  }),
  route({
    ...contract.answerSubjectRequest,
    summary: 'Data protection officer: mark a request answered; audited',
    tag,
    policy: { kind: 'action', action: 'subject_request.manage' },
    handler: async (ctx, { params }) => answerSubjectRequest(ctx, params.id),
  }),
];
