import { useTranslation } from 'react-i18next';
import { languageName } from '../directory/describe.ts';

/** A printable document (PDF) in each language it exists in, the person's own language first. */
export function PrintLinks<L extends string>({
  label,
  languages,
  preferred,
  preferredNote,
  href,
  testId,
}: {
  label: string;
  languages: readonly L[];
  preferred?: L;
  /** What the first language is to the person; "the person's language" unless said otherwise. */
  preferredNote?: string;
  href: (language: L) => string;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const ordered = preferred ? [preferred, ...languages.filter((l) => l !== preferred)] : languages;
  return (
    <div className="print-links" data-testid={testId}>
      <p className="print-links-label">{label}</p>
      <ul className="inline-list">
        {ordered.map((language) => (
          <li key={language}>
            <a href={href(language)} target="_blank" rel="noopener" data-testid={`${testId}-${language}`}>
              {languageName(language, i18n.language)} (PDF)
            </a>
            {language === preferred ? (
              <span className="muted small"> · {preferredNote ?? t('assistance.print.personLanguage')}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
