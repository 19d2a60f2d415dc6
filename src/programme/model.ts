import { z } from 'zod';
import { OrganisationName } from '../cases/model.ts';
import {
  AWARENESS_KINDS,
  FUNDING_SOURCES,
  MEASURE_STATES,
  PROFESSIONS,
  REPORT_PROGRESS,
} from './catalogue.ts';

// Trainings, awareness and the national action plan: every input and answer, checked at the edge.

export const Profession = z.enum(PROFESSIONS);
export const FundingSource = z.enum(FUNDING_SOURCES);
export const AwarenessKind = z.enum(AWARENESS_KINDS);
export const ReportProgress = z.enum(REPORT_PROGRESS);
export const MeasureState = z.enum(MEASURE_STATES);

const Year = z.coerce.number().int().min(2000).max(2100);
const Day = z.iso.date();
const Text = (max: number) => z.string().trim().min(1).max(max);
const Both = (max: number) => z.object({ lt: Text(max), en: Text(max) });
const Euros = z.number().min(0).max(100_000_000).multipleOf(0.01);
const Named = z.object({ lt: z.string(), en: z.string() });

export const YearQuery = z.object({ year: Year });
export const IdParams = z.object({ id: z.uuid() });

export const TrainingInput = z.object({
  heldOn: Day,
  topic: Text(300),
  hours: z.number().positive().max(1000).multipleOf(0.5),
  audience: z
    .array(z.object({ profession: Profession, participants: z.number().int().min(1).max(100_000) }))
    .min(1)
    .max(PROFESSIONS.length)
    .refine((a) => new Set(a.map((p) => p.profession)).size === a.length, {
      message: 'duplicate_entry: each profession once',
    }),
  funding: z.object({ amountEur: Euros, source: FundingSource }).nullable().default(null),
});

export const TrainingView = z.object({
  id: z.uuid(),
  heldOn: z.string(),
  topic: z.string(),
  hours: z.number(),
  organiser: OrganisationName,
  audience: z.array(z.object({ profession: Profession, participants: z.number().int() })),
  participants: z.number().int(),
  funding: z.object({ amountEur: z.number(), source: FundingSource }).nullable(),
});

export const TrainingsView = z.object({
  year: z.number().int(),
  items: z.array(TrainingView),
});

export const AwarenessInput = z
  .object({
    kind: AwarenessKind,
    title: Text(300),
    startsOn: Day,
    endsOn: Day.nullable().default(null),
    /** People reached (audience, viewers, visitors), where known. */
    reach: z.number().int().min(0).max(100_000_000).nullable().default(null),
  })
  .refine((a) => a.endsOn === null || a.endsOn >= a.startsOn, {
    message: 'ends_before_start: the activity must not end before it starts',
    path: ['endsOn'],
  });

export const AwarenessView = z.object({
  id: z.uuid(),
  kind: AwarenessKind,
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  reach: z.number().int().nullable(),
  organiser: OrganisationName,
});

export const AwarenessListView = z.object({ year: z.number().int(), items: z.array(AwarenessView) });

export const MeasureInput = z
  .object({
    code: Text(20),
    title: Both(300),
    goal: Both(2000),
    responsibleId: z.uuid(),
    coResponsibleIds: z.array(z.uuid()).max(20).default([]),
    startsOn: Day,
    deadline: Day,
    budgetEur: Euros.nullable().default(null),
    indicators: z
      .array(z.object({ name: Both(300), target: z.number().min(0).max(1_000_000_000) }))
      .max(20)
      .default([]),
  })
  .refine((m) => m.deadline >= m.startsOn, {
    message: 'ends_before_start: the measure must not end before it starts',
    path: ['deadline'],
  })
  .refine((m) => !m.coResponsibleIds.includes(m.responsibleId), {
    message: 'responsible_twice: the responsible body is not also co-responsible',
    path: ['coResponsibleIds'],
  });

export const ReportInput = z.object({
  year: z.number().int().min(2000).max(2100),
  progress: ReportProgress,
  summary: Text(4000),
  spentEur: Euros.nullable().default(null),
  achieved: z
    .array(z.object({ indicatorId: z.uuid(), value: z.number().min(0).max(1_000_000_000) }))
    .max(20)
    .default([])
    .refine((a) => new Set(a.map((v) => v.indicatorId)).size === a.length, {
      message: 'duplicate_entry: each indicator once',
    }),
});

export const ReportFileQuery = z.object({
  year: Year,
  format: z.enum(['pdf', 'xlsx']),
  lang: z.enum(['lt', 'en']).default('lt'),
});

const Standing = {
  state: MeasureState,
  /** Years that ended without the responsible body's report. */
  missingYears: z.array(z.number().int()),
  /** The deadline passed and the measure is not done. */
  overdue: z.boolean(),
};

export const MeasureSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  title: Named,
  responsible: OrganisationName,
  startsOn: z.string(),
  deadline: z.string(),
  ...Standing,
});

export const MeasuresView = z.object({
  today: z.string(),
  items: z.array(MeasureSummary),
  byState: z.array(z.object({ state: MeasureState, count: z.number().int() })),
});

export const ReportView = z.object({
  year: z.number().int(),
  progress: ReportProgress,
  summary: z.string(),
  spentEur: z.number().nullable(),
  achieved: z.array(z.object({ indicatorId: z.uuid(), value: z.number() })),
  organisation: OrganisationName,
  recordedAt: z.string(),
});

export const MeasureView = z.object({
  id: z.uuid(),
  code: z.string(),
  title: Named,
  goal: Named,
  responsible: OrganisationName,
  coResponsible: z.array(OrganisationName),
  startsOn: z.string(),
  deadline: z.string(),
  budgetEur: z.number().nullable(),
  indicators: z.array(
    z.object({ id: z.uuid(), name: Named, target: z.number(), achieved: z.number().nullable() }),
  ),
  reports: z.array(ReportView),
  ...Standing,
  /** Whether the acting membership reports on it (the responsible body's manager). */
  mayReport: z.boolean(),
});
