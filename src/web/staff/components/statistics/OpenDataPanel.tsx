import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format.ts';
import { ErrorAlert } from '../Alerts.tsx';
import { useErrorText } from '../useErrorText.ts';
import { statisticsApi } from './api.ts';
import type { OpenDataReport, StatisticsFilter } from './types.ts';

/** The case-level open-data file of the period, and the report of how it was made k-anonymous. */
export function OpenDataPanel({ filter }: { filter: StatisticsFilter }) {
  const { t, i18n } = useTranslation();
  const { errorText } = useErrorText();
  const [report, setReport] = useState<OpenDataReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const number = (value: number) => formatNumber(value, i18n.language);
  const show = () => {
    setError(null);
    statisticsApi.openDataReport(filter).then(setReport, setError);
  };
  return (
    <>
      <p>{t('statistics.openData.intro')}</p>
      <ul className="plain-list download-list">
        <li>
          <a href={statisticsApi.openDataUrl(filter)} download data-testid="open-data-file">
            {t('statistics.openData.download')}
          </a>
        </li>
      </ul>
      <button type="button" className="button-secondary" onClick={show} data-testid="open-data-show-report">
        {t('statistics.openData.showReport')}
      </button>
      <ErrorAlert>{error ? errorText(error) : null}</ErrorAlert>
      {report ? (
        <section
          className="open-data-report"
          aria-labelledby="open-data-report-heading"
          data-testid="open-data-report"
        >
          <h3 id="open-data-report-heading">{t('statistics.openData.reportTitle')}</h3>
          <table className="figure-table">
            <caption className="visually-hidden">{t('statistics.openData.reportTitle')}</caption>
            <tbody>
              {(['k', 'rows', 'kept', 'dropped', 'smallestClass'] as const).map((figure) => (
                <tr key={figure}>
                  <th scope="row">{t(`statistics.openData.${figure}`)}</th>
                  <td className="numeric">{number(report[figure])}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h4>{t('statistics.openData.levels')}</h4>
          <ul className="plain-list">
            {Object.entries(report.levels).map(([column, level]) => (
              <li key={column}>
                <code>{column}</code>:{' '}
                {level === 0
                  ? t('statistics.openData.asRecorded')
                  : t('statistics.openData.generalised', { level })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
