import type { z } from 'zod';
import type { Action } from '../access/policy.ts';
import { authorisedRecord } from '../access/record-guard.ts';
import { recordAudit } from '../audit/record.ts';
import { forgetPersonInCases } from '../cases/store.ts';
import { getPerson, personDataKey, shredPerson } from '../people/store.ts';
import { AppError, conflict, notFound } from '../platform/errors.ts';
import { actingMembership, actorOf } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import type { ExportQuery, RestrictionInput, SubjectExport } from './model.ts';
import { DEFAULT_PDF_FONT, FontMissingError, pdfFonts, renderPdf } from './pdf.ts';
import { restrictionViewOf, sealRestrictionReason, subjectRecord, subjectView } from './record.ts';
import { caseByReferenceOrId, setRestriction } from './store.ts';

// The data protection officer answers a person's requests: find them from a case, give them a copy of
// everything held about them, restrict processing, erase them.

const personFor = (ctx: RequestContext, action: Action, id: string) =>
  authorisedRecord(ctx, {
    action,
    recordType: 'person',
    id,
    what: 'The person',
    load: () => getPerson(ctx.db, id),
    organisationsOf: (person) => [person.organisationId],
  });

/** The person a case is about, found by the case's reference or id; the look-up is audited. */
export async function lookupSubject(ctx: RequestContext, caseReferenceOrId: string) {
  const found = await caseByReferenceOrId(ctx.db, caseReferenceOrId);
  if (!found) throw notFound('The case');
  const person = await personFor(ctx, 'person.lookup', found.personId);
  return ctx.db.transaction(async (tx) => {
    const view = await subjectView(tx, ctx.keys, person);
    await recordAudit(tx, ctx, {
      action: 'person.lookup',
      recordType: 'person',
      recordId: person.id,
      outcome: 'success',
      detail: { caseId: found.id, identity: view.person.identityState },
    });
    return view;
  });
}

export type Exported =
  | { format: 'json'; data: SubjectExport }
  | { format: 'pdf'; data: SubjectExport; pdf: Buffer };

/**
 * Everything held about the person, read in one transaction with the audit event of the export, as
 * JSON or as a PDF in their language. A missing PDF font refuses before anything is read.
 */
export async function exportSubject(
  ctx: RequestContext,
  id: string,
  query: z.output<typeof ExportQuery>,
): Promise<Exported> {
  const person = await personFor(ctx, 'person.export', id);
  const fontPath = ctx.config.pdfFont ?? DEFAULT_PDF_FONT;
  if (query.format === 'pdf') {
    try {
      pdfFonts(fontPath);
    } catch (error) {
      if (error instanceof FontMissingError) throw new AppError('unavailable', error.message);
      throw error;
    }
  }
  const m = actingMembership(ctx);
  return ctx.db.transaction(async (tx) => {
    const record = await subjectRecord(tx, ctx.keys, person, ctx.config.periods);
    const language = query.lang ?? record.language;
    const data: SubjectExport = {
      format: 'atrama.subject-export/1',
      exportedAt: new Date().toISOString(),
      language,
      exportedBy: { organisation: record.organisation(m.organisationId), role: m.role },
      person: record.person,
      restriction: record.restriction as SubjectExport['restriction'],
      cases: record.cases as SubjectExport['cases'],
      audit: record.audit,
    };
    const pdf = query.format === 'pdf' ? await renderPdf(data, fontPath) : null;
    await recordAudit(tx, ctx, {
      action: 'person.export',
      recordType: 'person',
      recordId: id,
      outcome: 'success',
      detail: { format: query.format, language, cases: data.cases.length },
    });
    return pdf ? { format: 'pdf', data, pdf } : { format: 'json', data };
  });
}

/**
 * Restrict processing (GDPR Art. 18), or lift the restriction, for a reason sealed under the person's
 * key. While restricted, their cases are kept and read, and every change to them is refused.
 */
export async function restrictSubject(
  ctx: RequestContext,
  id: string,
  input: z.output<typeof RestrictionInput>,
) {
  const person = await personFor(ctx, 'person.restrict', id);
  if (person.erasedAt) throw conflict('This person was erased; there is nothing left to restrict.', 'erased');
  if (input.restricted === (person.restrictedAt !== null)) {
    throw conflict(
      input.restricted ? 'Processing is already restricted.' : 'Processing is not restricted.',
      'restriction_unchanged',
    );
  }
  const m = actingMembership(ctx);
  return ctx.db.transaction(async (tx) => {
    await setRestriction(tx, id, {
      restricted: input.restricted,
      at: new Date(),
      userId: actorOf(ctx).userId,
      organisationId: m.organisationId,
      sealedReason: sealRestrictionReason(await personDataKey(tx, ctx.keys, id), id, input.reason),
    });
    await recordAudit(tx, ctx, {
      action: input.restricted ? 'person.restrict' : 'person.unrestrict',
      recordType: 'person',
      recordId: id,
      outcome: 'success',
    });
    return restrictionViewOf(tx, ctx.keys, (await getPerson(tx, id))!);
  });
}

/** Erase a person: their key destroyed, what the cases kept about them dropped; statistics stay. */
export async function erasePerson(ctx: RequestContext, id: string) {
  await personFor(ctx, 'person.erase', id);
  await ctx.db.transaction(async (tx) => {
    await shredPerson(tx, id);
    await forgetPersonInCases(tx, id);
    await recordAudit(tx, ctx, {
      action: 'person.erase',
      recordType: 'person',
      recordId: id,
      outcome: 'success',
    });
  });
}
