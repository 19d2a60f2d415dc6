import type { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { caseFor } from '../cases/access.ts';
import { todayInVilnius } from '../cases/model.ts';
import { type OrganisationRow, organisationsWith } from '../cases/organisations.ts';
import type { OrganisationContact } from '../directory/hsds.ts';
import { AppError } from '../platform/errors.ts';
import { actingMembership } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { DEFAULT_PDF_FONT, FontMissingError, pdfFonts } from '../platform/pdf/fonts.ts';
import { assistanceOf } from './access.ts';
import type { PrintQuery } from './model.ts';
import { rightsLeafletPdf } from './print/leaflet.ts';
import { assistancePlanPdf } from './print/plan.ts';

// What a case worker prints for the person, in the person's language: the rights leaflet and the plan.

/** The PDF font, or 503 saying how to install it, before anything is read. */
export function fontPathOf(ctx: RequestContext) {
  const fontPath = ctx.config.pdfFont ?? DEFAULT_PDF_FONT;
  try {
    pdfFonts(fontPath);
  } catch (error) {
    if (error instanceof FontMissingError) throw new AppError('unavailable', error.message);
    throw error;
  }
  return fontPath;
}

/** An organisation's name and its first verified phone and e-mail, for the person to reach it. */
export function organisationContact(
  org: Pick<OrganisationRow, 'nameLt' | 'nameEn' | 'profile'>,
  language: string,
) {
  const contacts = ((org.profile as { contacts?: OrganisationContact[] } | null)?.contacts ?? []).filter(
    (c) => c.verified,
  );
  const first = (kinds: string[]) => contacts.find((c) => kinds.includes(c.kind))?.value ?? null;
  return {
    organisation: language === 'lt' ? org.nameLt : org.nameEn,
    phone: first(['hotline', 'phone']),
    email: first(['email']),
  };
}

export async function leafletPdf(
  ctx: RequestContext,
  query: z.output<typeof PrintQuery> & { kind: 'trafficking' | 'other_crime' },
) {
  const fontPath = fontPathOf(ctx);
  const [org] = await organisationsWith(ctx.db, [actingMembership(ctx).organisationId]);
  const contact = org ? organisationContact(org, query.lang) : null;
  return rightsLeafletPdf({
    language: query.lang,
    kind: query.kind,
    organisation: contact ? { name: contact.organisation, phone: contact.phone, email: contact.email } : null,
    fontPath,
  });
}

/** The plan as agreed, printed for the person; the printing is audited like a read. */
export async function planPdf(ctx: RequestContext, id: string, query: z.output<typeof PrintQuery>) {
  const fontPath = fontPathOf(ctx);
  const { row, team } = await caseFor(ctx, 'assistance.read', id);
  return ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx };
    const view = await assistanceOf(scoped, row, team);
    const [org] = await organisationsWith(tx, [actingMembership(ctx).organisationId]);
    const contact = org ? organisationContact(org, query.lang) : null;
    const agreement = view.plan.agreements.at(-1);
    await recordAudit(tx, ctx, {
      action: 'assistance.plan.print',
      recordType: 'case',
      recordId: row.id,
      outcome: 'success',
      detail: { language: query.lang },
    });
    const name = (o: { name: { lt: string; en: string } }) => (query.lang === 'lt' ? o.name.lt : o.name.en);
    const pdf = await assistancePlanPdf({
      language: query.lang,
      reference: row.reference,
      organisation: contact
        ? { name: contact.organisation, phone: contact.phone, email: contact.email }
        : null,
      items: view.plan.items
        .filter((i) => i.status !== 'cancelled')
        .map((i) => ({
          need: i.need,
          measure: i.measure,
          organisation: name(i.organisation),
          dueOn: i.dueOn,
          status: i.status,
        })),
      agreement: agreement
        ? {
            agreedOn: agreement.agreedOn,
            victimWords: agreement.victimWords ?? '',
            reviewOn: agreement.reviewOn,
          }
        : null,
      printedOn: todayInVilnius(),
      fontPath,
    });
    return { pdf, reference: row.reference };
  });
}
