import type { z } from 'zod';
import { authorisedRecord, mayActOn } from '../access/record-guard.ts';
import { fontPathOf } from '../assistance/prints.ts';
import { recordAudit } from '../audit/record.ts';
import { todayInVilnius } from '../cases/model.ts';
import { AppError, conflict } from '../platform/errors.ts';
import { actingMembership, actorOf } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { MEASURE_STATES } from './catalogue.ts';
import {
  type AwarenessInput,
  type AwarenessView,
  type MeasureInput,
  type MeasuresView,
  MeasureView,
  type ReportFileQuery,
  type ReportInput,
  type TrainingInput,
  type TrainingView,
} from './model.ts';
import { measureReportPdf, measureReportXlsx } from './report-file.ts';
import {
  latestAchieved,
  measureState,
  participantsOf,
  reportYearRefusal,
  unknownIndicators,
} from './rules.ts';
import {
  awarenessOf,
  insertAwareness,
  insertMeasure,
  insertReport,
  insertTraining,
  measureById,
  measuresOf,
  organisationNames,
  reportsOf,
  trainingsOf,
} from './store.ts';
import type { actionPlanMeasures, actionPlanReports, awarenessActivities, trainings } from './tables.ts';

// Trainings and awareness (seed 003): an organisation's manager records its own; the statistician and
// the national coordinator read every organisation's, a manager their own. The national action plan
// (seed 004): the national coordinator sets out the measures and sees them all with what is late; the
// responsible body's manager reports on each year; a manager reads the measures their organisation
// is responsible or co-responsible for.

/** A manager's own organisation; null (everyone's) for the national roles. */
function scopeOf(ctx: RequestContext): string | null {
  const m = actingMembership(ctx);
  return m.role === 'organisation_manager' ? m.organisationId : null;
}

const unknownOrganisation = (field: string) =>
  new AppError('validation_failed', `${field}: unknown_organisation: no such organisation`, [
    { field, message: 'unknown_organisation: no such organisation' },
  ]);

type Names = Awaited<ReturnType<typeof organisationNames>>;
const named = (names: Names, id: string) => names.get(id) ?? { id, name: { lt: '', en: '' } };

function trainingView(row: typeof trainings.$inferSelect, names: Names): z.input<typeof TrainingView> {
  return {
    id: row.id,
    heldOn: row.heldOn,
    topic: row.topic,
    hours: Number(row.hours),
    organiser: named(names, row.organiserId),
    audience: row.audience,
    participants: participantsOf(row.audience),
    funding:
      row.fundingSource === null
        ? null
        : { amountEur: Number(row.fundingEur ?? 0), source: row.fundingSource },
  };
}

export async function listTrainings(ctx: RequestContext, year: number) {
  const rows = await trainingsOf(ctx.db, year, scopeOf(ctx));
  const names = await organisationNames(
    ctx.db,
    rows.map((r) => r.organiserId),
  );
  return { year, items: rows.map((r) => trainingView(r, names)) };
}

export async function recordTraining(ctx: RequestContext, input: z.output<typeof TrainingInput>) {
  const organiserId = actingMembership(ctx).organisationId;
  return ctx.db.transaction(async (tx) => {
    const row = await insertTraining(tx, {
      organiserId,
      heldOn: input.heldOn,
      topic: input.topic,
      hours: input.hours,
      audience: input.audience,
      fundingEur: input.funding?.amountEur ?? null,
      fundingSource: input.funding?.source ?? null,
      createdByUserId: actorOf(ctx).userId,
    });
    await recordAudit(tx, ctx, {
      action: 'training.record',
      recordType: 'training',
      recordId: row.id,
      outcome: 'success',
      detail: { heldOn: input.heldOn, participants: participantsOf(input.audience) },
    });
    return trainingView(row, await organisationNames(tx, [organiserId]));
  });
}

function awarenessView(
  row: typeof awarenessActivities.$inferSelect,
  names: Names,
): z.input<typeof AwarenessView> {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    reach: row.reach,
    organiser: named(names, row.organiserId),
  };
}

export async function listAwareness(ctx: RequestContext, year: number) {
  const rows = await awarenessOf(ctx.db, year, scopeOf(ctx));
  const names = await organisationNames(
    ctx.db,
    rows.map((r) => r.organiserId),
  );
  return { year, items: rows.map((r) => awarenessView(r, names)) };
}

