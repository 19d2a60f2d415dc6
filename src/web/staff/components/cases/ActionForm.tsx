import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../Alerts.tsx';
import { useErrorText } from '../useErrorText.ts';

interface ActionFormProps {
  /** Names the form for screen readers. */
  label: string;
  submitLabel: string;
  /** A message by field for what is missing (false when nothing is); any message stops the sending. */
  check?: () => Record<string, string | false>;
  onSubmit: () => Promise<void>;
  /** The fields, given the messages by field name (the client's check or the server's answer). */
  children: (errors: Record<string, string>) => ReactNode;
  testId: string;
  danger?: boolean;
  /** Some fields are marked as required: say what the mark means. */
  marksRequired?: boolean;
}

/** A small form that does one thing to a case: waits for the answer, shows what went wrong. */
export function ActionForm({
  label,
  submitLabel,
  check,
  onSubmit,
  children,
  testId,
  danger,
  marksRequired,
}: ActionFormProps) {
  const { t } = useTranslation();
  const { errorText, fieldErrorTexts } = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [checked, setChecked] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const problems = Object.fromEntries(
      Object.entries(check?.() ?? {}).filter((entry): entry is [string, string] => Boolean(entry[1])),
    );
    setChecked(problems);
    setError(null);
    if (Object.keys(problems).length > 0) {
      // Once the messages are shown, the keyboard goes to the first field that needs them.
      const form = event.currentTarget;
      requestAnimationFrame(() =>
        form.querySelector<HTMLElement>('[aria-invalid="true"], .choice-group-invalid input')?.focus(),
      );
      return;
    }
    setBusy(true);
    try {
      await onSubmit();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const serverFields = fieldErrorTexts(error);
  return (
    <form className="action-form" aria-label={label} noValidate onSubmit={submit} data-testid={testId}>
      {marksRequired ? <p className="field-hint">{t('common.requiredNote')}</p> : null}
      {children({ ...serverFields, ...checked })}
      <ErrorAlert>{error && Object.keys(serverFields).length === 0 ? errorText(error) : null}</ErrorAlert>
      <button type="submit" className={danger ? 'button-danger' : 'button-primary'} disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
