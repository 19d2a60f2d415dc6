import { createPdf } from '../../platform/pdf/document.ts';
import { MARGIN, MUTED } from '../../platform/pdf/layout.ts';
import { organisationLines, type PrintOrganisation } from './organisation.ts';
import { PRINT_TEXTS, type PrintLanguage } from './texts/index.ts';
import type { LeafletPart } from './texts/types.ts';

// A phone number split over two lines gets dialled wrong: its spaces do not break.
const unbrokenPhones = (text: string) =>
  text.replace(/\+\d[\d ]*\d/g, (phone) => phone.replaceAll(' ', '\u00a0'));

export type RightsLeafletInput = {
  language: PrintLanguage;
  kind: 'trafficking' | 'other_crime';
  /** Who hands the leaflet over, so the person knows whom to come back to; null prints none. */
  organisation: PrintOrganisation | null;
  fontPath: string;
};

/**
 * The leaflet a support service gives first (seed 002: information on the victim's rights and the
 * institutions that ensure them), in the person's language: each right, then who ensures it.
 */
export function rightsLeafletPdf(input: RightsLeafletInput): Promise<Buffer> {
  const t = PRINT_TEXTS[input.language];
  const l = t.leaflet;
  const trafficking = input.kind === 'trafficking';
  const title = l.title[input.kind];
  const { doc, layout, finish } = createPdf({ fontPath: input.fontPath, language: input.language, title });

  layout.title(title);
  layout.paragraph(l.intro);
  // Urgent numbers and the giver's contacts first: the one part a person in crisis must find.
  const box = [
    { text: l.urgent.heading, bold: true },
    { text: l.urgent.emergency },
    ...(trafficking ? [{ text: unbrokenPhones(l.urgent.helpLine) }] : []),
  ];
  if (input.organisation)
    box.push(
      { text: l.givenBy, bold: true },
      { text: unbrokenPhones(organisationLines(input.organisation, t)) },
    );
  layout.callout(box);

  const parts: LeafletPart[] = [
    l.information,
    l.support,
    ...(trafficking ? [l.trafficking] : []),
    l.legalAid,
    l.protection,
    l.compensation,
    l.return,
  ];
  for (const part of parts) {
    layout.subsection(part.heading);
    layout.bullets(part.points);
    const who = `${l.whoLabel}: `;
    doc.font('body').fontSize(10);
    layout.ensure(doc.heightOfString(who + unbrokenPhones(part.who), { width: layout.width - 12 }));
    doc
      .font('bold')
      .fillColor(MUTED)
      .text(who, MARGIN + 12, doc.y, { width: layout.width - 12, continued: true })
      .font('body')
      .text(unbrokenPhones(part.who));
    doc.x = MARGIN;
    doc.moveDown(0.3);
  }

  layout.pageNumbers(t.page);
  return finish();
}
