import { INK, type Layout, MARGIN, RULE, SHADE } from './layout.ts';

/** A column: its heading and its share of the page's width (the shares add up to 1). */
export type Column = { header: string; share: number };

const SIZE = 9;
const PAD = 4;

/** Rows under a shaded heading row, which repeats at the top of every page the table runs onto. */
export function table(layout: Layout, columns: readonly Column[], rows: readonly (readonly string[])[]) {
  const { doc } = layout;
  const widths = columns.map((c) => c.share * layout.width);
  const headers = columns.map((c) => c.header);
  const heightOf = (cells: readonly string[], font: string) => {
    doc.font(font).fontSize(SIZE);
    const tallest = Math.max(
      ...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 2 * PAD })),
    );
    return tallest + 2 * PAD;
  };
  const draw = (cells: readonly string[], font: string, height: number, shaded: boolean) => {
    const top = doc.y;
    if (shaded) doc.rect(MARGIN, top, layout.width, height).fill(SHADE);
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc
        .font(font)
        .fontSize(SIZE)
        .fillColor(INK)
        .text(cell, x + PAD, top + PAD, { width: widths[i]! - 2 * PAD });
      x += widths[i]!;
    });
    const bottom = top + height;
    doc
      .moveTo(MARGIN, bottom)
      .lineTo(MARGIN + layout.width, bottom)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.x = MARGIN;
    doc.y = bottom;
  };
  const headerHeight = heightOf(headers, 'bold');
  layout.ensure(headerHeight + (rows[0] ? heightOf(rows[0], 'body') : 0));
  draw(headers, 'bold', headerHeight, true);
  for (const row of rows) {
    const height = heightOf(row, 'body');
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      draw(headers, 'bold', headerHeight, true);
    }
    draw(row, 'body', height, false);
  }
  doc.moveDown(0.5);
}
