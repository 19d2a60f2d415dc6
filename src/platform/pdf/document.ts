import PDFDocument from 'pdfkit';
import { pdfFonts } from './fonts.ts';
import { Layout, MARGIN } from './layout.ts';

export type PdfOptions = {
  fontPath: string;
  /** The document's language, for screen readers. */
  language: string;
  title: string;
  /** Fixed when the document records a moment, so the same data gives the same bytes. */
  createdAt?: Date;
};

/**
 * An A4 document with the body and bold fonts registered as 'body' and 'bold', its layout, and
 * finish(), which ends it and resolves to its bytes. Throws FontMissingError before any work.
 */
export function createPdf(options: PdfOptions) {
  const fonts = pdfFonts(options.fontPath);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 10, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: options.language,
    displayTitle: true,
    info: {
      Title: options.title,
      Author: 'Atrama',
      Creator: 'Atrama',
      ...(options.createdAt ? { CreationDate: options.createdAt } : {}),
    },
  });
  doc.registerFont('body', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const layout = new Layout(doc, doc.page.width - 2 * MARGIN);
  const finish = () => {
    doc.end();
    return done;
  };
  return { doc, layout, finish };
}
