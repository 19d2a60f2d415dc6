import { route } from '../platform/http/route.ts';
import * as contract from './contract.ts';
import {
  createMeasure,
  listAwareness,
  listMeasures,
  listTrainings,
  measureReportFile,
  readMeasure,
  recordAwareness,
  recordTraining,
  reportOnMeasure,
} from './verbs.ts';

const tag = 'Programme';

const FILE_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const programmeRoutes = [
  route({
    ...contract.trainings,
    summary: "A year's trainings of professionals (an organisation manager's: their own organisation's)",
    tag,
    policy: { kind: 'action', action: 'training.read' },
    handler: async (ctx, { query }) => listTrainings(ctx, query.year),
  }),
  route({
    ...contract.recordTraining,
    summary: "Record a training the manager's organisation held, with participants by profession",
    tag,
    policy: { kind: 'action', action: 'training.record' },
    handler: async (ctx, { body }) => recordTraining(ctx, body),
  }),
  route({
    ...contract.awareness,
    summary: "A year's awareness activities (an organisation manager's: their own organisation's)",
    tag,
    policy: { kind: 'action', action: 'awareness.read' },
    handler: async (ctx, { query }) => listAwareness(ctx, query.year),
  }),
  route({
    ...contract.recordAwareness,
    summary: "Record a campaign, film, event or other awareness activity of the manager's organisation",
    tag,
    policy: { kind: 'action', action: 'awareness.record' },
    handler: async (ctx, { body }) => recordAwareness(ctx, body),
  }),
  route({
    ...contract.measures,
    summary:
      "The national action plan's measures with their state (late ones marked); a manager's: those their organisation is responsible or co-responsible for",
    tag,
    policy: { kind: 'action', action: 'action_plan.read' },
    handler: async (ctx) => listMeasures(ctx),
  }),
  route({
    ...contract.createMeasure,
    summary: 'Add a measure to the national action plan (the national coordinator)',
    tag,
    policy: { kind: 'action', action: 'action_plan.edit' },
    handler: async (ctx, { body }) => createMeasure(ctx, body),
  }),
  route({
    ...contract.measure,
    summary: 'A measure with its indicators and yearly reports',
    tag,
    policy: { kind: 'action', action: 'action_plan.read' },
    handler: async (ctx, { params }) => readMeasure(ctx, params.id),
  }),
  route({
    ...contract.reportOnMeasure,
    summary: "The responsible body's report on a measure for one year, once per year",
    tag,
    policy: { kind: 'action', action: 'action_plan.report' },
    handler: async (ctx, { params, body }) => reportOnMeasure(ctx, params.id, body),
  }),
  route({
    ...contract.measureReportFile,
    summary: "A measure's report for one year as PDF or XLSX, in Lithuanian or English; audited",
    tag,
    policy: { kind: 'action', action: 'action_plan.read' },
    rateLimitPerMinute: 30,
    handler: async (ctx, { params, query }, reply) => {
      const file = await measureReportFile(ctx, params.id, query);
      return reply
        .type(FILE_TYPES[query.format])
        .header('content-disposition', `attachment; filename="${file.name}"`)
        .send(file.bytes);
    },
  }),
];
