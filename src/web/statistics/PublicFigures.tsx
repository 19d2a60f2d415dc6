import { useTranslation } from 'react-i18next';
import { FigureTable, HiddenNote, useFigureText } from '../staff/components/statistics/FigureTable.tsx';
import { crimeTypeName } from '../staff/components/statistics/names.ts';
import type { FigureRow, PublicStatistics } from '../staff/components/statistics/types.ts';
import { YearlyTable } from '../staff/components/statistics/YearlyTable.tsx';
import { LazyFigureChart } from './LazyFigureChart.tsx';
import { PeopleTable } from './PeopleTable.tsx';

const NOTE = 'hidden-note';

/** A list of published figures as a chart of what is shown and a table of every row. */
function ChartAndTable({
  id,
  title,
  keyHeader,
  valueHeader,
  rows,
  total,
}: {
  id: string;
  title: string;
  keyHeader: string;
  valueHeader: string;
  rows: FigureRow[];
  total: number | null;
}) {
  const { t } = useTranslation();
  const text = useFigureText();
  return (
    <section aria-labelledby={`${id}-heading`} data-testid={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {rows.length === 0 ? (
        <p>{t('figures.noRows')}</p>
      ) : (
        <>
          {rows.some((row) => row.value !== null) ? (
            <LazyFigureChart title={title} rows={rows} valueLabel={valueHeader} format={text} />
          ) : null}
          <FigureTable
            caption={title}
            hideCaption
            keyHeader={keyHeader}
            valueHeader={valueHeader}
            rows={rows}
            total={total}
            noteId={NOTE}
            testId={`${id}-table`}
          />
        </>
      )}
    </section>
  );
}

/** A year's figures as published: every count below the threshold, and what would reveal one, hidden. */
export function PublicFigures({ figures }: { figures: PublicStatistics }) {
  const { t } = useTranslation();
  const { year } = figures;
  return (
    <>
      <HiddenNote id={NOTE} threshold={figures.threshold} />
      <section aria-labelledby="public-yearly-heading">
        <h2 id="public-yearly-heading">{t('publicStatistics.yearly', { year })}</h2>
        <YearlyTable
          caption={t('publicStatistics.yearly', { year })}
          hideCaption
          table={figures.table}
          noteId={NOTE}
        />
      </section>
      <ChartAndTable
        id="public-services"
        title={t('publicStatistics.services', { year })}
        keyHeader={t('figures.service')}
        valueHeader={t('figures.services')}
        rows={figures.servicesByType.rows.map((row) => ({
          ...row,
          label: t(`catalogue.serviceType.${row.key}`, { defaultValue: row.key }),
        }))}
        total={figures.servicesByType.total}
      />
      <ChartAndTable
        id="public-crimes"
        title={t('publicStatistics.crimes', { year })}
        keyHeader={t('figures.crime')}
        valueHeader={t('figures.cases')}
        rows={figures.casesByCrimeType.rows.map((row) => ({ ...row, label: crimeTypeName(t, row.key) }))}
        total={figures.casesByCrimeType.total}
      />
      <section aria-labelledby="public-people-heading">
        <h2 id="public-people-heading">{t('publicStatistics.people', { year })}</h2>
        <PeopleTable
          caption={t('publicStatistics.people', { year })}
          grid={figures.peopleBySexAndAge}
          noteId={NOTE}
        />
      </section>
    </>
  );
}
