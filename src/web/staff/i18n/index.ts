import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

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

/** Each language's texts load when it is first used: a page carries one language, not both. */
const TEXTS: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  lt: () => import('./lt.json'),
  en: () => import('./en.json'),
};

async function loadTexts(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', (await TEXTS[language]()).default);
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
  await loadTexts(language);
  await i18next.changeLanguage(language);
}

/** Ready once the texts of the language in use (and of the fallback, Lithuanian) are loaded. */
export async function initI18n(): Promise<void> {
  const language = storedLanguage();
  i18next.on('languageChanged', (lng) => {
    if (isLanguage(lng)) {
      applyToDocument(lng);
      document.title = i18next.t('app.name');
    }
  });
  const [texts, fallback] = await Promise.all([TEXTS[language](), TEXTS[DEFAULT_LANGUAGE]()]);
  await i18next.use(initReactI18next).init({
    resources: {
      [DEFAULT_LANGUAGE]: { translation: fallback.default },
      [language]: { translation: texts.default },
    },
    partialBundledLanguages: true,
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
