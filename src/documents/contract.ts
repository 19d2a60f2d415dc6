import { IdParams } from '../access/model.ts';
import { contract } from '../platform/http/contract.ts';
import { DocumentList, DocumentParams, DocumentView, FileBytes, UploadQuery } from './model.ts';

// The routes of a case's documents, as the staff app calls them. The upload's body is the file's bytes
// (application/octet-stream); a download answers the file itself, as an attachment.

export const listDocuments = contract({
  method: 'GET',
  url: '/api/cases/:id/documents',
  params: IdParams,
  response: DocumentList,
});

export const uploadDocument = contract({
  method: 'POST',
  url: '/api/cases/:id/documents',
  params: IdParams,
  query: UploadQuery,
  body: FileBytes,
  response: DocumentView,
  status: 201,
});

export const downloadDocument = contract({
  method: 'GET',
  url: '/api/cases/:id/documents/:documentId',
  params: DocumentParams,
  response: null,
});
