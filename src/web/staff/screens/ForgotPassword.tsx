import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert, StatusMessage } from '../components/Alerts.tsx';
import { Link } from '../components/Link.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { SignInEmailField } from '../components/SignInEmailField.tsx';
import { useErrorText } from '../components/useErrorText.ts';

/**
 * "Forgot password?": asks for the address and says the same whatever it is, so that nobody learns
 * from it which addresses have accounts.
 */
export function ForgotPassword() {
  const { t } = useTranslation();
  const { errorText, fieldErrorTexts } = useErrorText();
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const given = email.trim();
    setMissing(given === '');
    setError(null);
    if (given === '') {
      document.getElementById('forgot-email')?.focus();
      return;
    }
    setBusy(true);
    try {
      await api.forgotPassword(given);
      setSent(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const fields = fieldErrorTexts(error);
  const title = t('forgot.title');
  return (
    <section className="panel narrow">
      <ScreenHeading title={title} focusId="forgot-email">
        {title}
      </ScreenHeading>
      <p className="lead">{t('forgot.intro')}</p>
      <StatusMessage>{sent ? <span data-testid="forgot-sent">{t('forgot.sent')}</span> : null}</StatusMessage>
      {sent ? null : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <SignInEmailField
            id="forgot-email"
            value={email}
            onValueChange={setEmail}
            error={missing ? t('validation.required') : fields.email}
          />
          {error && !fields.email ? <ErrorAlert>{errorText(error)}</ErrorAlert> : null}
          <button type="submit" className="button-primary" data-testid="forgot-submit" disabled={busy}>
            {t('forgot.submit')}
          </button>
        </form>
      )}
      <p>
        <Link to="/">{t('forgot.backToLogin')}</Link>
      </p>
    </section>
  );
}
