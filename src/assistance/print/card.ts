import QRCode from 'qrcode';
import { createPdf } from '../../platform/pdf/document.ts';
import { INK, type Layout, MARGIN, MUTED } from '../../platform/pdf/layout.ts';
import type { IdentificationCardInput } from './card-input.ts';
import { cardSections } from './card-sections.ts';
import { printedDate } from './dates.ts';
import { CARD_TEXTS } from './texts/index.ts';
import type { CardTexts } from './texts/types.ts';

export type { IdentificationCardInput } from './card-input.ts';

const QR_SIZE = 100;

/**
 * The Human Trafficking Victim Identification Card (seed 000): the written document a victim
 * carries, with exactly the card's field groups, and a QR code an official scans to check it.
 */
export async function identificationCardPdf(input: IdentificationCardInput): Promise<Buffer> {
  const t = CARD_TEXTS[input.language];
  const { layout, finish } = createPdf({
    fontPath: input.fontPath,
    language: input.language,
    title: t.title,
  });
  const qr = await QRCode.toBuffer(input.verifyUrl, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 1,
    width: 300,
  });

  layout.title(t.title);
  header(layout, t, input, qr);
  cardSections(layout, t, input);
  layout.pageNumbers((page, pages) => t.page(input.number, page, pages));
  return finish();
}

/** Number, issue date and validity on the left; the QR code and how to use it on the right. */
function header(layout: Layout, t: CardTexts, input: IdentificationCardInput, qr: Buffer) {
  const { doc } = layout;
  const top = doc.y;
  const left = layout.width - QR_SIZE - 20;
  const rows: [string, string][] = [
    [t.number, input.number],
    [t.issuedOn, printedDate(input.issuedOn)],
    [t.validUntil, printedDate(input.validUntil)],
  ];
  doc.y = top + 4;
  for (const [name, value] of rows) {
    doc.font('body').fontSize(9).fillColor(MUTED).text(name, MARGIN, doc.y, { width: left });
    doc.font('bold').fontSize(13).fillColor(INK).text(value, MARGIN, doc.y, { width: left });
    doc.moveDown(0.4);
  }
  const afterRows = doc.y;
  const qrLeft = MARGIN + layout.width - QR_SIZE;
  doc.image(qr, qrLeft, top, { width: QR_SIZE, height: QR_SIZE });
  doc
    .font('body')
    .fontSize(7.5)
    .fillColor(MUTED)
    .text(t.scanToCheck, qrLeft, top + QR_SIZE + 3, { width: QR_SIZE, align: 'center' });
  doc.x = MARGIN;
  doc.y = Math.max(afterRows, doc.y) + 6;
  layout.paragraph(t.confidential, { muted: true, size: 9 });
}
