import type { z } from 'zod';
import type { FigureTable } from '../../statistics/exports.ts';
import type { PublicStatistics } from '../../statistics/model.ts';
import { SEED_TABLE_ROWS } from '../../statistics/seed-table.ts';
import { fill, type Html, html } from '../finder/html.ts';
import { type Bar, barChart } from './chart.ts';
import {
  crimeName,
  fillFigures,
  STATISTICS_CATALOGUES,
  type StatisticsCatalogue,
  type StatisticsLanguage,
  serviceName,
} from './i18n.ts';

// The public statistics as HTML: every figure in a table, the lists also as a bar chart, a CSV file
// of each table. A hidden count is the word the staff app uses, explained by one note the tables
// point to; hidden counts are never told apart (docs/decisions.md, suppression).

export type Figures = z.output<typeof PublicStatistics>;
type SeedTableKey = keyof Figures['table'];

export const TABLE_IDS = ['yearly', 'services', 'crimes', 'people'] as const;
export type TableId = (typeof TABLE_IDS)[number];

type Row = { key: string; label: string; values: (number | null)[]; part?: boolean };
/** One table of the page, as shown and as its CSV file has it. */
export type TableView = {
  id: TableId;
  title: string;
  headers: string[];
  rows: Row[];
  total?: Row;
  chart?: Bar[];
};

const NOTE = 'hidden-note';

/**
 * Any count above zero, or hidden because it is small (a hidden count is never zero). Services per
 * person is a ratio, not a count: it is empty also when no one was served.
 */
export const hasData = (figures: Figures) =>
  Object.entries(figures.table).some(
    ([key, value]) => key !== 'servicesPerPerson' && (value === null || value > 0),
  );

/** A figure as the page writes it; a hidden count in words. */
export function figureText(t: StatisticsCatalogue, lang: StatisticsLanguage) {
  const format = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'lt-LT', { maximumFractionDigits: 1 });
  return (value: number | null) => (value === null ? t.figures.hidden : format.format(value));
}

/** The year's tables in the page's language, in the order the page shows them. */
export function tableViews(figures: Figures, t: StatisticsCatalogue): TableView[] {
  const { year } = figures;
  const list = (
    id: 'services' | 'crimes',
    shown: Figures['servicesByType'],
    name: (code: string) => string,
    headers: string[],
  ): TableView => {
    const rows = shown.rows.map((r) => ({ key: r.key, label: name(r.key), values: [r.value] }));
    return {
      id,
      title: fill(t[id], { year }),
      headers,
      rows,
      total: { key: 'total', label: t.figures.total, values: [shown.total] },
      ...(rows.some((r) => r.values[0] !== null)
        ? { chart: rows.map((r) => ({ label: r.label, value: r.values[0]! })) }
        : {}),
    };
  };
  const people = figures.peopleBySexAndAge;
  const ageName = (group: string) => (t.figures.ageGroup as Record<string, string>)[group] ?? group;
  const sexName = (sex: string) => (t.figures.sexColumn as Record<string, string>)[sex] ?? sex;
  return [
    {
      id: 'yearly',
      title: fill(t.yearly, { year }),
      headers: [t.figures.figure, t.figures.number],
      rows: SEED_TABLE_ROWS.map(({ key, part }) => ({
        key,
        label: t.figures.table[key],
        values: [figures.table[key]],
        part,
      })),
    },
    list('services', figures.servicesByType, (code) => serviceName(t, code), [
      t.figures.service,
      t.figures.services,
    ]),
    list('crimes', figures.casesByCrimeType, (code) => crimeName(t, code), [
      t.figures.crime,
      t.figures.cases,
    ]),
    {
      id: 'people',
      title: fill(t.people, { year }),
      headers: [t.figures.ageGroupHeader, ...people.sexes.map(sexName), t.figures.total],
      rows: people.ageGroups.map((group, row) => ({
        key: group,
        label: ageName(group),
        values: [
          ...people.sexes.map((_, column) => people.cells[row]?.[column] ?? null),
          people.rowTotals[row] ?? null,
        ],
      })),
      total: { key: 'total', label: t.figures.total, values: [...people.columnTotals, people.total] },
    },
  ];
}

/** A table as its CSV file: the same headers, rows and total; a hidden count is left empty. */
export const csvOf = (view: TableView): FigureTable => ({
  title: view.title,
  headers: view.headers,
  rows: [...view.rows, ...(view.total ? [view.total] : [])].map((r) => [r.label, ...r.values]),
});

/** The address of a year's page, or of one of its CSV files. */
export const pageHref = (lang: StatisticsLanguage, year: number) => `/statistics/?year=${year}&lang=${lang}`;
export const csvHref = (lang: StatisticsLanguage, year: number, id: TableId) =>
  `/statistics/${id}.csv?year=${year}&lang=${lang}`;

function tableHtml(view: TableView, text: (value: number | null) => string): Html {
  const cell = (value: number | null, testId?: string) =>
    html`<td class="${value === null ? 'numeric hidden' : 'numeric'}"${testId ? html` data-testid="${testId}"` : ''}>${text(value)}</td>`;
  const row = (r: Row) =>
    html`<tr${r.part ? html` class="part"` : ''} data-key="${r.key}"><th scope="row">${r.label}</th>${r.values.map((v) => cell(v, view.id === 'yearly' ? `yearly-${r.key}` : undefined))}</tr>`;
  const table = html`<table data-testid="${view.id === 'yearly' ? 'yearly-table' : `public-${view.id}-table`}" aria-describedby="${NOTE}">
<caption class="visually-hidden">${view.title}</caption>
<thead><tr>${view.headers.map((h, i) => html`<th scope="col"${i > 0 ? html` class="numeric"` : ''}>${h}</th>`)}</tr></thead>
<tbody>${view.rows.map((r) => row(r))}</tbody>
${view.total ? html`<tfoot>${row(view.total)}</tfoot>` : ''}
</table>`;
  // The widest table scrolls within its own region on a narrow screen; a keyboard reaches it too.
  return view.headers.length > 2
    ? html`<div class="scroll" role="region" aria-labelledby="${view.id}-heading" tabindex="0">${table}</div>`
    : table;
}

