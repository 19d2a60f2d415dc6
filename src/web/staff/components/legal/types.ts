// The shapes of src/assistance/legal-model.ts as the app reads them (types only).
import type { z } from 'zod';
import type * as model from '../../../../assistance/legal-model.ts';

export type PoliceCaseView = z.infer<typeof model.PoliceCaseView>;
export type PoliceCaseList = z.infer<typeof model.PoliceCaseList>;
export type ClaimView = z.infer<typeof model.ClaimView>;
export type ClaimList = z.infer<typeof model.ClaimList>;
export type ClaimStepInput = z.input<typeof model.ClaimStepInput>;
