import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/Alerts.tsx';
import { TextField } from '../components/Field.tsx';
import { Link } from '../components/Link.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { SignInEmailField } from '../components/SignInEmailField.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { emptyRequired, errorsFor } from '../components/validate.ts';
import { type SignedOutNotice, useSession } from '../session.ts';

export function Login({ notice }: { notice: SignedOutNotice }) {
  const { t } = useTranslation();
  const { setSession } = useSession();
  const { errorText } = useErrorText();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const empty = emptyRequired({ email: ['login-email', email], password: ['login-password', password] });
    setMissing(errorsFor(empty, t('validation.required')));
    if (empty.length > 0) return;
    setBusy(true);
    setError(null);
    try {
      setSession(await api.login(email.trim(), password));
    } catch (caught) {
      setError(caught);
      setPassword('');
      setBusy(false);
    }
  };

  const title = t('login.title');
  return (
    <section className="panel narrow">
      <ScreenHeading title={title} focusId="login-email">
        {title}
      </ScreenHeading>
      <p className="lead">{t('login.intro')}</p>
      {notice && !error ? (
        <div
          className={notice === 'password_reset' ? 'alert alert-success' : 'alert alert-info'}
          role="alert"
          data-testid="signed-out-notice"
        >
          {t(`login.notice.${notice}`)}
        </div>
      ) : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <SignInEmailField id="login-email" value={email} onValueChange={setEmail} error={missing.email} />
        <TextField
          id="login-password"
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onValueChange={setPassword}
          error={missing.password}
        />
        {error ? <ErrorAlert>{errorText(error)}</ErrorAlert> : null}
        <button type="submit" className="button-primary" data-testid="login-submit" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
      <p className="login-forgot">
        <Link to="/forgot-password">{t('login.forgot')}</Link>
      </p>
    </section>
  );
}
