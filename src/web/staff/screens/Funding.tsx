import '../i18n/figures.ts';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert, InfoNote, StatusMessage } from '../components/Alerts.tsx';
import { SelectField } from '../components/Field.tsx';
import { AllocationForm } from '../components/funding/AllocationForm.tsx';
import { FundingTable, useEuros } from '../components/funding/FundingTable.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { statisticsApi } from '../components/statistics/api.ts';
import { FigureChart } from '../components/statistics/FigureChart.tsx';
import { recentYears } from '../components/statistics/PeriodFilters.tsx';
import type { FundingView } from '../components/statistics/types.ts';
import { useErrorText } from '../components/useErrorText.ts';
import { useLoaded } from '../components/useLoaded.ts';
import { localName } from '../format.ts';
import { activeMembership, useAuthenticatedSession } from '../session.ts';

/** The amount each organisation was given in the year, summed over its allocations, for the chart. */
function byOrganisation(view: FundingView, language: string) {
  const sums = new Map<string, { key: string; label: string; value: number }>();
  for (const item of view.items) {
    const row = sums.get(item.organisation.id) ?? {
      key: item.organisation.id,
      label: localName(item.organisation.name, language),
      value: 0,
    };
    row.value = Math.round((row.value + item.amountEur) * 100) / 100;
    sums.set(row.key, row);
  }
  return [...sums.values()].sort((a, b) => b.value - a.value);
}

/**
 * Funding (seeds 002, 004): a year's allocations and what each delivered. The funding ministry's
 * manager also records allocations; another organisation's manager sees their own.
 */
export function Funding() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { errorText } = useErrorText();
  const euros = useEuros();
  const membership = activeMembership(useAuthenticatedSession());
  const years = [recentYears()[0]! + 1, ...recentYears()];
  const [year, setYear] = useState(years[1]!);
  const [saved, setSaved] = useState(false);
  const funding = useLoaded(useCallback(() => statisticsApi.funding(year), [year]));
  const organisations = useLoaded(api.organisations).data?.items ?? [];
  const own = organisations.find((o) => o.id === membership?.organisation.id);
  const funder = membership?.role === 'organisation_manager' && own?.functions.includes('funding_authority');
  const view = funding.data?.year === year ? funding.data : null;
  const title = t('funding.title');
  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={title}>{title}</ScreenHeading>
        <p className="lead">{t('funding.intro')}</p>
        {membership?.role === 'organisation_manager' && own && !funder ? (
          <InfoNote>{t('funding.ownOrganisation', { organisation: localName(own.name, language) })}</InfoNote>
        ) : null}
        <SelectField
          id="funding-year"
          className="field-short"
          label={t('funding.year')}
          value={String(year)}
          onValueChange={(value) => setYear(Number(value))}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
      </section>
      <section className="panel" aria-labelledby="funding-allocations-heading">
        <h2 id="funding-allocations-heading">{t('funding.allocations', { year })}</h2>
        <ErrorAlert>{funding.error ? errorText(funding.error) : null}</ErrorAlert>
        {view === null ? (
          funding.error ? null : (
            <p className="loading">{t('common.loading')}</p>
          )
        ) : view.items.length === 0 ? (
          <p className="muted">{t('funding.none', { year })}</p>
        ) : (
          <>
            <FigureChart
              title={t('funding.chartTitle')}
              rows={byOrganisation(view, language)}
              valueLabel={t('funding.chartTitle')}
              format={(value) => (value === null ? '' : euros(value))}
            />
            <FundingTable view={view} />
            <p data-testid="funding-without-allocation">
              {t('funding.withoutAllocation', { year, count: view.totals.servicesWithoutAllocation })}
            </p>
          </>
        )}
      </section>
      {funder ? (
        <section className="panel" aria-labelledby="funding-record-heading">
          <h2 id="funding-record-heading">{t('funding.record')}</h2>
          <p>{t('funding.recordIntro')}</p>
          <AllocationForm
            year={year}
            years={years}
            recipients={organisations.filter((o) => o.functions.includes('support_service'))}
            onRecorded={(recorded) => {
              setSaved(true);
              setYear(recorded.year);
              funding.setData(recorded);
            }}
          />
          <StatusMessage>{saved ? t('funding.saved') : null}</StatusMessage>
        </section>
      ) : null}
    </div>
  );
}
