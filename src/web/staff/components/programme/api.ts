import { call, href } from '../../api.ts';
import type { AwarenessInput, MeasureInput, ReportInput, TrainingInput } from './types.ts';

export const programmeApi = {
  trainings: (year: number) => call('GET /api/programme/trainings', { query: { year } }),
  recordTraining: (input: TrainingInput) => call('POST /api/programme/trainings', { body: input }),
  awareness: (year: number) => call('GET /api/programme/awareness', { query: { year } }),
  recordAwareness: (input: AwarenessInput) => call('POST /api/programme/awareness', { body: input }),
  measures: () => call('GET /api/programme/measures'),
  createMeasure: (input: MeasureInput) => call('POST /api/programme/measures', { body: input }),
  measure: (id: string) => call('GET /api/programme/measures/:id', { params: { id } }),
  report: (id: string, input: ReportInput) =>
    call('POST /api/programme/measures/:id/reports', { params: { id }, body: input }),
  /** The address of a measure's yearly report; the browser sends the session with it. */
  reportUrl: (id: string, year: number, format: 'pdf' | 'xlsx', lang: 'lt' | 'en') =>
    href('GET /api/programme/measures/:id/report', { params: { id }, query: { year, format, lang } }),
};
