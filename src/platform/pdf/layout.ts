// A small layout on top of pdfkit, shared by every printed document: headings, label-and-value
// rows, paragraphs, page numbers. It writes with the fonts registered as 'body' and 'bold'.

export const MARGIN = 50;
export const LABEL_WIDTH = 150;
export const INK = '#1a1a1a';
export const MUTED = '#555555';
export const RULE = '#b0b0b0';

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
