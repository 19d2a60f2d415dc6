import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../Field.tsx';
import { type BreakdownChoice, PUBLICATION_THRESHOLD, statisticsApi } from './api.ts';
import { viewName } from './BreakdownPanel.tsx';
import type { StatisticsFilter } from './types.ts';

const FORMATS = [
  ['csv', 'CSV'],
  ['xlsx', 'XLSX'],
] as const;

/** The yearly table and the breakdown on screen as files, whole or ready for publication. */
export function StatisticsDownloads({
  filter,
  choice,
}: {
  filter: StatisticsFilter;
  choice: BreakdownChoice;
}) {
  const { t } = useTranslation();
  const [forPublication, setForPublication] = useState(false);
  const files: { name: string; choice?: BreakdownChoice; testId: string }[] = [
    { name: t('statistics.yearlyFile'), testId: 'download-yearly' },
    {
      name: `${t(`statistics.indicator.${choice.indicator}`)}: ${viewName(t, choice)}`,
      choice,
      testId: 'download-breakdown',
    },
  ];
  return (
    <>
      <p>{t('statistics.downloadsIntro')}</p>
      <CheckboxField
        id="statistics-for-publication"
        label={t('statistics.forPublication', { threshold: PUBLICATION_THRESHOLD })}
        checked={forPublication}
        onCheckedChange={setForPublication}
      />
      <ul className="plain-list download-list">
        {files.flatMap((file) =>
          FORMATS.map(([format, formatName]) => (
            <li key={`${file.testId}-${format}`}>
              <a
                href={statisticsApi.exportUrl(filter, format, file.choice, forPublication)}
                download
                data-testid={`${file.testId}-${format}`}
              >
                {t('statistics.download', { name: file.name, format: formatName })}
              </a>
            </li>
          )),
        )}
      </ul>
    </>
  );
}
