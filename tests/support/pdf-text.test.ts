import { describe, expect, it } from 'vitest';
import { rightsLeafletPdf } from '../../src/assistance/print/leaflet.ts';
import { DEFAULT_PDF_FONT } from '../../src/platform/pdf/layout.ts';
import { decodePdfkitText, pageCount, pdfText } from './pdf-text.ts';

describe('reading a printed document back', () => {
  it('reads the same words without pdftotext as with it, Cyrillic included', async () => {
    const pdf = await rightsLeafletPdf({
      language: 'ru',
      kind: 'trafficking',
      organisation: null,
      fontPath: DEFAULT_PDF_FONT,
    });
    const decoded = decodePdfkitText(pdf).replace(/\s+/g, ' ');
    for (const words of ['Ваши права как жертвы торговли людьми', 'Срочная помощь', 'avr@iom.lt'])
      expect([decoded.includes(words), pdfText(pdf).includes(words)]).toEqual([true, true]);
    expect(pageCount(pdf)).toBeGreaterThan(0);
  });
});
