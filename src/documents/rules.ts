import type { IdentityState } from '../cases/rules.ts';
import { DOCUMENT_TYPES, type DocumentRefusal, type DocumentType, MAX_DOCUMENT_BYTES } from './catalogue.ts';

// What a file is, decided by its first bytes, never by its name or the type the sender declared: a
// renamed program or a PNG called .pdf is refused before anything is stored.

const SIGNATURES: readonly [DocumentType, readonly number[]][] = [
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
];

const NAMES: Record<DocumentType, string> = { pdf: 'a PDF', jpeg: 'a JPEG image', png: 'a PNG image' };

/** The type the content shows, or null when it is none of those accepted. */
export function detectType(bytes: Uint8Array): DocumentType | null {
  const found = SIGNATURES.find(([, magic]) => magic.every((b, i) => bytes[i] === b));
  return found ? found[0] : null;
}

/** The type a file name's ending says, or null when it names none of those accepted. */
export function typeOfName(name: string): DocumentType | null {
  const dot = name.lastIndexOf('.');
  const extension = dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
  const entry = Object.entries(DOCUMENT_TYPES).find(([, t]) =>
    (t.extensions as readonly string[]).includes(extension),
  );
  return entry ? (entry[0] as DocumentType) : null;
}

export type UploadCheck =
  | { ok: true; type: DocumentType; mediaType: (typeof DOCUMENT_TYPES)[DocumentType]['mediaType'] }
  | { ok: false; refusal: DocumentRefusal; message: string };

/** May these bytes be kept under this name: not empty, within the limit, and what the name says. */
export function checkUpload(name: string, bytes: Uint8Array): UploadCheck {
  const refuse = (refusal: DocumentRefusal, message: string): UploadCheck => ({
    ok: false,
    refusal,
    message,
  });
  if (bytes.length === 0) return refuse('empty', 'The file is empty.');
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    return refuse('too_large', `The file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`);
  }
  const named = typeOfName(name);
  if (!named)
    return refuse(
      'unknown_extension',
      'Only PDF, JPEG and PNG files (.pdf, .jpg, .jpeg, .png) are accepted.',
    );
  const detected = detectType(bytes);
  if (!detected) {
    return refuse(
      'unknown_content',
      `The file is named as ${NAMES[named]}, but its content is not a PDF, JPEG or PNG.`,
    );
  }
  if (detected !== named) {
    return refuse(
      'content_mismatch',
      `The file is named as ${NAMES[named]}, but its content is ${NAMES[detected]}.`,
    );
  }
  return { ok: true, type: detected, mediaType: DOCUMENT_TYPES[detected].mediaType };
}

/**
 * A case's files identify the person (a passport, a signed consent, a medical paper): a team member
 * sees them when it sees the identity, or when the person is anonymous and the files are the team's
 * like its notes. Hidden, openable only by break-glass, or erased: not.
 */
export const documentsShown = (identity: IdentityState) => identity === 'shown' || identity === 'none';

/**
 * The Content-Disposition of a download (RFC 6266): always an attachment, never shown inline; the name
 * in UTF-8 (RFC 8187 `filename*`) with a plain ASCII fallback for old clients.
 */
export function attachmentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