export async function recordAwareness(ctx: RequestContext, input: z.output<typeof AwarenessInput>) {
  const organiserId = actingMembership(ctx).organisationId;
  return ctx.db.transaction(async (tx) => {
    const row = await insertAwareness(tx, {
      organiserId,
      kind: input.kind,
      title: input.title,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      reach: input.reach,
      createdByUserId: actorOf(ctx).userId,
    });
    await recordAudit(tx, ctx, {
      action: 'awareness.record',
      recordType: 'awareness_activity',
      recordId: row.id,
      outcome: 'success',
      detail: { kind: input.kind, startsOn: input.startsOn },
    });
    return awarenessView(row, await organisationNames(tx, [organiserId]));
  });
}

type Measure = typeof actionPlanMeasures.$inferSelect;
type Report = typeof actionPlanReports.$inferSelect;

const standingOf = (m: Measure, reports: readonly Report[], today: string) =>
  measureState(
    m,
    reports.filter((r) => r.measureId === m.id),
    today,
  );

export async function listMeasures(ctx: RequestContext): Promise<z.input<typeof MeasuresView>> {
  const today = todayInVilnius();
  const rows = await measuresOf(ctx.db, scopeOf(ctx));
  const [reports, names] = await Promise.all([
    reportsOf(
      ctx.db,
      rows.map((m) => m.id),
    ),
    organisationNames(
      ctx.db,
      rows.map((m) => m.responsibleId),
    ),
  ]);
  const items = rows.map((m) => ({
    id: m.id,
    code: m.code,
    title: { lt: m.titleLt, en: m.titleEn },
    responsible: named(names, m.responsibleId),
    startsOn: m.startsOn,
    deadline: m.deadline,
    ...standingOf(m, reports, today),
  }));
  return {
    today,
    items,
    byState: MEASURE_STATES.map((state) => ({ state, count: items.filter((i) => i.state === state).length })),
  };
}

/** A measure as the acting membership sees it, from rows already read. */
async function measureView(ctx: RequestContext, m: Measure): Promise<z.input<typeof MeasureView>> {
  const reports = await reportsOf(ctx.db, [m.id]);
  const names = await organisationNames(ctx.db, [
    m.responsibleId,
    ...m.coResponsibleIds,
    ...reports.map((r) => r.organisationId),
  ]);
  const achieved = latestAchieved(m.indicators, reports);
  return {
    id: m.id,
    code: m.code,
    title: { lt: m.titleLt, en: m.titleEn },
    goal: { lt: m.goalLt, en: m.goalEn },
    responsible: named(names, m.responsibleId),
    coResponsible: m.coResponsibleIds.map((id) => named(names, id)),
    startsOn: m.startsOn,
    deadline: m.deadline,
    budgetEur: m.budgetEur === null ? null : Number(m.budgetEur),
    indicators: m.indicators.map((i) => ({ ...i, achieved: achieved.get(i.id) ?? null })),
    reports: reports.map((r) => ({
      year: r.year,
      progress: r.progress,
      summary: r.summary,
      spentEur: r.spentEur === null ? null : Number(r.spentEur),
      achieved: r.achieved,
      organisation: named(names, r.organisationId),
      recordedAt: r.createdAt.toISOString(),
    })),
    ...standingOf(m, reports, todayInVilnius()),
    mayReport: mayActOn(ctx, 'action_plan.report', [m.responsibleId]),
  };
}

/** The measure, if the acting membership may take the action on it; "not found" otherwise. */
function measureFor(ctx: RequestContext, action: 'action_plan.read' | 'action_plan.report', id: string) {
  return authorisedRecord(ctx, {
    action,
    recordType: 'action_plan_measure',
    id,
    what: 'The measure',
    load: () => measureById(ctx.db, id),
    // Only the responsible body reports; co-responsible bodies read.
    organisationsOf: (m) =>
      action === 'action_plan.report' ? [m.responsibleId] : [m.responsibleId, ...m.coResponsibleIds],
  });
}

export async function readMeasure(ctx: RequestContext, id: string) {
  return measureView(ctx, await measureFor(ctx, 'action_plan.read', id));
}

