import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../Alerts.tsx';
import { type BreakdownChoice, statisticsApi } from '../statistics/api.ts';
import { viewName } from '../statistics/BreakdownPanel.tsx';
import { FigureTable } from '../statistics/FigureTable.tsx';
import { keyName } from '../statistics/names.ts';
import type { StatisticsFilter } from '../statistics/types.ts';
import { useErrorText } from '../useErrorText.ts';
import { useLoaded } from '../useLoaded.ts';

// Trainings, awareness and the action plan side by side on the statistics screen: the tables the
// ministries report, each one indicator by one breakdown of the period.
const TABLES: BreakdownChoice[] = [
  { indicator: 'training_participants', view: 'natural' },
  { indicator: 'trainings', view: 'organisation' },
  { indicator: 'awareness_activities', view: 'natural' },
  { indicator: 'action_plan_measures', view: 'natural' },
];

function ProgrammeTable({
  filter,
  period,
  choice,
  organisationName,
}: {
  filter: StatisticsFilter;
  period: string;
  choice: BreakdownChoice;
  organisationName: (id: string) => string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const { errorText } = useErrorText();
  const loaded = useLoaded(useCallback(() => statisticsApi.breakdown(filter, choice), [filter, choice]));
  const name = t(`statistics.indicator.${choice.indicator}`);
  if (loaded.error) return <ErrorAlert>{errorText(loaded.error)}</ErrorAlert>;
  if (!loaded.data) return <p className="loading">{t('common.loading')}</p>;
  const rows = loaded.data.rows.map((row) => ({
    key: row.key,
    label: keyName(t, i18n.language, choice.indicator, choice.view, row.key, organisationName),
    value: row.value,
  }));
  return rows.length === 0 ? (
    <p className="muted">
      {name}: {t('figures.noRows')}
    </p>
  ) : (
    <FigureTable
      caption={t('statistics.breakdownCaption', { indicator: name, period })}
      keyHeader={viewName(t, choice)}
      valueHeader={name}
      rows={rows}
      total={loaded.data.total}
      totalLabel={t('figures.total')}
      testId={`programme-${choice.indicator}`}
    />
  );
}

export function ProgrammeFigures(props: {
  filter: StatisticsFilter;
  period: string;
  organisationName: (id: string) => string | undefined;
}) {
  return (
    <div className="stack">
      {TABLES.map((choice) => (
        <ProgrammeTable key={choice.indicator} choice={choice} {...props} />
      ))}
    </div>
  );
}
