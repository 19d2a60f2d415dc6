import { route } from '../platform/http/route.ts';
import { MAX_DOCUMENT_BYTES } from './catalogue.ts';
import * as contract from './contract.ts';
import { attachmentDisposition } from './rules.ts';
import { downloadDocument, listDocuments, uploadDocument } from './verbs.ts';

const tag = 'Documents';

export const documentRoutes = [
  route({
    ...contract.listDocuments,
    summary: "The case's files (signed consent, identity document, medical or police paper), names opened",
    tag,
    policy: { kind: 'action', action: 'document.list' },
    handler: async (ctx, { params }) => listDocuments(ctx, params.id),
  }),
  route({
    ...contract.uploadDocument,
    summary:
      "Attach a PDF, JPEG or PNG of up to 10 MB: the body is the file's bytes (application/octet-stream), its type read from its content",
    tag,
    policy: { kind: 'action', action: 'document.upload' },
    fileBody: { maxBytes: MAX_DOCUMENT_BYTES },
    handler: async (ctx, { params, query, body }) => uploadDocument(ctx, params.id, query, body),
  }),
  route({
    ...contract.downloadDocument,
    summary: 'Download one file, always as an attachment, never shown inline (audited)',
    tag,
    policy: { kind: 'action', action: 'document.download' },
    handler: async (ctx, { params }, reply) => {
      const file = await downloadDocument(ctx, params.id, params.documentId);
      return reply
        .type(file.mediaType)
        .header('content-disposition', attachmentDisposition(file.name))
        .send(file.content);
    },
  }),
];