function sectionHtml(
  view: TableView,
  t: StatisticsCatalogue,
  lang: StatisticsLanguage,
  year: number,
  text: (value: number | null) => string,
): Html {
  const empty = view.rows.length === 0;
  return html`<section aria-labelledby="${view.id}-heading" data-testid="public-${view.id}">
<h2 id="${view.id}-heading">${view.title}</h2>
${
  empty
    ? html`<p>${t.figures.noRows}</p>`
    : html`${
        view.chart
          ? html`<figure class="chart-figure">${barChart({
              id: `${view.id}-chart`,
              title: view.title,
              description: `${fillFigures(t.figures.chartLabel, { title: view.title })}${view.chart.some((b) => b.value === null) ? ` ${t.figures.hiddenInChart}` : ''}`,
              bars: view.chart,
              text,
            })}</figure>`
          : ''
      }${tableHtml(view, text)}`
}
<p class="download"><a href="${csvHref(lang, year, view.id)}" download>${t.csv}<span class="visually-hidden">: ${view.title}</span></a></p>
</section>`;
}

/** The few figures a reader looks for first, large. */
function keyFigures(figures: Figures, t: StatisticsCatalogue, text: (value: number | null) => string) {
  const keys: SeedTableKey[] = ['peopleServed', 'servicesGiven', 'registeredVictims'];
  return html`<section class="key" aria-labelledby="key-heading"><h2 id="key-heading" class="visually-hidden">${fill(t.keyFigures, { year: figures.year })}</h2>
<ul class="key-figures">${keys.map(
    (key) =>
      html`<li><span class="${figures.table[key] === null ? 'key-number hidden' : 'key-number'}">${text(figures.table[key])}</span> <span class="key-label">${t.figures.table[key]}</span></li>`,
  )}</ul></section>`;
}

/** Links to every year offered, the one shown marked. */
export function yearLinks(
  t: StatisticsCatalogue,
  lang: StatisticsLanguage,
  years: number[],
  current: number | null,
) {
  return html`<nav class="years" aria-label="${t.year}"><ul>${years.map(
    (y) =>
      html`<li><a href="${pageHref(lang, y)}"${y === current ? html` aria-current="page"` : ''}>${y}</a></li>`,
  )}</ul></nav>`;
}

/** A year's published figures: the key figures, then each table with its chart and its file. */
export function figuresPage(p: {
  t: StatisticsCatalogue;
  lang: StatisticsLanguage;
  figures: Figures;
  years: number[];
  partial: boolean;
}): Html {
  const { t, lang, figures } = p;
  const text = figureText(t, lang);
  return html`<h1>${p.t.title}</h1>
<p class="lead">${t.intro}</p>
${yearLinks(t, lang, p.years, figures.year)}
${p.partial ? html`<p class="partial">${fill(t.partialYear, { year: figures.year })}</p>` : ''}
${keyFigures(figures, t, text)}
<p id="${NOTE}" class="note">${fillFigures(t.figures.hiddenNote, { threshold: figures.threshold })}</p>
${tableViews(figures, t).map((view) => sectionHtml(view, t, lang, figures.year, text))}`;
}

export type Problem = 'bad' | 'missing' | 'no-year';
export const problemTitle = (t: StatisticsCatalogue, kind: Problem) =>
  ({ bad: t.badTitle, missing: t.missingTitle, 'no-year': t.noYearTitle })[kind];

/** An address that could not be read, a page or a year there is not: what there is instead. */
export function problemPage(
  t: StatisticsCatalogue,
  lang: StatisticsLanguage,
  years: number[],
  kind: Problem,
): Html {
  const text = {
    bad: t.badText,
    missing: t.missingText,
    'no-year': fill(t.noYearText, { first: years[years.length - 1]!, last: years[0]! }),
  };
  return html`<h1>${problemTitle(t, kind)}</h1>
<p>${text[kind]}</p>
${yearLinks(t, lang, years, null)}`;
}

/** The document around a page: the way to help and the other language first, the source last. */
export function layout(frame: {
  t: StatisticsCatalogue;
  lang: StatisticsLanguage;
  title: string;
  /** The same page in the other language. */
  other: { lang: StatisticsLanguage; href: string };
  body: Html;
}): string {
  const { t, lang, other } = frame;
  return `<!doctype html>${html`<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${frame.title} · Atrama</title>
<link rel="stylesheet" href="/statistics/statistics.css">
</head>
<body>
<a class="skip" href="#main">${t.skipToContent}</a>
<header class="topbar"><div class="topbar-inner">
<a class="brand" href="/${lang}/">Atrama</a>
<nav aria-label="${t.navigation}">
<a href="/${lang}/">${t.findHelp}</a>
<a href="${other.href}" lang="${other.lang}" hreflang="${other.lang}" data-testid="public-language">${STATISTICS_CATALOGUES[other.lang].languageName}</a>
</nav>
</div></header>
<main id="main">
${frame.body}
</main>
<footer><p>${t.source}</p></footer>
</body>
</html>`}`;
}
