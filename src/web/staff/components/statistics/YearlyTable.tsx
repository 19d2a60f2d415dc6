import { useTranslation } from 'react-i18next';
import { SEED_TABLE_ROWS } from '../../../../statistics/seed-table.ts';
import { useFigureText } from './FigureTable.tsx';
import type { SeedTableKey } from './types.ts';

/** The yearly table of support services; a hidden count (null) is said in words. */
export function YearlyTable({
  caption,
  table,
}: {
  caption: string;
  table: Record<SeedTableKey, number | null>;
}) {
  const { t } = useTranslation();
  const text = useFigureText();
  return (
    <table className="figure-table yearly-table" data-testid="yearly-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('figures.figure')}</th>
          <th scope="col" className="numeric">
            {t('figures.number')}
          </th>
        </tr>
      </thead>
      <tbody>
        {SEED_TABLE_ROWS.map(({ key, part }) => (
          <tr key={key} className={part ? 'figure-part' : undefined}>
            <th scope="row">{t(`figures.table.${key}`)}</th>
            <td
              className={table[key] === null ? 'numeric figure-hidden' : 'numeric'}
              data-testid={`yearly-${key}`}
            >
              {text(table[key])}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
