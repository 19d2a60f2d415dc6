// The shapes of src/programme/model.ts as the staff app reads them (types only).
import type { z } from 'zod';
import type * as model from '../../../../programme/model.ts';

export type TrainingInput = z.input<typeof model.TrainingInput>;
export type TrainingView = z.infer<typeof model.TrainingView>;
export type AwarenessInput = z.input<typeof model.AwarenessInput>;
export type AwarenessView = z.infer<typeof model.AwarenessView>;
export type MeasureInput = z.input<typeof model.MeasureInput>;
export type MeasureSummary = z.infer<typeof model.MeasureSummary>;
export type MeasureView = z.infer<typeof model.MeasureView>;
export type ReportInput = z.input<typeof model.ReportInput>;
