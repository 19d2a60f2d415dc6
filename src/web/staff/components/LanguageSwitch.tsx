import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../i18n/index.ts';

/**
 * Lietuvių / English. Each language name is written in its own language. Compact (on a phone's
 * header), only the languages one can switch to are shown.
 */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const shown = compact ? LANGUAGES.filter((language) => language !== i18n.language) : LANGUAGES;
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {shown.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="button-link"
          aria-pressed={i18n.language === language}
          data-testid={`lang-${language}`}
          onClick={() => void setLanguage(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </fieldset>
  );
}
