import { existsSync } from 'node:fs';
import path from 'node:path';

// Lithuanian and Cyrillic letters need a TrueType font with those glyphs embedded: DejaVu Sans by
// default (Debian: fonts-dejavu-core).

export const DEFAULT_PDF_FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

export class FontMissingError extends Error {
  constructor(readonly fontPath: string) {
    super(
      `The font for PDF exports is missing: ${fontPath}. Install it (Debian/Ubuntu: apt-get install fonts-dejavu-core) or set ATRAMA_PDF_FONT to a TrueType font with Lithuanian and Cyrillic letters.`,
    );
  }
}

/** The regular font, and its bold face beside it when there is one ("DejaVuSans-Bold.ttf"). */
export function pdfFonts(fontPath: string) {
  if (!existsSync(fontPath)) throw new FontMissingError(fontPath);
  const ext = path.extname(fontPath);
  const bold = `${fontPath.slice(0, -ext.length)}-Bold${ext}`;
  return { regular: fontPath, bold: existsSync(bold) ? bold : fontPath };
}
