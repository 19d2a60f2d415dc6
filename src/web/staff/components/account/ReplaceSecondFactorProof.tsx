import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api.ts';
import type { TotpEnrolment } from '../../contract/access.ts';
import { ErrorAlert } from '../Alerts.tsx';
import { TextField } from '../Field.tsx';
import { useErrorText } from '../useErrorText.ts';
import { emptyRequired, errorsFor } from '../validate.ts';

/**
 * Before a second factor already set up is replaced: the password and a current code (from the old
 * phone, or a recovery code), so that a session left open is not enough to take the account over.
 */
export function ReplaceSecondFactorProof({ onProven }: { onProven: (enrolment: TotpEnrolment) => void }) {
  const { t } = useTranslation();
  const { errorText, fieldErrorTexts } = useErrorText();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setError(null);
    const empty = emptyRequired({ password: ['replace-password', password], code: ['replace-code', code] });
    setFieldErrors(errorsFor(empty, t('validation.required')));
    if (empty.length > 0) return;
    setBusy(true);
    try {
      onProven(await api.startEnrolment({ password, code: code.replace(/\s+/g, '') }));
    } catch (caught) {
      setCode('');
      if (caught instanceof ApiError && caught.problem.code === 'invalid_credentials') {
        setFieldErrors({ password: t('account.password.currentWrong') });
        setPassword('');
        document.getElementById('replace-password')?.focus();
      } else {
        setFieldErrors(fieldErrorTexts(caught));
        setError(errorText(caught));
        document.getElementById('replace-code')?.focus();
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="totp-replace-proof">
      <p>{t('account.twoFactor.proofIntro')}</p>
      <TextField
        id="replace-password"
        label={t('account.twoFactor.proofPassword')}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onValueChange={setPassword}
        error={fieldErrors.password}
      />
      <TextField
        id="replace-code"
        label={t('account.twoFactor.proofCode')}
        hint={t('account.twoFactor.proofCodeHint')}
        autoComplete="one-time-code"
        maxLength={32}
        required
        value={code}
        onValueChange={setCode}
        error={fieldErrors.code}
      />
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <button type="submit" className="button-primary" disabled={busy} data-testid="totp-replace-continue">
        {t('account.twoFactor.proofContinue')}
      </button>
    </form>
  );
}
