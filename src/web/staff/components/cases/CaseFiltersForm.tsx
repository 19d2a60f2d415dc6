import { useTranslation } from 'react-i18next';
import {
  CASE_KINDS,
  type CaseFilters,
  OTHER_CRIME_STATES,
  TRAFFICKING_STATES,
} from '../../contract/cases.ts';
import { codeOptions } from '../../labels.ts';
import { CheckboxField, SelectField } from '../Field.tsx';

/** Kind, state and overdue: each change filters at once, the states offered follow the kind. */
export function CaseFiltersForm({
  filters,
  onChange,
}: {
  filters: CaseFilters;
  onChange: (f: CaseFilters) => void;
}) {
  const { t } = useTranslation();
  const states =
    filters.kind === 'trafficking'
      ? TRAFFICKING_STATES
      : filters.kind === 'other_crime'
        ? OTHER_CRIME_STATES
        : [...new Set([...TRAFFICKING_STATES, ...OTHER_CRIME_STATES])];
  return (
    <search>
      <form className="case-filters" aria-label={t('cases.filters')} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          id="cases-kind"
          label={t('cases.kind')}
          value={filters.kind ?? ''}
          onValueChange={(kind) =>
            onChange({ ...filters, kind: CASE_KINDS.find((k) => k === kind), state: undefined })
          }
          options={[{ value: '', label: t('cases.anyKind') }, ...codeOptions(t, 'kind', CASE_KINDS)]}
        />
        <SelectField
          id="cases-state"
          label={t('cases.state')}
          value={filters.state ?? ''}
          onValueChange={(state) => onChange({ ...filters, state: state || undefined })}
          options={[{ value: '', label: t('cases.anyState') }, ...codeOptions(t, 'state', states)]}
        />
        <CheckboxField
          id="cases-overdue"
          label={t('cases.onlyOverdue')}
          checked={filters.overdue === 'true'}
          onCheckedChange={(on) => onChange({ ...filters, overdue: on ? 'true' : undefined })}
        />
      </form>
    </search>
  );
}
