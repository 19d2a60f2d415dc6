import type { z } from 'zod';
import { createPdf } from '../platform/pdf/document.ts';
import { table } from '../platform/pdf/table.ts';
import { type FigureTable, toXlsx } from '../statistics/exports.ts';
import type { MeasureView } from './model.ts';
import { REPORT_TEXTS } from './report-texts.ts';

// A measure's yearly report as a PDF (pdfkit, the shared font and layout) and as an XLSX sheet (the
// statistics exports' writer, so no cell is ever a formula): the measure, its standing, the year's
// report and each indicator's target and what was achieved by that year.

type Measure = z.output<typeof MeasureView>;
type Language = 'lt' | 'en';

const amount = (value: number | null, none: string, language: Language) =>
  value === null
    ? none
    : value.toLocaleString(language === 'en' ? 'en-GB' : 'lt-LT', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      });
const count = (value: number | null, none: string) => (value === null ? none : String(value));

/** What a report file says, in order: the measure's facts, the year's report, the indicators. */
function contentOf(m: Measure, year: number, language: Language) {
  const t = REPORT_TEXTS[language];
  const report = m.reports.find((r) => r.year === year) ?? null;
  // Achieved by the year asked: that year's report, or the newest before it.
  const achievedBy = (indicatorId: string) =>
    m.reports
      .filter((r) => r.year <= year)
      .sort((a, b) => b.year - a.year)
      .flatMap((r) => r.achieved.filter((a) => a.indicatorId === indicatorId))[0]?.value ?? null;
  const facts: [string, string][] = [
    [t.measure, `${m.code} ${m.title[language]}`],
    [t.goal, m.goal[language]],
    [t.responsible, m.responsible.name[language]],
    [t.coResponsible, m.coResponsible.map((o) => o.name[language]).join('; ') || t.none],
    [t.period, `${m.startsOn} – ${m.deadline}`],
    [t.budget, amount(m.budgetEur, t.none, language)],
    [t.state, t.states[m.state]],
    ...(m.missingYears.length ? [[t.missingYears, m.missingYears.join(', ')] as [string, string]] : []),
  ];
  const reported: [string, string][] = report
    ? [
        [t.progress, t.progresses[report.progress]],
        [t.summary, report.summary],
        [t.spent, amount(report.spentEur, t.none, language)],
        [t.recordedBy, `${report.organisation.name[language]}, ${report.recordedAt.slice(0, 10)}`],
      ]
    : [];
  const indicators = m.indicators.map((i) => ({
    name: i.name[language],
    target: i.target,
    achieved: achievedBy(i.id),
  }));
  return { t, report, facts, reported, indicators };
}

export function measureReportPdf(m: Measure, year: number, language: Language, fontPath: string) {
  const { t, report, facts, reported, indicators } = contentOf(m, year, language);
  const { layout, finish } = createPdf({ fontPath, language, title: t.title(year) });
  layout.title(t.title(year));
  for (const [label, value] of facts) layout.field(label, value);
  layout.section(t.yearReport(year));
  if (report) for (const [label, value] of reported) layout.field(label, value);
  else layout.paragraph(t.noReport(year), { muted: true });
  layout.section(t.indicators);
  if (indicators.length === 0) layout.paragraph(t.noIndicators, { muted: true });
  else
    table(
      layout,
      [
        { header: t.columns.indicator, share: 0.6 },
        { header: t.columns.target, share: 0.2 },
        { header: t.columns.achieved, share: 0.2 },
      ],
      indicators.map((i) => [i.name, String(i.target), count(i.achieved, t.none)]),
    );
  layout.pageNumbers(t.page);
  return finish();
}

export function measureReportXlsx(m: Measure, year: number, language: Language) {
  const { t, report, facts, reported, indicators } = contentOf(m, year, language);
  const sheet: FigureTable = {
    title: `${m.code} ${year}`,
    headers: [t.title(year), '', ''],
    rows: [
      ...facts,
      [t.yearReport(year), ''],
      ...(report ? reported : [[t.noReport(year), '']]),
      [t.columns.indicator, t.columns.target, t.columns.achieved],
      // Numbers stay numbers in the sheet.
      ...indicators.map((i) => [i.name, i.target, i.achieved ?? t.none]),
    ],
  };
  return toXlsx(sheet);
}
