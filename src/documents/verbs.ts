import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { caseFor, viewerOf } from '../cases/access.ts';
import { changeCase, type Team } from '../cases/change.ts';
import { type CaseRow, consentsOf, referralsOf } from '../cases/store.ts';
import { identityStateOf, type Viewer } from '../cases/view.ts';
import { getPerson, personDataKey } from '../people/store.ts';
import { AppError, conflict, DeniedError, notFound } from '../platform/errors.ts';
import type { RequestContext } from '../platform/http/context.ts';
import type { DocumentRefusal } from './catalogue.ts';
import type { DocumentExport, DocumentView, UploadQuery } from './model.ts';
import { checkUpload, documentsShown } from './rules.ts';
import { openContent, openName, sealDocument } from './sealed.ts';
import {
  contentsOf,
  documentOfCase,
  documentsOfCases,
  holdPersonKey,
  insertDocument,
  type ListedDocument,
} from './store.ts';

// Files attached to a case by its team: added through the case kernel (timeline and audit in one
// transaction), listed and downloaded only by team members who see the person's identity, each
// download audited on the case.

const STATUS_OF: Record<
  DocumentRefusal,
  'validation_failed' | 'payload_too_large' | 'unsupported_media_type'
> = {
  empty: 'validation_failed',
  too_large: 'payload_too_large',
  unknown_extension: 'unsupported_media_type',
  unknown_content: 'unsupported_media_type',
  content_mismatch: 'unsupported_media_type',
};

/** Whether the viewer sees this case's files: as it sees the person's identity (rules.ts). */
async function shownTo(
  db: RequestContext['db'],
  viewer: Viewer,
  row: CaseRow,
  team: Team,
  loaded?: {
    consents: Awaited<ReturnType<typeof consentsOf>>;
    referrals: Awaited<ReturnType<typeof referralsOf>>;
  },
) {
  const person = (await getPerson(db, row.personId))!;
  const state = identityStateOf(
    {
      person,
      team,
      consents: loaded?.consents ?? (await consentsOf(db, row.id)),
      referrals: loaded?.referrals ?? (await referralsOf(db, [row.id])),
    },
    viewer,
  );
  return documentsShown(state);
}

const refusedFiles = (action: string, caseId: string) =>
  new DeniedError({ action, recordType: 'case', recordId: caseId }, "The case's documents");

export function documentView(personKey: Buffer, d: ListedDocument): z.input<typeof DocumentView> {
  return {
    id: d.id,
    kind: d.kind,
    name: openName(personKey, d.id, d.sealedName),
    mediaType: d.mediaType as z.input<typeof DocumentView>['mediaType'],
    size: d.size,
    uploadedAt: d.uploadedAt.toISOString(),
    organisation: { id: d.organisationId, name: { lt: d.organisationLt, en: d.organisationEn } },
    uploadedBy: d.uploadedBy,
  };
}

/** Add a file to the case. Checked before anything is read or stored: a refused file leaves no trace. */
export function uploadDocument(
  ctx: RequestContext,
  caseId: string,
  query: z.output<typeof UploadQuery>,
  file: Uint8Array,
) {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const check = checkUpload(query.name, bytes);
  if (!check.ok) throw new AppError(STATUS_OF[check.refusal], check.message, [], { refusal: check.refusal });
  const id = randomUUID();
  return changeCase(
    ctx,
    caseId,
    {
      action: 'document.upload',
      apply: async (c) => {
        const key = (await holdPersonKey(c.ctx.db, c.row.personId)) ? await c.personKey() : null;
        if (!key) throw conflict('This person was erased; nothing more can be written about them.', 'erased');
        const loaded = { consents: await c.consents(), referrals: await c.referrals() };
        if (!(await shownTo(c.ctx.db, c.viewer, c.row, c.team, loaded)))
          throw refusedFiles('document.upload', c.row.id);
        await insertDocument(c.ctx.db, {
          id,
          caseId: c.row.id,
          organisationId: c.organisationId,
          uploadedByUserId: c.userId,
          kind: query.kind,
          mediaType: check.mediaType,
          size: bytes.length,
          ...sealDocument(key, id, query.name, bytes),
        });
        c.event('document_added', { kind: query.kind });
        c.audit({
          action: 'document.upload',
          detail: { documentId: id, kind: query.kind, mediaType: check.mediaType, size: bytes.length },
        });
        return key;
      },
    },
    async ({ ctx: tx, row, value: key }) => {
      const [listed] = (await documentsOfCases(tx.db, [row.id])).filter((d) => d.id === id);
      return documentView(key, listed!);
    },
  );
}

/** The case's files for a team member who sees the identity; listing names opens them, so it is audited. */
export async function listDocuments(ctx: RequestContext, caseId: string) {
  const { row, team } = await caseFor(ctx, 'document.list', caseId);
  if (!(await shownTo(ctx.db, viewerOf(ctx), row, team))) return { available: false, items: [] };
  return ctx.db.transaction(async (tx) => {
    const rows = await documentsOfCases(tx, [row.id]);
    const key = await personDataKey(tx, ctx.keys, row.personId);
    if (!key || rows.length === 0) return { available: true, items: [] };
    await recordAudit(tx, ctx, {
      action: 'document.list',
      recordType: 'case',
      recordId: row.id,
      outcome: 'success',
      detail: { documents: rows.length },
    });
    return { available: true, items: rows.map((d) => documentView(key, d)) };
  });
}

/** One file, opened for download by a team member who sees the identity; every download is audited. */
export async function downloadDocument(ctx: RequestContext, caseId: string, documentId: string) {
  const { row, team } = await caseFor(ctx, 'document.download', caseId);
  if (!(await shownTo(ctx.db, viewerOf(ctx), row, team))) throw refusedFiles('document.download', row.id);
  return ctx.db.transaction(async (tx) => {
    const document = await documentOfCase(tx, row.id, documentId);
    const key = await personDataKey(tx, ctx.keys, row.personId);
    if (!document || !key) throw notFound('The document');
    await recordAudit(tx, ctx, {
      action: 'document.download',
      recordType: 'case',
      recordId: row.id,
      outcome: 'success',
      detail: { documentId, kind: document.kind },
    });
    return {
      name: openName(key, document.id, document.sealedName),
      mediaType: document.mediaType,
      content: openContent(key, document.id, document.sealedContent),
    };
  });
}

/** The files of a person's cases for their copy (data-subject export), by case, opened with their key. */
export async function documentsForCopy(
  db: RequestContext['db'],
  personKey: Buffer | null,
  caseIds: string[],
): Promise<Map<string, z.input<typeof DocumentExport>[]>> {
  const byCase = new Map<string, z.input<typeof DocumentExport>[]>();
  if (!personKey) return byCase;
  const listed = await documentsOfCases(db, caseIds);
  const contents = await contentsOf(
    db,
    listed.map((d) => d.id),
  );
  for (const d of listed) {
    const { uploadedBy: _staff, ...view } = documentView(personKey, d);
    const content = openContent(personKey, d.id, contents.get(d.id)!).toString('base64');
    byCase.set(d.caseId, [...(byCase.get(d.caseId) ?? []), { ...view, content }]);
  }
  return byCase;
}
