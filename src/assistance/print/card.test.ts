import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../tests/support/pdf-text.ts';
import { DEFAULT_PDF_FONT } from '../../platform/pdf/layout.ts';
import { RISK_LEVELS } from '../catalogue.ts';
import { type IdentificationCardInput, identificationCardPdf } from './card.ts';
import { CARD_TEXTS, PRINT_TEXTS } from './texts/index.ts';

const card = (language: IdentificationCardInput['language']): IdentificationCardInput => ({
  language,
  number: 'LT-2026-0007',
  issuedOn: '2026-03-01',
  validUntil: '2026-08-28',
  verifyUrl: 'https://atrama.example.lt/verify/card/Qm9vdHN0cmFwVG9rZW4',
  person: {
    givenName: 'Олена',
    familyName: 'Petrenko',
    birthDate: '1994-05-04',
    sex: 'female',
    citizenship: 'UA',
    documents: [{ kind: 'passport', number: 'FX123456' }],
  },
  caseDescription: {
    reference: 'ATR-2026-000042',
    exploitationForms: ['ForcedLabour'],
    metOn: '2026-02-10',
    municipality: 'LT-15',
    identifiedOn: '2026-02-20',
    services: [{ type: 'psychological_consultation', count: 4 }],
  },
  health: {
    needs: [{ domain: 'health', urgency: 'high' }],
    healthNote: 'Untreated hand injury.',
    psychologicalNote: 'Sleeps badly.',
  },
  risk: { level: 'high', reasons: 'The employer knows where her family lives.' },
  investigation: { institution: 'police', caseNumber: '01-1-12345-26', startedOn: '2026-02-21' },
  victimContacts: [{ kind: 'phone', value: '+370 611 22333' }],
  lawEnforcementOfficer: null,
  knownToLawEnforcementBy: null,
  ngo: {
    organisation: 'Caritas',
    representative: 'Rūta Jonaitienė',
    phone: '+370 600 12345',
    email: 'r@caritas.lt',
  },
  fontPath: DEFAULT_PDF_FONT,
});

describe.each(['lt', 'en'] as const)('the identification card in %s', (language) => {
  const t = CARD_TEXTS[language];
  const codes = PRINT_TEXTS[language].codes;

  it('has the eight field groups of the card, in its order, with the person and the case', async () => {
    const text = pdfText(await identificationCardPdf(card(language)));
    const headings = Object.values(t.sections);
    expect(headings).toHaveLength(8);
    const at = headings.map((heading) => text.indexOf(heading));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    for (const words of [
      t.title,
      t.number,
      'LT-2026-0007',
      t.issuedOn,
      '2026-03-01',
      t.validUntil,
      '2026-08-28',
    ])
      expect(text).toContain(words);
    for (const words of [
      'Олена',
      'Petrenko',
      '1994-05-04',
      t.codes.sex.female,
      'FX123456',
      'ATR-2026-000042',
    ])
      expect(text).toContain(words);
    for (const words of [t.codes.exploitation.ForcedLabour, codes.service.psychological_consultation, '× 4'])
      expect(text).toContain(words);
    for (const words of [codes.need.health, t.codes.urgency.high, 'Untreated hand injury.', 'Sleeps badly.'])
      expect(text).toContain(words);
    for (const words of [t.codes.institution.police, '01-1-12345-26', '+370 611 22333', 'Rūta Jonaitienė'])
      expect(text).toContain(words);
    expect(text).toContain(t.notKnownToLawEnforcement);
    expect(text).toContain(t.scanToCheck);
  });

  it('carries the QR code as an image', async () => {
    const pdf = await identificationCardPdf(card(language));
    expect(pdf.toString('latin1')).toContain('/Subtype /Image');
  });

  it.each(RISK_LEVELS)('says the risk is %s in words', async (level) => {
    const text = pdfText(await identificationCardPdf({ ...card(language), risk: { level, reasons: null } }));
    expect(text).toContain(t.codes.risk[level]);
    for (const other of RISK_LEVELS.filter((l) => l !== level))
      expect(text).not.toContain(t.codes.risk[other]);
  });

  it('names the officer when law enforcement knows the case, and says what was not assessed or started', async () => {
    const input = card(language);
    const text = pdfText(
      await identificationCardPdf({
        ...input,
        lawEnforcementOfficer: { name: 'Tomas Kazlauskas', contact: '+370 700 55555' },
        risk: null,
        investigation: null,
      }),
    );
    for (const words of ['Tomas Kazlauskas', '+370 700 55555', t.notAssessed, t.noInvestigation])
      expect(text).toContain(words);
    expect(text).not.toContain(t.notKnownToLawEnforcement);
  });

  it('says law enforcement knows the case when the police opened it or investigate, though no officer is named', async () => {
    const text = pdfText(
      await identificationCardPdf({ ...card(language), knownToLawEnforcementBy: 'Lietuvos policija' }),
    );
    expect(text).toContain(t.knownToLawEnforcementNoOfficer.replace('{by}', 'Lietuvos policija'));
    expect(text).not.toContain(t.notKnownToLawEnforcement);
  });
});

it('uses the card’s titles and the words "not known to law enforcement"', () => {
  expect(CARD_TEXTS.lt.title).toBe('Prekybos žmonėmis aukos identifikavimo kortelė');
  expect(CARD_TEXTS.en.title).toBe('Human Trafficking Victim Identification Card');
  expect(CARD_TEXTS.en.notKnownToLawEnforcement).toContain('not known to law enforcement');
});
