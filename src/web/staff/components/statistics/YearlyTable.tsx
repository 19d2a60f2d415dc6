import { useTranslation } from 'react-i18next';
import { useFigureText } from './FigureTable.tsx';
import type { SeedTableKey } from './types.ts';

// The yearly table as seed 002 words it: registered, of whom accepted help; people given services,
// of whom women, men, children (and the rest), with disabilities, anonymous; services, per person.
const ROWS: { key: SeedTableKey; part: boolean }[] = [
  { key: 'registeredVictims', part: false },
  { key: 'acceptedHelp', part: true },
  { key: 'peopleServed', part: false },
  { key: 'women', part: true },
  { key: 'men', part: true },
  { key: 'children', part: true },
  { key: 'otherOrUnknownSex', part: true },
  { key: 'withDisability', part: true },
  { key: 'anonymous', part: true },
  { key: 'servicesGiven', part: false },
  { key: 'servicesPerPerson', part: false },
];

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
        {ROWS.map(({ key, part }) => (
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
