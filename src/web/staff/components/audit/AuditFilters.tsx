import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_OUTCOMES } from '../../contract/audit.ts';
import { CheckboxField, SelectField, TextField } from '../Field.tsx';

export interface AuditFilterValues {
  action: string;
  actorEmail: string;
  recordId: string;
  outcome: string;
  from: string;
  to: string;
  /** Only reads of cases off the reader's team and identities opened for a reason. */
  flagged: boolean;
}

export const EMPTY_FILTERS: AuditFilterValues = {
  action: '',
  actorEmail: '',
  recordId: '',
  outcome: '',
  from: '',
  to: '',
  flagged: false,
};

export function AuditFilters({
  busy,
  onApply,
}: {
  busy: boolean;
  onApply: (values: AuditFilterValues) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<AuditFilterValues>(EMPTY_FILTERS);
  const [dateError, setDateError] = useState<string | undefined>(undefined);

  const set = (key: Exclude<keyof AuditFilterValues, 'flagged'>) => (value: string) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (values.from && values.to && values.to < values.from) {
      setDateError(t('audit.filters.toBeforeFrom'));
      document.getElementById('audit-to')?.focus();
      return;
    }
    setDateError(undefined);
    onApply(values);
  };

  const reset = (): void => {
    setValues(EMPTY_FILTERS);
    setDateError(undefined);
    onApply(EMPTY_FILTERS);
  };

  const outcomeOptions = [
    { value: '', label: t('audit.filters.anyOutcome') },
    ...AUDIT_OUTCOMES.map((outcome) => ({ value: outcome, label: t(`audit.outcome.${outcome}`) })),
  ];

  return (
    <form className="form-grid" onSubmit={submit} noValidate aria-labelledby="audit-filters-heading">
      <TextField
        id="audit-action"
        label={t('audit.filters.action')}
        hint={t('audit.filters.actionHint')}
        autoComplete="off"
        spellCheck={false}
        value={values.action}
        onValueChange={set('action')}
      />
      <TextField
        id="audit-actor"
        label={t('audit.filters.actorEmail')}
        type="email"
        autoComplete="off"
        value={values.actorEmail}
        onValueChange={set('actorEmail')}
      />
      <TextField
        id="audit-record"
        label={t('audit.filters.recordId')}
        autoComplete="off"
        spellCheck={false}
        value={values.recordId}
        onValueChange={set('recordId')}
      />
      <SelectField
        id="audit-outcome"
        label={t('audit.filters.outcome')}
        value={values.outcome}
        onValueChange={set('outcome')}
        options={outcomeOptions}
      />
      <TextField
        id="audit-from"
        label={t('audit.filters.from')}
        type="date"
        value={values.from}
        onValueChange={set('from')}
      />
      <TextField
        id="audit-to"
        label={t('audit.filters.to')}
        type="date"
        value={values.to}
        onValueChange={set('to')}
        error={dateError}
      />
      <div className="form-grid-full">
        <CheckboxField
          id="audit-flagged"
          label={t('audit.filters.flagged')}
          hint={t('audit.filters.flaggedHint')}
          checked={values.flagged}
          onCheckedChange={(flagged) => setValues((current) => ({ ...current, flagged }))}
        />
      </div>
      <div className="form-grid-full actions">
        <button type="submit" className="button-primary" disabled={busy} data-testid="audit-filter-submit">
          {t('audit.filters.apply')}
        </button>
        <button type="button" className="button-link" disabled={busy} onClick={reset}>
          {t('audit.filters.reset')}
        </button>
      </div>
    </form>
  );
}
