import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/Alerts.tsx';
import { TextField } from '../components/Field.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { emptyRequired, errorsFor } from '../components/validate.ts';
import { useSession } from '../session.ts';

type Mode = 'app' | 'recovery';

/** The second step of signing in: a code from the authenticator app, or a recovery code. */
export function TotpEntry() {
  const { t } = useTranslation();
  const { setSession } = useSession();
  const { errorText } = useErrorText();
  const [mode, setMode] = useState<Mode>('app');
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<Record<string, string>>({});

  const switchMode = (): void => {
    setMode((current) => (current === 'app' ? 'recovery' : 'app'));
    setCode('');
    setError(null);
    setMissing({});
  };

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const empty = emptyRequired({ code: [mode === 'app' ? 'totp-code' : 'recovery-code', code] });
    setMissing(errorsFor(empty, t('validation.required')));
    if (empty.length > 0) return;
    setBusy(true);
    setError(null);
    const value = mode === 'app' ? code.replace(/\s+/g, '') : code.trim().toLowerCase();
    try {
      setSession(await api.totp(value));
    } catch (caught) {
      setError(caught);
      setCode('');
      setBusy(false);
    }
  };

  const title = t('totp.title');
  return (
    <section className="panel narrow">
      <ScreenHeading title={title} focusId="totp-code">
        {title}
      </ScreenHeading>
      <p className="lead">{mode === 'app' ? t('totp.introApp') : t('totp.introRecovery')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {mode === 'app' ? (
          <TextField
            key="app"
            id="totp-code"
            label={t('totp.codeLabel')}
            hint={t('totp.codeHint')}
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]{6,7}"
            maxLength={7}
            required
            className="field-code"
            value={code}
            onValueChange={setCode}
            error={missing.code}
          />
        ) : (
          <TextField
            key="recovery"
            id="recovery-code"
            label={t('totp.recoveryLabel')}
            hint={t('totp.recoveryHint')}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            className="field-code"
            value={code}
            onValueChange={setCode}
            error={missing.code}
          />
        )}
        {error ? <ErrorAlert>{errorText(error)}</ErrorAlert> : null}
        <div className="actions">
          <button type="submit" className="button-primary" data-testid="totp-submit" disabled={busy}>
            {t('totp.submit')}
          </button>
          <button type="button" className="button-link" data-testid="totp-mode" onClick={switchMode}>
            {mode === 'app' ? t('totp.useRecovery') : t('totp.useApp')}
          </button>
        </div>
      </form>
    </section>
  );
}
