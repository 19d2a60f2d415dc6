// The shapes of src/directory/model.ts as the app sends and reads them, taken from its Zod schemas
// (types only: nothing of the server reaches the bundle).
import type { z } from 'zod';
import type * as model from '../../../directory/model.ts';

export { WEEKDAYS } from '../../../directory/catalogue.ts';

/** The languages the directory's texts are written in. */
export type Language = z.output<typeof model.Language>;

/** A service in the directory of help, with its texts in the language asked for. */
export type DirectoryService = z.output<typeof model.StaffService>;
export type DirectoryServiceList = z.output<typeof model.StaffServiceList>;
export type DirectoryServiceQuery = z.input<typeof model.StaffServiceQuery>;
export type DirectoryNeed = DirectoryService['needs'][number];
export type DirectoryPhone = DirectoryService['phones'][number];
/** When a service can be reached: unknown (null), always, or on some days between two times. */
export type DirectorySchedule = DirectoryService['schedule'];
export type Weekday = Extract<NonNullable<DirectorySchedule>, { kind: 'weekly' }>['days'][number];
/** The contact details a member of the service's organisation may change. */
export type DirectoryServicePatch = z.input<typeof model.UpdateServiceInput>;

export type ReferralMap = z.output<typeof model.ReferralMap>;
export type ReferralMapItem = ReferralMap['items'][number];

/** A term of one of the directory's HSDS taxonomies. */
export type TaxonomyTerm = z.output<typeof model.HsdsTaxonomyTerm>;
export type TaxonomyTermPage = z.output<typeof model.HsdsTaxonomyTermPage>;
