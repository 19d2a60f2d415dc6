import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../router.ts';
import { useSession } from '../session.ts';
import { ErrorAlert } from './Alerts.tsx';
import { useErrorText } from './useErrorText.ts';

export function LogoutButton() {
  const { t } = useTranslation();
  const { logout } = useSession();
  const { errorText } = useErrorText();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const onClick = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await logout();
      navigate('/', { replace: true });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <div className="logout">
      <button
        type="button"
        className="button-secondary button-small"
        data-testid="logout"
        disabled={busy}
        onClick={() => void onClick()}
      >
        {t('header.logout')}
      </button>
      {error ? <ErrorAlert>{t('header.logoutFailed', { reason: errorText(error) })}</ErrorAlert> : null}
    </div>
  );
}
