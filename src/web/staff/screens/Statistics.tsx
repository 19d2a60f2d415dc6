import '../i18n/figures.ts';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert, InfoNote } from '../components/Alerts.tsx';
import { ProgrammeFigures } from '../components/programme/ProgrammeFigures.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { type BreakdownChoice, statisticsApi } from '../components/statistics/api.ts';
import { BreakdownPanel } from '../components/statistics/BreakdownPanel.tsx';
import { OpenDataPanel } from '../components/statistics/OpenDataPanel.tsx';
import { PeriodFilters, recentYears, wholeYear } from '../components/statistics/PeriodFilters.tsx';
import { StatisticsDownloads } from '../components/statistics/StatisticsDownloads.tsx';
import type { StatisticsFilter } from '../components/statistics/types.ts';
import { YearlyTable } from '../components/statistics/YearlyTable.tsx';
import { useDebounced } from '../components/useDebounced.ts';
import { useErrorText } from '../components/useErrorText.ts';
import { useLoaded } from '../components/useLoaded.ts';
import { formatDate, localName } from '../format.ts';
import { activeMembership, useAuthenticatedSession } from '../session.ts';

/**
 * Statistics for the statistician, the national coordinator and organisation managers (their own
 * organisation's figures): the yearly table of seed 002, any indicator by any of its breakdowns,
 * downloads, and for the statistician the case-level open-data file.
 */
export function Statistics() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { errorText } = useErrorText();
  const membership = activeMembership(useAuthenticatedSession());
  const [filter, setFilter] = useState<StatisticsFilter>(() => wholeYear(recentYears()[0]!));
  const applied = useDebounced(filter, 400);
  const [choice, setChoice] = useState<BreakdownChoice>({ indicator: 'registered_victims', view: 'month' });
  const summary = useLoaded(useCallback(() => statisticsApi.summary(applied), [applied]));
  const organisations = useLoaded(api.organisations);
  const organisationName = (id: string) =>
    localName(organisations.data?.items.find((o) => o.id === id)?.name, language) || undefined;
  const period = `${formatDate(applied.from, language)} – ${formatDate(applied.to, language)}`;
  const title = t('statistics.title');
  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={title}>{title}</ScreenHeading>
        <p className="lead">{t('statistics.intro')}</p>
        {summary.data?.organisationId && membership ? (
          <div data-testid="statistics-own-organisation">
            <InfoNote>
              {t('statistics.ownOrganisation', {
                organisation: localName(membership.organisation.name, language),
              })}
            </InfoNote>
          </div>
        ) : null}
        <p>
          <a href="/statistics/">{t('statistics.publicLink')}</a>
        </p>
      </section>
      <section className="panel" aria-labelledby="statistics-period-heading">
        <h2 id="statistics-period-heading">{t('statistics.period')}</h2>
        <PeriodFilters filter={filter} onChange={setFilter} />
      </section>
      <section className="panel" aria-labelledby="statistics-yearly-heading">
        <h2 id="statistics-yearly-heading">{t('statistics.yearly')}</h2>
        <ErrorAlert>{summary.error ? errorText(summary.error) : null}</ErrorAlert>
        {summary.data ? (
          <YearlyTable caption={t('statistics.yearlyCaption', { period })} table={summary.data.table} />
        ) : summary.error ? null : (
          <p className="loading">{t('common.loading')}</p>
        )}
      </section>
      <section className="panel" aria-labelledby="statistics-indicators-heading">
        <h2 id="statistics-indicators-heading">{t('statistics.indicators')}</h2>
        <BreakdownPanel
          filter={applied}
          period={period}
          choice={choice}
          onChoose={setChoice}
          organisationName={organisationName}
        />
      </section>
      <section className="panel" aria-labelledby="statistics-programme-heading">
        <h2 id="statistics-programme-heading">{t('statistics.programme')}</h2>
        <ProgrammeFigures filter={applied} period={period} organisationName={organisationName} />
      </section>
      <section className="panel" aria-labelledby="statistics-downloads-heading">
        <h2 id="statistics-downloads-heading">{t('statistics.downloads')}</h2>
        <StatisticsDownloads filter={applied} choice={choice} />
      </section>
      {membership?.role === 'statistician' ? (
        <section className="panel" aria-labelledby="statistics-open-data-heading">
          <h2 id="statistics-open-data-heading">{t('statistics.openData.title')}</h2>
          <OpenDataPanel filter={applied} />
        </section>
      ) : null}
    </div>
  );
}
