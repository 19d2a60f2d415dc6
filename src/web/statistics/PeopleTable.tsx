import { useTranslation } from 'react-i18next';
import { useFigureText } from '../staff/components/statistics/FigureTable.tsx';
import type { PublicStatistics } from '../staff/components/statistics/types.ts';

type Grid = PublicStatistics['peopleBySexAndAge'];

/** People given services by age group (rows) and sex (columns), with the totals of both. */
export function PeopleTable({ caption, grid, noteId }: { caption: string; grid: Grid; noteId: string }) {
  const { t } = useTranslation();
  const text = useFigureText();
  const cell = (value: number | null, key: string) => (
    <td key={key} className={value === null ? 'numeric figure-hidden' : 'numeric'}>
      {text(value)}
    </td>
  );
  return (
    // A region of its own, focusable, so that on a narrow screen the table scrolls within it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region has to be focusable
    <section className="figure-scroll" aria-label={caption} tabIndex={0}>
      <table className="figure-table" data-testid="public-people-table" aria-describedby={noteId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.ageGroupHeader')}</th>
            {grid.sexes.map((sex) => (
              <th key={sex} scope="col" className="numeric">
                {t(`figures.sexColumn.${sex}`, { defaultValue: sex })}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t('figures.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {grid.ageGroups.map((group, row) => (
            <tr key={group}>
              <th scope="row">{t(`figures.ageGroup.${group}`, { defaultValue: group })}</th>
              {grid.sexes.map((sex, column) => cell(grid.cells[row]?.[column] ?? null, sex))}
              {cell(grid.rowTotals[row] ?? null, 'total')}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('figures.total')}</th>
            {grid.sexes.map((sex, column) => cell(grid.columnTotals[column] ?? null, sex))}
            {cell(grid.total, 'total')}
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
