import { createPdf } from '../../platform/pdf/document.ts';
import { INK, type Layout, MARGIN, MUTED } from '../../platform/pdf/layout.ts';
import { table } from '../../platform/pdf/table.ts';
import { printedDate } from './dates.ts';
import { organisationLines, type PrintOrganisation } from './organisation.ts';
import { label, PRINT_TEXTS, type PrintLanguage } from './texts/index.ts';

/** One measure: `need` a NEED_DOMAINS code, `measure` a SERVICE_TYPES code, `status` a PLAN_ITEM_STATUSES code. */
export type PlanItem = { need: string; measure: string; organisation: string; dueOn: string; status: string };

export type AssistancePlanInput = {
  language: PrintLanguage;
  reference: string;
  organisation: PrintOrganisation | null;
  items: PlanItem[];
  agreement: { agreedOn: string; victimWords: string; reviewOn: string } | null;
  printedOn: string;
  fontPath: string;
};

/**
 * The plan of assistance measures drawn up with the victim (seed 002), in their language, for both
 * to keep and sign: what is planned, the agreement in the person's own words, and the next review.
 */
export function assistancePlanPdf(input: AssistancePlanInput): Promise<Buffer> {
  const t = PRINT_TEXTS[input.language];
  const p = t.plan;
  const { layout, finish } = createPdf({
    fontPath: input.fontPath,
    language: input.language,
    title: p.title,
  });

  layout.title(p.title);
  layout.field(p.reference, input.reference);
  if (input.organisation) layout.field(p.preparedBy, organisationLines(input.organisation, t));
  layout.field(p.printedOn, printedDate(input.printedOn));
  layout.doc.moveDown(0.6);
  layout.paragraph(p.intro, { muted: true });

  if (input.items.length === 0) layout.paragraph(p.noItems, { muted: true });
  else
    table(
      layout,
      [
        { header: p.columns.need, share: 0.19 },
        { header: p.columns.measure, share: 0.23 },
        { header: p.columns.organisation, share: 0.25 },
        { header: p.columns.dueOn, share: 0.15 },
        { header: p.columns.status, share: 0.18 },
      ],
      input.items.map((item) => [
        label(t.codes.need, item.need),
        label(t.codes.service, item.measure),
        item.organisation,
        printedDate(item.dueOn),
        label(t.codes.planStatus, item.status),
      ]),
    );

  layout.section(p.agreement);
  if (input.agreement) {
    layout.field(p.agreedOn, printedDate(input.agreement.agreedOn));
    layout.field(p.victimWords, input.agreement.victimWords);
    layout.field(p.reviewOn, printedDate(input.agreement.reviewOn));
  } else layout.paragraph(p.notAgreed, { muted: true });

  layout.section(p.signatures);
  signatureLines(layout, [p.person, p.caseWorker], [p.signature, p.date]);

  layout.pageNumbers(t.page);
  return finish();
}

/** Side by side, one block for each signer: their role, then a line to write on for each of `lines`. */
function signatureLines(layout: Layout, signers: string[], lines: string[]) {
  const { doc } = layout;
  const gap = 30;
  const width = (layout.width - gap * (signers.length - 1)) / signers.length;
  layout.ensure(40 + lines.length * 34);
  const top = doc.y + 6;
  signers.forEach((signer, i) => {
    const x = MARGIN + i * (width + gap);
    doc.font('bold').fontSize(10).fillColor(INK).text(signer, x, top, { width });
    lines.forEach((line, j) => {
      const y = top + 44 + j * 34;
      doc
        .moveTo(x, y)
        .lineTo(x + width, y)
        .lineWidth(0.7)
        .strokeColor(INK)
        .stroke();
      doc
        .font('body')
        .fontSize(8)
        .fillColor(MUTED)
        .text(line, x, y + 3, { width });
    });
  });
  doc.x = MARGIN;
  doc.y = top + 44 + lines.length * 34;
}
