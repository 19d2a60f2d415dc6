// The shapes of src/documents/model.ts as the app sends and reads them, taken from its Zod schemas
// (types only: nothing of the server reaches the bundle), and the documents' closed lists.
import type { z } from 'zod';
import type * as model from '../../../documents/model.ts';

export {
  CASE_DOCUMENT_KINDS,
  DOCUMENT_REFUSALS,
  DOCUMENT_TYPES,
  type DocumentKind,
  type DocumentRefusal,
  MAX_DOCUMENT_BYTES,
} from '../../../documents/catalogue.ts';

/** A file attached to a case, as its team sees it. */
export type DocumentView = z.output<typeof model.DocumentView>;
export type DocumentList = z.output<typeof model.DocumentList>;
