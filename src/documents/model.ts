import { z } from 'zod';
import { OrganisationName } from '../cases/model.ts';
import { CASE_DOCUMENT_KINDS, DOCUMENT_TYPES, type DocumentType } from './catalogue.ts';

export const DocumentKind = z.enum(CASE_DOCUMENT_KINDS);
export const MediaType = z.enum(
  Object.values(DOCUMENT_TYPES).map((t) => t.mediaType) as [
    (typeof DOCUMENT_TYPES)[DocumentType]['mediaType'],
    ...(typeof DOCUMENT_TYPES)[DocumentType]['mediaType'][],
  ],
);

/** A file's name as the worker's device gave it: a name, never a path, nothing a header could break on. */
export const FileName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine(
    (name) => !/[\p{Cc}\p{Cs}/\\]/u.test(name),
    'file_name: a file name must not contain a path or control characters.',
  );

export const DocumentParams = z.object({ id: z.uuid(), documentId: z.uuid() });

/** The upload's words travel in the query (never logged); its body is the file's bytes. */
export const UploadQuery = z.object({ kind: DocumentKind, name: FileName });
// Uint8Array, which a Buffer is: the staff app reads these types without Node's.
export const FileBytes = z.instanceof(Uint8Array, {
  message: "file_bytes: send the file's bytes with content-type application/octet-stream.",
});

export const DocumentView = z.object({
  id: z.uuid(),
  kind: DocumentKind,
  /** The file's name, sealed under the person's key like the rest of what identifies them. */
  name: z.string(),
  mediaType: MediaType,
  size: z.number().int(),
  uploadedAt: z.iso.datetime({ offset: true }),
  organisation: OrganisationName,
  uploadedBy: z.string().nullable(),
});

export const DocumentList = z.object({
  /**
   * False for a team member the person's identity is not shared with: the files identify the person,
   * so they are not listed to them (and cannot be downloaded or added by them).
   */
  available: z.boolean(),
  items: z.array(DocumentView),
});

/**
 * A file in the person's copy: who attached it by organisation (never by name, as in the rest of the
 * copy), and the file itself, base64-encoded, so the copy holds the papers and not only their names.
 */
export const DocumentExport = DocumentView.omit({ uploadedBy: true }).extend({ content: z.string() });
