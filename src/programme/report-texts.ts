import type { MEASURE_STATES, REPORT_PROGRESS } from './catalogue.ts';

// The words of a measure's yearly report, in the two languages the staff app speaks.

type Texts = {
  title: (year: number) => string;
  measure: string;
  goal: string;
  responsible: string;
  coResponsible: string;
  period: string;
  budget: string;
  state: string;
  missingYears: string;
  yearReport: (year: number) => string;
  noReport: (year: number) => string;
  progress: string;
  summary: string;
  spent: string;
  recordedBy: string;
  indicators: string;
  noIndicators: string;
  columns: { indicator: string; target: string; achieved: string };
  none: string;
  states: Record<(typeof MEASURE_STATES)[number], string>;
  progresses: Record<(typeof REPORT_PROGRESS)[number], string>;
  page: (page: number, pages: number) => string;
};

export const REPORT_TEXTS: Record<'lt' | 'en', Texts> = {
  lt: {
    title: (year) => `Nacionalinio veiksmų plano priemonės ${year} m. ataskaita`,
    measure: 'Priemonė',
    goal: 'Tikslas',
    responsible: 'Atsakinga institucija',
    coResponsible: 'Kartu atsakingos institucijos',
    period: 'Įgyvendinimo laikotarpis',
    budget: 'Biudžetas, EUR',
    state: 'Būklė',
    missingYears: 'Trūksta metinių ataskaitų',
    yearReport: (year) => `${year} m. ataskaita`,
    noReport: (year) => `Atsakinga institucija ${year} m. ataskaitos nepateikė.`,
    progress: 'Įgyvendinimas',
    summary: 'Kas padaryta',
    spent: 'Panaudota lėšų, EUR',
    recordedBy: 'Pateikė',
    indicators: 'Rodikliai',
    noIndicators: 'Rodiklių nenustatyta.',
    columns: { indicator: 'Rodiklis', target: 'Siektina reikšmė', achieved: 'Pasiekta' },
    none: '—',
    states: { planned: 'Suplanuota', in_progress: 'Vykdoma', late: 'Vėluoja', done: 'Įvykdyta' },
    progresses: { in_progress: 'Vykdoma', done: 'Įvykdyta' },
    page: (page, pages) => `${page} psl. iš ${pages}`,
  },
  en: {
    title: (year) => `National action plan measure: report for ${year}`,
    measure: 'Measure',
    goal: 'Goal',
    responsible: 'Responsible body',
    coResponsible: 'Co-responsible bodies',
    period: 'Implementation period',
    budget: 'Budget, EUR',
    state: 'State',
    missingYears: 'Yearly reports missing',
    yearReport: (year) => `Report for ${year}`,
    noReport: (year) => `The responsible body has not reported on ${year}.`,
    progress: 'Progress',
    summary: 'What was done',
    spent: 'Spent, EUR',
    recordedBy: 'Reported by',
    indicators: 'Indicators',
    noIndicators: 'No indicators were set.',
    columns: { indicator: 'Indicator', target: 'Target', achieved: 'Achieved' },
    none: '—',
    states: { planned: 'Planned', in_progress: 'In progress', late: 'Late', done: 'Done' },
    progresses: { in_progress: 'In progress', done: 'Done' },
    page: (page, pages) => `Page ${page} of ${pages}`,
  },
};
