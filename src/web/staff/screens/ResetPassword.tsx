import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/Alerts.tsx';
import { NewPasswordFields, newPasswordProblems } from '../components/account/NewPasswordFields.tsx';
import { Link } from '../components/Link.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { navigate, queryParam } from '../router.ts';
import { useSession } from '../session.ts';

/**
 * A new password from the e-mailed link (/reset-password?token=…). The link works once, for 30
 * minutes; afterwards the login screen says that the second factor is still asked.
 */
export function ResetPassword() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const { errorText, fieldErrorTexts } = useErrorText();
  const [token] = useState(() => queryParam('token') ?? '');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [expired, setExpired] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setError(null);
    const local = newPasswordProblems(t, newPassword, repeat);
    setErrors(local);
    if (Object.keys(local).length > 0) {
      document.getElementById(local.newPassword ? 'new-password' : 'repeat-password')?.focus();
      return;
    }
    setBusy(true);
    try {
      await api.resetPassword(token, newPassword);
      navigate('/', { replace: true });
      signOut('password_reset');
    } catch (caught) {
      const fields = fieldErrorTexts(caught);
      // The server says which field: a spent or unknown link, or a password its rules refuse.
      if (fields.token) setExpired(true);
      else if (fields.newPassword) setErrors({ newPassword: fields.newPassword });
      else setError(caught);
      setBusy(false);
    }
  };

  const title = t('reset.title');
  // A link without its token, used or expired, cannot be used: ask for a new one.
  const spent = token.length < 20 || expired;
  return (
    <section className="panel narrow">
      <ScreenHeading title={title} focusId="new-password">
        {title}
      </ScreenHeading>
      {spent ? (
        <>
          <ErrorAlert>
            <span data-testid="reset-spent">{t('reset.spent')}</span>
          </ErrorAlert>
          <p>
            <Link to="/forgot-password">{t('reset.askAgain')}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="lead">{t('reset.intro')}</p>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <NewPasswordFields
              newPassword={newPassword}
              repeat={repeat}
              onNewPassword={setNewPassword}
              onRepeat={setRepeat}
              errors={errors}
            />
            {error ? (
              <ErrorAlert>
                {errorText(error)} <Link to="/forgot-password">{t('reset.askAgain')}</Link>
              </ErrorAlert>
            ) : null}
            <button type="submit" className="button-primary" data-testid="reset-submit" disabled={busy}>
              {t('reset.submit')}
            </button>
          </form>
        </>
      )}
      <p>
        <Link to="/">{t('forgot.backToLogin')}</Link>
      </p>
    </section>
  );
}
