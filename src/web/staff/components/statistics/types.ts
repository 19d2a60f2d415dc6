// The shapes of src/statistics/model.ts and src/funding/model.ts as the apps read them, taken from
// their Zod schemas (types only: nothing of the server reaches a bundle).
import type { z } from 'zod';
import type * as funding from '../../../../funding/model.ts';
import type * as model from '../../../../statistics/model.ts';

export type Indicator = model.Indicator;
export type Breakdown = model.Breakdown;
export type StatisticsFilter = z.input<typeof model.StatisticsFilter>;
export type SeedTable = model.SeedTable;
export type SeedTableKey = keyof SeedTable;
export type SummaryView = z.infer<typeof model.SummaryView>;
export type BreakdownView = model.BreakdownView;

export type FundingView = z.infer<typeof funding.FundingView>;
export type AllocationView = FundingView['items'][number];
export type AllocationInput = z.input<typeof funding.AllocationInput>;

/** The anonymity report published beside the open-data file. */
export type OpenDataReport = z.infer<typeof model.OpenDataReport>;

/** A figure as a table row and a chart bar: a hidden count is null. */
export type FigureRow = { key: string; label: string; value: number | null };
