import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api.ts';
import { ErrorAlert, StatusMessage } from '../Alerts.tsx';
import { TextField } from '../Field.tsx';
import { useErrorText } from '../useErrorText.ts';
import { emptyRequired, errorsFor } from '../validate.ts';
import { MIN_PASSWORD_LENGTH, NewPasswordFields } from './NewPasswordFields.tsx';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { errorText, fieldErrorTexts } = useErrorText();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setDone(false);
    setError(null);
    const empty = emptyRequired({
      currentPassword: ['current-password', currentPassword],
      newPassword: ['new-password', newPassword],
      repeat: ['repeat-password', repeat],
    });
    const local = errorsFor(empty, t('validation.required'));
    if (!local.newPassword && newPassword.length < MIN_PASSWORD_LENGTH)
      local.newPassword = t('validation.too_short');
    if (!local.repeat && repeat !== newPassword) local.repeat = t('validation.mismatch');
    setFieldErrors(local);
    if (Object.keys(local).length > 0) {
      if (empty.length === 0)
        document.getElementById(local.newPassword ? 'new-password' : 'repeat-password')?.focus();
      return;
    }
    setBusy(true);
    try {
      await api.changePassword(currentPassword, newPassword);
      setCurrentPassword('');
      setNewPassword('');
      setRepeat('');
      setDone(true);
    } catch (caught) {
      if (caught instanceof ApiError && caught.problem.code === 'invalid_credentials') {
        setFieldErrors({ currentPassword: t('account.password.currentWrong') });
        setCurrentPassword('');
        document.getElementById('current-password')?.focus();
      } else {
        setFieldErrors(fieldErrorTexts(caught));
        setError(errorText(caught));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="password-heading">
      <TextField
        id="current-password"
        label={t('account.password.current')}
        type="password"
        autoComplete="current-password"
        required
        value={currentPassword}
        onValueChange={setCurrentPassword}
        error={fieldErrors.currentPassword}
      />
      <NewPasswordFields
        newPassword={newPassword}
        repeat={repeat}
        onNewPassword={setNewPassword}
        onRepeat={setRepeat}
        errors={fieldErrors}
      />
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <StatusMessage>{done ? t('account.password.changed') : null}</StatusMessage>
      <button type="submit" className="button-primary" data-testid="password-submit" disabled={busy}>
        {t('account.password.submit')}
      </button>
    </form>
  );
}
