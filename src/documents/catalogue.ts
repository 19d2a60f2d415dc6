// Files attached to a case, shared with the staff app: what each is, the types accepted and why an
// upload is refused.

/** What a file is: the signed consent, an identity document, a medical or police paper, anything else. */
export const CASE_DOCUMENT_KINDS = ['consent', 'identity_document', 'medical', 'police', 'other'] as const;
export type DocumentKind = (typeof CASE_DOCUMENT_KINDS)[number];

/** The types accepted, as their content shows them, with the file name endings that say the same. */
export const DOCUMENT_TYPES = {
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'] },
  jpeg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  png: { mediaType: 'image/png', extensions: ['png'] },
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

/** The largest file accepted: a scanned paper or a phone photo, not a video. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** Why an upload is refused (`refusal` in the answer): the staff app words each one. */
export const DOCUMENT_REFUSALS = [
  'empty',
  'too_large',
  'unknown_extension',
  'unknown_content',
  'content_mismatch',
] as const;
export type DocumentRefusal = (typeof DOCUMENT_REFUSALS)[number];
