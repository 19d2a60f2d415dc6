import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from '../access/tables.ts';
import { cases } from '../cases/tables.ts';
import { bytea } from '../platform/columns.ts';
import type { DocumentKind } from './catalogue.ts';

// A file attached to a case. Its name and its bytes are sealed under the person's key, each bound to
// the document's id; what kind of paper it is, its type and size are in the clear. Erasing the person
// deletes the rows (the sealed bytes of a destroyed key would otherwise stay, unreadable but held).

export const caseDocuments = pgTable(
  'case_documents',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    uploadedByUserId: uuid('uploaded_by_user_id').references(() => users.id),
    kind: text('kind').$type<DocumentKind>().notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sealedName: bytea('sealed_name').notNull(),
    sealedContent: bytea('sealed_content').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_documents_case_idx').on(t.caseId, t.uploadedAt)],
);