export async function createMeasure(ctx: RequestContext, input: z.output<typeof MeasureInput>) {
  const bodies = [input.responsibleId, ...input.coResponsibleIds];
  const names = await organisationNames(ctx.db, bodies);
  if (!names.has(input.responsibleId)) throw unknownOrganisation('body.responsibleId');
  const missing = input.coResponsibleIds.findIndex((id) => !names.has(id));
  if (missing >= 0) throw unknownOrganisation(`body.coResponsibleIds.${missing}`);
  return ctx.db.transaction(async (tx) => {
    const row = await insertMeasure(tx, {
      code: input.code,
      titleLt: input.title.lt,
      titleEn: input.title.en,
      goalLt: input.goal.lt,
      goalEn: input.goal.en,
      responsibleId: input.responsibleId,
      coResponsibleIds: [...new Set(input.coResponsibleIds)],
      startsOn: input.startsOn,
      deadline: input.deadline,
      budgetEur: input.budgetEur,
      indicators: input.indicators.map((i) => ({ id: crypto.randomUUID(), ...i })),
      createdByUserId: actorOf(ctx).userId,
    });
    if (!row)
      throw conflict(`A measure numbered ${input.code} is already in the plan.`, 'measure_code_exists');
    await recordAudit(tx, ctx, {
      action: 'action_plan.create',
      recordType: 'action_plan_measure',
      recordId: row.id,
      outcome: 'success',
      detail: { code: input.code, responsibleId: input.responsibleId },
    });
    return measureView({ ...ctx, db: tx }, row);
  });
}

/** The responsible body's report for one year: once per year, for a year of the measure that has begun. */
export async function reportOnMeasure(ctx: RequestContext, id: string, input: z.output<typeof ReportInput>) {
  const m = await measureFor(ctx, 'action_plan.report', id);
  const refusal = reportYearRefusal(m, input.year, todayInVilnius());
  if (refusal === 'report_year_outside_measure') {
    throw conflict(
      `The measure runs from ${m.startsOn} to ${m.deadline}: ${input.year} is not one of its years.`,
      refusal,
    );
  }
  if (refusal) throw conflict(`${input.year} has not begun: its report cannot be written yet.`, refusal);
  const unknown = unknownIndicators(m.indicators, input.achieved);
  if (unknown.length > 0) {
    const field = `body.achieved.${input.achieved.findIndex((a) => a.indicatorId === unknown[0])}.indicatorId`;
    throw new AppError('validation_failed', `${field}: not an indicator of this measure`, [
      { field, message: 'not an indicator of this measure' },
    ]);
  }
  return ctx.db.transaction(async (tx) => {
    const row = await insertReport(tx, {
      measureId: m.id,
      year: input.year,
      progress: input.progress,
      summary: input.summary,
      spentEur: input.spentEur,
      achieved: input.achieved,
      organisationId: actingMembership(ctx).organisationId,
      createdByUserId: actorOf(ctx).userId,
    });
    if (!row) throw conflict(`The report for ${input.year} is already recorded.`, 'report_exists');
    await recordAudit(tx, ctx, {
      action: 'action_plan.report',
      recordType: 'action_plan_measure',
      recordId: m.id,
      outcome: 'success',
      detail: { year: input.year, progress: input.progress },
    });
    return measureView({ ...ctx, db: tx }, m);
  });
}

/** A measure's yearly report as a file; it leaves the system, so it is audited. */
export async function measureReportFile(
  ctx: RequestContext,
  id: string,
  q: z.output<typeof ReportFileQuery>,
) {
  const fontPath = q.format === 'pdf' ? fontPathOf(ctx) : null;
  const view = MeasureView.parse(await readMeasure(ctx, id));
  await recordAudit(ctx.db, ctx, {
    action: 'action_plan.report_file',
    recordType: 'action_plan_measure',
    recordId: id,
    outcome: 'success',
    detail: { year: q.year, format: q.format, language: q.lang },
  });
  const bytes = fontPath
    ? await measureReportPdf(view, q.year, q.lang, fontPath)
    : await measureReportXlsx(view, q.year, q.lang);
  return { bytes, name: `measure-${view.code.replace(/[^\w.-]+/g, '_')}-${q.year}-${q.lang}.${q.format}` };
}
