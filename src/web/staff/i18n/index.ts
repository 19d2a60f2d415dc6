import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import lt from './lt.json';

export const LANGUAGES = ['lt', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const STORAGE_KEY = 'atrama.lang';
const DEFAULT_LANGUAGE: Language = 'lt';

function isLanguage(value: string | null | undefined): value is Language {
  return value === 'lt' || value === 'en';
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function applyToDocument(language: Language): void {
  document.documentElement.lang = language;
}

export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : DEFAULT_LANGUAGE;
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
  await i18next.changeLanguage(language);
}

export function initI18n(): void {
  const language = storedLanguage();
  i18next.on('languageChanged', (lng) => {
    if (isLanguage(lng)) {
      applyToDocument(lng);
      document.title = i18next.t('app.name');
    }
  });
  void i18next.use(initReactI18next).init({
    resources: { lt: { translation: lt }, en: { translation: en } },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  applyToDocument(language);
}

export { i18next as i18n };
