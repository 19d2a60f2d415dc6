import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { AGE_BANDS, CITIZENSHIP_PATHWAYS, OTHER_CRIMES, SEXES } from '../../contract/cases.ts';
import { codeName, type LabelledList } from '../../labels.ts';
import { todayInVilnius } from '../../time.ts';
import { SERVICE_TYPES } from '../assistance/types.ts';
import { DateField, SelectField } from '../Field.tsx';
import { MunicipalityField } from '../MunicipalityField.tsx';
import { crimeTypeName } from './names.ts';
import type { StatisticsFilter } from './types.ts';

type Filters = Omit<StatisticsFilter, 'from' | 'to'>;

export const wholeYear = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** The current year and the three before it, as the quick picks offer them. */
export function recentYears(): number[] {
  const year = Number(todayInVilnius().slice(0, 4));
  return [year, year - 1, year - 2, year - 3];
}

const choices = (t: TFunction, list: LabelledList, codes: readonly string[]) => [
  { value: '', label: t('statistics.filters.any') },
  ...codes.map((code) => ({ value: code, label: codeName(t, list, code) })),
];

/** The period (a whole year in one tap, or any two days) and the filters every figure takes. */
export function PeriodFilters({
  filter,
  onChange,
}: {
  filter: StatisticsFilter;
  onChange: (filter: StatisticsFilter) => void;
}) {
  const { t, i18n } = useTranslation();
  const set = (change: Partial<StatisticsFilter>) => onChange({ ...filter, ...change });
  const select = (name: keyof Filters, options: { value: string; label: string }[]) => (
    <SelectField
      id={`statistics-${name}`}
      label={t(`statistics.filters.${name}`)}
      value={filter[name] ?? ''}
      onValueChange={(value) => set({ [name]: value || undefined })}
      options={options}
    />
  );
  return (
    <>
      <fieldset className="year-picks">
        <legend>{t('statistics.wholeYear')}</legend>
        {recentYears().map((year) => {
          const period = wholeYear(year);
          return (
            <button
              key={year}
              type="button"
              className="button-secondary button-small"
              data-testid={`statistics-year-${year}`}
              aria-pressed={filter.from === period.from && filter.to === period.to}
              onClick={() => set(period)}
            >
              {year}
            </button>
          );
        })}
      </fieldset>
      <div className="form-grid">
        <DateField
          id="statistics-from"
          label={t('statistics.from')}
          value={filter.from}
          onValueChange={(from) => set({ from })}
        />
        <DateField
          id="statistics-to"
          label={t('statistics.to')}
          value={filter.to}
          onValueChange={(to) => set({ to })}
        />
        {select('serviceType', choices(t, 'serviceType', SERVICE_TYPES))}
        {select('crimeType', [
          { value: '', label: t('statistics.filters.any') },
          ...['trafficking', ...OTHER_CRIMES].map((code) => ({ value: code, label: crimeTypeName(t, code) })),
        ])}
        {select('sex', choices(t, 'sex', SEXES))}
        {select('ageBand', choices(t, 'ageBand', AGE_BANDS))}
        {select('pathway', choices(t, 'pathway', CITIZENSHIP_PATHWAYS))}
        <MunicipalityField
          id="statistics-municipality"
          label={t('statistics.filters.municipality')}
          empty={t('statistics.filters.any')}
          language={i18n.language}
          value={filter.municipality ?? ''}
          onValueChange={(value) => set({ municipality: value || undefined })}
        />
      </div>
      <button
        type="button"
        className="button-link"
        onClick={() => onChange({ from: filter.from, to: filter.to })}
      >
        {t('statistics.filters.clear')}
      </button>
    </>
  );
}
