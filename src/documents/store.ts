import { and, asc, eq, inArray } from 'drizzle-orm';
import { organisations, users } from '../access/tables.ts';
import { personKeys } from '../people/tables.ts';
import type { Db } from '../platform/db.ts';
import { caseDocuments } from './tables.ts';

export type DocumentRow = typeof caseDocuments.$inferSelect;

export async function insertDocument(db: Db, row: typeof caseDocuments.$inferInsert) {
  const [inserted] = await db.insert(caseDocuments).values(row).returning();
  return inserted!;
}

/** A case's documents with who added them, without their bytes (a list never loads the files). */
export function documentsOfCases(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: caseDocuments.id,
      caseId: caseDocuments.caseId,
      kind: caseDocuments.kind,
      mediaType: caseDocuments.mediaType,
      size: caseDocuments.size,
      sealedName: caseDocuments.sealedName,
      uploadedAt: caseDocuments.uploadedAt,
      organisationId: caseDocuments.organisationId,
      organisationLt: organisations.nameLt,
      organisationEn: organisations.nameEn,
      uploadedBy: users.displayName,
    })
    .from(caseDocuments)
    .innerJoin(organisations, eq(organisations.id, caseDocuments.organisationId))
    .leftJoin(users, eq(users.id, caseDocuments.uploadedByUserId))
    .where(inArray(caseDocuments.caseId, caseIds))
    .orderBy(asc(caseDocuments.uploadedAt), asc(caseDocuments.id));
}
export type ListedDocument = Awaited<ReturnType<typeof documentsOfCases>>[number];

/** One document of one case, bytes and all; another case's document id finds nothing. */
export async function documentOfCase(db: Db, caseId: string, documentId: string) {
  const [row] = await db
    .select()
    .from(caseDocuments)
    .where(and(eq(caseDocuments.caseId, caseId), eq(caseDocuments.id, documentId)))
    .limit(1);
  return row ?? null;
}

/** The sealed bytes of several documents, for the person's copy. */
export async function contentsOf(db: Db, documentIds: string[]) {
  if (documentIds.length === 0) return new Map<string, Buffer>();
  const rows = await db
    .select({ id: caseDocuments.id, sealedContent: caseDocuments.sealedContent })
    .from(caseDocuments)
    .where(inArray(caseDocuments.id, documentIds));
  return new Map(rows.map((r) => [r.id, r.sealedContent]));
}

/**
 * Hold the person's key for the upload's transaction: an erasure that deletes it waits until the file
 * is written, then deletes the file with the rest; an erasure already done leaves no key to hold.
 */
export async function holdPersonKey(db: Db, personId: string) {
  const [held] = await db
    .select({ personId: personKeys.personId })
    .from(personKeys)
    .where(eq(personKeys.personId, personId))
    .for('share');
  return held !== undefined;
}
