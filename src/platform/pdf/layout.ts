// A small layout on top of pdfkit, shared by every printed document: headings, label-and-value
// rows, paragraphs, page numbers. It writes with the fonts registered as 'body' and 'bold'.

// A renderer's callers check the font before any work: one import gives them the font and the layout.
export { DEFAULT_PDF_FONT, FontMissingError, pdfFonts } from './fonts.ts';

export const MARGIN = 50;
export const LABEL_WIDTH = 150;
export const INK = '#1a1a1a';
export const MUTED = '#555555';
export const RULE = '#b0b0b0';
export const SHADE = '#eeeeee';

export class Layout {
  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly width: number,
  ) {}

  /** Start a new page unless `height` more points fit on this one. */
  ensure(height: number) {
    const bottom = this.doc.page.height - this.doc.page.margins.bottom;
    if (this.doc.y + height > bottom) this.doc.addPage();
  }

  title(text: string) {
    this.doc.font('bold').fontSize(18).fillColor(INK).text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.5);
  }

  section(text: string) {
    this.ensure(60);
    this.doc.moveDown(0.8);
    this.doc.font('bold').fontSize(14).fillColor(INK).text(text, MARGIN, this.doc.y, { width: this.width });
    const y = this.doc.y + 2;
    this.doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + this.width, y)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    this.doc.y = y + 6;
  }

  subsection(text: string) {
    this.ensure(40);
    this.doc.moveDown(0.4);
    this.doc.font('bold').fontSize(11).fillColor(INK).text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.2);
  }

  paragraph(text: string, options: { muted?: boolean; size?: number } = {}) {
    this.doc
      .font('body')
      .fontSize(options.size ?? 10)
      .fillColor(options.muted ? MUTED : INK);
    this.ensure(this.doc.heightOfString(text, { width: this.width }) + 4);
    this.doc.text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
  }

  /** Points, each with a bullet and its text hanging beside it. */
  bullets(items: readonly string[]) {
    const indent = 12;
    for (const item of items) {
      this.doc.font('body').fontSize(10).fillColor(INK);
      this.ensure(this.doc.heightOfString(item, { width: this.width - indent }) + 2);
      const top = this.doc.y;
      this.doc.text('•', MARGIN, top, { width: indent, lineBreak: false });
      this.doc.text(item, MARGIN + indent, top, { width: this.width - indent });
      this.doc.moveDown(0.2);
    }
    this.doc.x = MARGIN;
  }

  /** Lines in a shaded box, kept together on one page: what a reader must not miss. */
  callout(lines: readonly { text: string; bold?: boolean }[]) {
    const pad = 8;
    const inner = this.width - 2 * pad;
    const heights = lines.map((line) =>
      this.doc
        .font(line.bold ? 'bold' : 'body')
        .fontSize(10)
        .heightOfString(line.text, { width: inner }),
    );
    const height = heights.reduce((sum, h) => sum + h + 2, 2 * pad);
    this.ensure(height + 8);
    const top = this.doc.y;
    this.doc.rect(MARGIN, top, this.width, height).fill(SHADE);
    this.doc.y = top + pad;
    for (const line of lines) {
      this.doc
        .font(line.bold ? 'bold' : 'body')
        .fontSize(10)
        .fillColor(INK)
        .text(line.text, MARGIN + pad, this.doc.y, { width: inner });
      this.doc.y += 2;
    }
    this.doc.x = MARGIN;
    this.doc.y = top + height + 8;
  }

  /** A label on the left and its value beside it; a long value wraps in its column. */
  field(label: string, value: string) {
    const valueWidth = this.width - LABEL_WIDTH;
    this.doc.font('body').fontSize(10);
    const valueHeight = this.doc.heightOfString(value, { width: valueWidth });
    this.doc.font('bold').fontSize(9);
    const labelHeight = this.doc.heightOfString(label, { width: LABEL_WIDTH - 8 });
    this.ensure(Math.min(Math.max(valueHeight, labelHeight), 200) + 4);
    const top = this.doc.y;
    this.doc.fillColor(MUTED).text(label, MARGIN, top, { width: LABEL_WIDTH - 8 });
    const afterLabel = this.doc.y;
    const labelPage = this.doc.bufferedPageRange().count;
    this.doc
      .font('body')
      .fontSize(10)
      .fillColor(INK)
      .text(value, MARGIN + LABEL_WIDTH, top, { width: valueWidth });
    // A value that ran onto the next page leaves the cursor there; otherwise below the taller column.
    const samePage = this.doc.bufferedPageRange().count === labelPage;
    this.doc.y = (samePage ? Math.max(afterLabel, this.doc.y) : this.doc.y) + 3;
    this.doc.x = MARGIN;
  }

  /** Rows, or one muted line when there are none. */
  rows<T>(items: readonly T[], empty: string, each: (item: T) => void) {
    if (items.length === 0) this.paragraph(empty, { muted: true });
    else for (const item of items) each(item);
  }

  /** "Page 1 of 3" at the foot of every page, written once all pages exist. */
  pageNumbers(label: (page: number, pages: number) => string) {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc
        .font('body')
        .fontSize(8)
        .fillColor(MUTED)
        .text(label(i + 1, count), MARGIN, this.doc.page.height - 35, {
          width: this.width,
          align: 'center',
          lineBreak: false,
        });
      this.doc.page.margins.bottom = bottom;
    }
  }
}
