import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next } from 'react-i18next';
import { catalogue as catalogueEn } from '../staff/i18n/en.json';
import { figures as figuresEn } from '../staff/i18n/figures.en.json';
import { figures as figuresLt } from '../staff/i18n/figures.lt.json';
import { catalogue as catalogueLt } from '../staff/i18n/lt.json';
import en from './i18n/en.json';
import lt from './i18n/lt.json';
import { PublicStatisticsPage, pageAddress } from './PublicStatisticsPage.tsx';
import './statistics.css';

// The published statistics for anyone: no login, no cookies, nothing stored in the browser. The
// language and the year are in the address, so a link says exactly what it shows.

const asked = pageAddress(window.location.search);
void i18next.use(initReactI18next).init({
  resources: {
    lt: { translation: { ...lt, figures: figuresLt, catalogue: catalogueLt } },
    en: { translation: { ...en, figures: figuresEn, catalogue: catalogueEn } },
  },
  lng: asked.language,
  fallbackLng: 'lt',
  interpolation: { escapeValue: false },
  initAsync: false,
});
document.documentElement.lang = asked.language;
document.title = i18next.t('publicStatistics.title');

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <PublicStatisticsPage language={asked.language} initialYear={asked.year} />
    </StrictMode>,
  );
}
