// The shapes of src/audit/model.ts as the app reads them, taken from its Zod schemas (types only:
// nothing of the server reaches the bundle).
import type { z } from 'zod';
import type * as model from '../../../audit/model.ts';

export { AUDIT_FLAGS, AUDIT_OUTCOMES } from '../../../audit/catalogue.ts';

export type AuditQuery = z.input<typeof model.AuditQuery>;
export type AuditPage = z.output<typeof model.AuditPage>;
export type AuditEntry = AuditPage['items'][number];
export type AuditFlag = NonNullable<AuditEntry['flag']>;
export type AuditVerification = z.output<typeof model.ChainCheckView>;

/** Who opened which cases in a month, per organisation. */
export type AccessReview = z.output<typeof model.AccessReview>;
/** One person's reads of one case in the month. */
export type AccessReviewEntry = AccessReview['organisations'][number]['entries'][number];
