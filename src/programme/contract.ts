import { contract } from '../platform/http/contract.ts';
import {
  AwarenessInput,
  AwarenessListView,
  AwarenessView,
  IdParams,
  MeasureInput,
  MeasuresView,
  MeasureView,
  ReportFileQuery,
  ReportInput,
  TrainingInput,
  TrainingsView,
  TrainingView,
  YearQuery,
} from './model.ts';

// The routes of trainings, awareness and the national action plan, as the staff app calls them.
// Each route spreads its contract into its definition; the staff app reads them as types only.

export const trainings = contract({
  method: 'GET',
  url: '/api/programme/trainings',
  query: YearQuery,
  response: TrainingsView,
});

export const recordTraining = contract({
  method: 'POST',
  url: '/api/programme/trainings',
  body: TrainingInput,
  response: TrainingView,
  status: 201,
});

export const awareness = contract({
  method: 'GET',
  url: '/api/programme/awareness',
  query: YearQuery,
  response: AwarenessListView,
});

export const recordAwareness = contract({
  method: 'POST',
  url: '/api/programme/awareness',
  body: AwarenessInput,
  response: AwarenessView,
  status: 201,
});

export const measures = contract({
  method: 'GET',
  url: '/api/programme/measures',
  response: MeasuresView,
});

export const createMeasure = contract({
  method: 'POST',
  url: '/api/programme/measures',
  body: MeasureInput,
  response: MeasureView,
  status: 201,
});

export const measure = contract({
  method: 'GET',
  url: '/api/programme/measures/:id',
  params: IdParams,
  response: MeasureView,
});

export const reportOnMeasure = contract({
  method: 'POST',
  url: '/api/programme/measures/:id/reports',
  params: IdParams,
  body: ReportInput,
  response: MeasureView,
  status: 201,
});

export const measureReportFile = contract({
  method: 'GET',
  url: '/api/programme/measures/:id/report',
  params: IdParams,
  query: ReportFileQuery,
  // The file itself, PDF or XLSX, sent by the handler.
  response: null,
});
