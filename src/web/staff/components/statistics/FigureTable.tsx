import './figures.css';
import { useTranslation } from 'react-i18next';
import type { FigureRow } from './types.ts';

/** A figure in the interface language; a hidden count in words. */
export function useFigureText(): (value: number | null) => string {
  const { t, i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'lt-LT', {
    maximumFractionDigits: 1,
  });
  return (value) => (value === null ? t('figures.hidden') : format.format(value));
}

/** One figure by one breakdown as a table: the numbers a chart draws, readable without it. */
export function FigureTable({
  caption,
  keyHeader,
  valueHeader,
  rows,
  total,
  totalLabel,
  testId,
}: {
  caption: string;
  keyHeader: string;
  valueHeader: string;
  rows: FigureRow[];
  /** Left out where the rows have no total worth showing. */
  total?: number | null;
  totalLabel?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const text = useFigureText();
  return (
    <table className="figure-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{keyHeader}</th>
          <th scope="col" className="numeric">
            {valueHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-key={row.key}>
            <th scope="row">{row.label}</th>
            <td className={row.value === null ? 'numeric figure-hidden' : 'numeric'}>{text(row.value)}</td>
          </tr>
        ))}
      </tbody>
      {total === undefined ? null : (
        <tfoot>
          <tr>
            <th scope="row">{totalLabel ?? t('figures.total')}</th>
            <td className={total === null ? 'numeric figure-hidden' : 'numeric'}>{text(total)}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
