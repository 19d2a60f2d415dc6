import { seal, unseal } from '../platform/crypto/sealing.ts';

// A document's name and bytes are sealed under the person's key, each bound to the document: sealed
// bytes copied onto another document, or its name onto another's bytes, do not open.

const aad = (part: 'name' | 'content', documentId: string) => `case-document-${part}:${documentId}`;

export const sealDocument = (personKey: Buffer, documentId: string, name: string, content: Buffer) => ({
  sealedName: seal(personKey, Buffer.from(name, 'utf8'), aad('name', documentId)),
  sealedContent: seal(personKey, content, aad('content', documentId)),
});

export const openName = (personKey: Buffer, documentId: string, sealed: Buffer) =>
  unseal(personKey, sealed, aad('name', documentId)).toString('utf8');

export const openContent = (personKey: Buffer, documentId: string, sealed: Buffer) =>
  unseal(personKey, sealed, aad('content', documentId));
