import { describe, expect, it } from 'vitest';
import { pageCount, pdfText } from '../../../tests/support/pdf-text.ts';
import { DEFAULT_PDF_FONT, FontMissingError } from '../../platform/pdf/layout.ts';
import { PRINT_LANGUAGES } from '../catalogue.ts';
import { rightsLeafletPdf } from './leaflet.ts';
import { PRINT_TEXTS } from './texts/index.ts';

const organisation = {
  name: 'Caritas Centre against Human Trafficking',
  phone: '+370 600 12345',
  email: 'pagalba@caritas.lt',
};
const fontPath = DEFAULT_PDF_FONT;

describe.each(PRINT_LANGUAGES)('the rights leaflet in %s', (language) => {
  const l = PRINT_TEXTS[language].leaflet;
  const always = [l.information, l.support, l.legalAid, l.protection, l.compensation, l.return];

  it('for a victim of trafficking: every right, who ensures it, the 24/7 line, and who gave it', async () => {
    const pdf = await rightsLeafletPdf({ language, kind: 'trafficking', organisation, fontPath });
    const text = pdfText(pdf);
    expect(text).toContain(l.title.trafficking);
    for (const part of [...always, l.trafficking]) {
      expect(text).toContain(part.heading);
      expect(text).toContain(part.who.replace(/\s+/g, ' '));
    }
    for (const words of ['112', '+370 616 91119', '+370 5 240 44 89', 'avr@iom.lt', '30'])
      expect(text).toContain(words);
    for (const words of [l.givenBy, organisation.name, organisation.phone, organisation.email])
      expect(text).toContain(words);
    expect(pageCount(pdf)).toBeLessThanOrEqual(2);
  });

  it('for a victim of another crime: no trafficking part, and no giver when none is given', async () => {
    const pdf = await rightsLeafletPdf({ language, kind: 'other_crime', organisation: null, fontPath });
    const text = pdfText(pdf);
    expect(text).toContain(l.title.other_crime);
    for (const part of always) expect(text).toContain(part.heading);
    expect(text).toContain('112');
    for (const absent of [l.trafficking.heading, '+370 616 91119', l.givenBy])
      expect(text).not.toContain(absent);
    expect(pageCount(pdf)).toBeLessThanOrEqual(2);
  });
});

it('says which font is missing rather than printing without the letters', () => {
  expect(() =>
    rightsLeafletPdf({ language: 'lt', kind: 'trafficking', organisation, fontPath: '/nowhere/font.ttf' }),
  ).toThrow(FontMissingError);
});
