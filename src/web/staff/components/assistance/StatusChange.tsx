import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeOptions, type LabelledList } from '../../labels.ts';
import { ErrorAlert } from '../Alerts.tsx';
import { useErrorText } from '../useErrorText.ts';

/** A status of a listed thing (a plan item, a legal step) changed in place: choose, then save. */
export function StatusChange<T extends string>({
  id,
  label,
  list,
  codes,
  current,
  onSave,
}: {
  id: string;
  label: string;
  list: LabelledList;
  codes: readonly T[];
  current: T;
  onSave: (status: T) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const [status, setStatus] = useState<T>(current);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSave(status);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="status-change" onSubmit={submit} aria-label={label} data-testid={`${id}-form`}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select
        id={id}
        value={status}
        onChange={(event) => setStatus(event.target.value as T)}
        data-testid={id}
      >
        {codeOptions(t, list, codes).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <button type="submit" className="button-secondary button-small" disabled={busy || status === current}>
        {t('assistance.changeStatus')}
      </button>
      <ErrorAlert>{error ? errorText(error) : null}</ErrorAlert>
    </form>
  );
}
