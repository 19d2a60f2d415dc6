// The shapes of src/rights/model.ts as the app sends and reads them, taken from its Zod schemas
// (types only: nothing of the server reaches the bundle).
import type { z } from 'zod';
import type * as model from '../../../rights/model.ts';

export { EXPORT_LANGUAGES, type ExportLanguage } from '../../../rights/catalogue.ts';

/** What the data protection officer sees of the person a case is about. */
export type SubjectView = z.output<typeof model.SubjectView>;
export type RestrictionView = z.output<typeof model.RestrictionView>;
export type RestrictionInput = z.input<typeof model.RestrictionInput>;
export type ExportQuery = z.input<typeof model.ExportQuery>;

export { SUBJECT_REQUEST_CHANNELS, SUBJECT_REQUEST_KINDS } from '../../../rights/catalogue.ts';
/** A data subject's request in the data protection officer's register. */
export type SubjectRequestView = z.output<typeof model.SubjectRequestView>;
export type SubjectRequestInput = z.input<typeof model.SubjectRequestInput>;
export type SubjectRequestList = z.output<typeof model.SubjectRequestList>;
