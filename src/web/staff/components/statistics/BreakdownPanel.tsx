import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../Alerts.tsx';
import { SelectField } from '../Field.tsx';
import { useErrorText } from '../useErrorText.ts';
import { useLoaded } from '../useLoaded.ts';
import { type BreakdownChoice, statisticsApi } from './api.ts';
import { FigureChart } from './FigureChart.tsx';
import { FigureTable, useFigureText } from './FigureTable.tsx';
import { keyName } from './names.ts';
import type { Indicator, StatisticsFilter } from './types.ts';
import { STATISTICS_INDICATORS, type View, viewsOf } from './views.ts';

/** The name of a view of an indicator: its own breakdown, or a common dimension. */
export function viewName(t: (key: string) => string, { indicator, view }: BreakdownChoice): string {
  return view === 'natural' ? t(`statistics.natural.${indicator}`) : t(`statistics.by.${view}`);
}

/**
 * One indicator by one breakdown, as a bar chart and as the table of the same numbers. Organisation
 * keys are named from the list the screen loaded.
 */
export function BreakdownPanel({
  filter,
  period,
  choice,
  onChoose,
  organisationName,
}: {
  filter: StatisticsFilter;
  period: string;
  choice: BreakdownChoice;
  onChoose: (choice: BreakdownChoice) => void;
  organisationName: (id: string) => string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const { errorText } = useErrorText();
  const text = useFigureText();
  const load = useCallback(() => statisticsApi.breakdown(filter, choice), [filter, choice]);
  const loaded = useLoaded(load);
  // Until the answer for this choice comes, the previous one is not shown under the new names.
  const answered = choice.view === 'natural' ? 'default' : choice.view;
  const current =
    loaded.data?.indicator === choice.indicator && loaded.data.by === answered ? loaded.data : null;
  const indicatorName = t(`statistics.indicator.${choice.indicator}`);
  const rows = (current?.rows ?? []).map((row) => ({
    key: row.key,
    label: keyName(t, i18n.language, choice.indicator, choice.view, row.key, organisationName),
    value: row.value,
  }));
  return (
    <>
      <div className="form-grid">
        <SelectField
          id="statistics-indicator"
          testId="statistics-indicator"
          label={t('statistics.indicatorField')}
          value={choice.indicator}
          onValueChange={(value) => {
            const indicator = value as Indicator;
            onChoose({ indicator, view: viewsOf(indicator)[0]! });
          }}
          options={STATISTICS_INDICATORS.map((indicator) => ({
            value: indicator,
            label: t(`statistics.indicator.${indicator}`),
          }))}
        />
        <SelectField
          id="statistics-view"
          testId="statistics-view"
          label={t('statistics.view')}
          value={choice.view}
          onValueChange={(value) => onChoose({ ...choice, view: value as View })}
          options={viewsOf(choice.indicator).map((view) => ({
            value: view,
            label: viewName(t, { indicator: choice.indicator, view }),
          }))}
        />
      </div>
      <ErrorAlert>{loaded.error ? errorText(loaded.error) : null}</ErrorAlert>
      {current === null ? (
        loaded.error ? null : (
          <p className="loading">{t('common.loading')}</p>
        )
      ) : rows.length === 0 ? (
        <p className="muted" data-testid="breakdown-empty">
          {t('figures.noRows')}
        </p>
      ) : (
        <div data-testid="breakdown">
          <FigureChart title={indicatorName} rows={rows} valueLabel={indicatorName} format={text} />
          <FigureTable
            caption={t('statistics.breakdownCaption', { indicator: indicatorName, period })}
            keyHeader={viewName(t, choice)}
            valueHeader={indicatorName}
            rows={rows}
            total={current.total}
            totalLabel={t(choice.indicator === 'days_to_first_service' ? 'figures.overall' : 'figures.total')}
            testId="breakdown-table"
          />
        </div>
      )}
    </>
  );
}
