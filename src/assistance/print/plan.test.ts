import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../tests/support/pdf-text.ts';
import { DEFAULT_PDF_FONT } from '../../platform/pdf/layout.ts';
import { NEED_DOMAINS, PLAN_ITEM_STATUSES, PRINT_LANGUAGES, SERVICE_TYPES } from '../catalogue.ts';
import { type AssistancePlanInput, assistancePlanPdf } from './plan.ts';
import { PRINT_TEXTS } from './texts/index.ts';

// One item for every measure, the needs and statuses cycling, so every code's label is printed.
const items = SERVICE_TYPES.map((measure, i) => ({
  need: NEED_DOMAINS[i % NEED_DOMAINS.length]!,
  measure,
  organisation: `Organisation ${i + 1}`,
  dueOn: `2026-04-${String(i + 10).padStart(2, '0')}`,
  status: PLAN_ITEM_STATUSES[i % PLAN_ITEM_STATUSES.length]!,
}));

const plan = (language: AssistancePlanInput['language']): AssistancePlanInput => ({
  language,
  reference: 'ATR-2026-000042',
  organisation: {
    name: 'Klaipėda Social and Psychological Support Centre',
    phone: '8 800 66 366',
    email: null,
  },
  items,
  agreement: {
    agreedOn: '2026-03-01',
    victimWords: 'A safe place first, then a lawyer. Спасибо.',
    reviewOn: '2026-04-01',
  },
  printedOn: '2026-03-02T22:30:00Z',
  fontPath: DEFAULT_PDF_FONT,
});

describe.each(PRINT_LANGUAGES)('the assistance plan in %s', (language) => {
  const t = PRINT_TEXTS[language];
  const p = t.plan;

  it('lists every measure in the person’s language, the agreement in their words, and places to sign', async () => {
    const text = pdfText(await assistancePlanPdf(plan(language)));
    for (const words of [
      p.title,
      p.reference,
      'ATR-2026-000042',
      p.preparedBy,
      '8 800 66 366',
      ...Object.values(p.columns),
    ])
      expect(text).toContain(words);
    for (const code of NEED_DOMAINS) expect(text).toContain(t.codes.need[code]);
    for (const code of SERVICE_TYPES) expect(text).toContain(t.codes.service[code]);
    for (const code of PLAN_ITEM_STATUSES) expect(text).toContain(t.codes.planStatus[code]);
    for (const item of items) expect(text).toContain(item.dueOn);
    for (const words of [
      p.agreedOn,
      '2026-03-01',
      p.victimWords,
      'A safe place first, then a lawyer. Спасибо.',
    ])
      expect(text).toContain(words);
    for (const words of [p.reviewOn, '2026-04-01', p.signatures, p.person, p.caseWorker, p.signature, p.date])
      expect(text).toContain(words);
    // Printed at 00:30 on 3 March in Vilnius, 22:30 on 2 March in UTC: the date is Vilnius's.
    expect(text).toContain('2026-03-03');
  });

  it('says when nothing is planned or agreed yet', async () => {
    const text = pdfText(
      await assistancePlanPdf({ ...plan(language), items: [], agreement: null, organisation: null }),
    );
    expect(text).toContain(p.noItems);
    expect(text).toContain(p.notAgreed);
    expect(text).not.toContain(p.preparedBy);
  });
});

it('prints a code it does not know as it is, rather than failing', async () => {
  const input = plan('en');
  const text = pdfText(
    await assistancePlanPdf({
      ...input,
      items: [{ ...items[0]!, need: 'future_need', measure: 'future_measure' }],
    }),
  );
  expect(text).toContain('future_need');
  expect(text).toContain('future_measure');
});
