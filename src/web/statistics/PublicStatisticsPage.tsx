import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicStatistics } from '../staff/components/statistics/types.ts';
import { PublicFigures } from './PublicFigures.tsx';

type Language = 'lt' | 'en';
type Loaded = { year: number; figures: PublicStatistics } | { year: number; failed: true };

const thisYear = () =>
  Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Vilnius', year: 'numeric' }).format(Date.now()));

/** The years offered: this one (still growing) and the six before it. */
const yearsOffered = () => Array.from({ length: 7 }, (_, n) => thisYear() - n);

/** The language and year the address asks for; by default Lithuanian, and no year (see latestYearWithData). */
export function pageAddress(search: string): { language: Language; year: number | null } {
  const params = new URLSearchParams(search);
  const year = Number(params.get('year'));
  return {
    language: params.get('lang') === 'en' ? 'en' : 'lt',
    year: yearsOffered().includes(year) ? year : null,
  };
}

/** Any count above zero, or hidden because it is small (a hidden count is never zero). */
export const hasData = (figures: PublicStatistics) =>
  Object.values(figures.table).some((value) => value === null || value > 0);

const fetchFigures = (year: number) =>
  fetch(`/api/public/statistics?year=${year}`, { credentials: 'omit' }).then((answer) =>
    answer.ok ? (answer.json() as Promise<PublicStatistics>) : Promise.reject(),
  );

/**
 * The year a visitor sees first: the newest offered year with any figure, so the page never opens
 * on a year of zeros; the last full year when none has data (or the figures cannot be read).
 */
async function latestYearWithData(): Promise<number> {
  const years = yearsOffered();
  const answers = await Promise.all(years.map((y) => fetchFigures(y).catch(() => null)));
  const found = years.find((_, n) => answers[n] && hasData(answers[n]));
  return found ?? thisYear() - 1;
}

const addressOf = (language: Language, year: number) => `?lang=${language}&year=${year}`;

/** The year's published figures, asked again when the year changes. */
function useFigures(year: number | null): Loaded | null {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (year === null) return;
    let cancelled = false;
    fetchFigures(year).then(
      (figures) => !cancelled && setLoaded({ year, figures }),
      () => !cancelled && setLoaded({ year, failed: true }),
    );
    return () => {
      cancelled = true;
    };
  }, [year]);
  return loaded?.year === year ? loaded : null;
}

export function PublicStatisticsPage({
  language,
  initialYear,
}: {
  language: Language;
  initialYear: number | null;
}) {
  const { t } = useTranslation();
  const [year, setYear] = useState(initialYear);
  const loaded = useFigures(year);
  const other: Language = language === 'lt' ? 'en' : 'lt';
  const choose = (chosen: number) => {
    window.history.replaceState(null, '', addressOf(language, chosen));
    setYear(chosen);
  };
  // No year in the address: open on the newest year that has figures, and say so in the address.
  useEffect(() => {
    if (initialYear !== null) return;
    let cancelled = false;
    void latestYearWithData().then((found) => {
      if (cancelled) return;
      window.history.replaceState(null, '', addressOf(language, found));
      setYear(found);
    });
    return () => {
      cancelled = true;
    };
  }, [initialYear, language]);
  return (
    <>
      <header className="public-header">
        <a className="brand" href="/">
          Atrama
        </a>
        <nav aria-label={t('publicStatistics.navigation')}>
          <a href="/">{t('publicStatistics.findHelp')}</a>
          <a
            href={year === null ? `?lang=${other}` : addressOf(other, year)}
            lang={other}
            hrefLang={other}
            data-testid="public-language"
          >
            {t('publicStatistics.languageName', { lng: other })}
          </a>
        </nav>
      </header>
      <main className="public-main">
        <h1>{t('publicStatistics.title')}</h1>
        <p className="lead">{t('publicStatistics.intro')}</p>
        <div className="year-field">
          <label htmlFor="public-year">{t('publicStatistics.year')}</label>
          <select
            id="public-year"
            value={year ?? ''}
            disabled={year === null}
            onChange={(event) => choose(Number(event.target.value))}
          >
            {yearsOffered().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        {year === thisYear() ? <p>{t('publicStatistics.partialYear', { year })}</p> : null}
        {loaded === null ? (
          <p role="status">{t('publicStatistics.loading')}</p>
        ) : 'failed' in loaded ? (
          <p role="alert">{t('publicStatistics.error')}</p>
        ) : (
          <PublicFigures figures={loaded.figures} />
        )}
        <p className="source">{t('publicStatistics.source')}</p>
      </main>
    </>
  );
}
