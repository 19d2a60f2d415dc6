import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/Alerts.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { localName, roleName } from '../format.ts';
import { useAuthenticatedSession, useSession } from '../session.ts';

/** After sign-in, a user with several memberships picks the organisation and role to act in. */
export function ChooseMembership() {
  const { t, i18n } = useTranslation();
  const session = useAuthenticatedSession();
  const { setSession } = useSession();
  const { errorText } = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const choose = async (membershipId: string): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      setSession(await api.chooseMembership(membershipId));
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  const title = t('membership.title');
  return (
    <section className="panel narrow">
      <ScreenHeading title={title}>{title}</ScreenHeading>
      <p className="lead">{t('membership.intro')}</p>
      {session.memberships.length === 0 ? (
        <p>{t('membership.none')}</p>
      ) : (
        <ul className="plain-list choice-list">
          {session.memberships.map((membership) => (
            <li key={membership.id}>
              <button
                type="button"
                className="button-choice"
                disabled={busy}
                data-testid={`membership-${membership.id}`}
                onClick={() => void choose(membership.id)}
              >
                <span className="choice-title">{localName(membership.organisation.name, i18n.language)}</span>
                <span className="choice-detail">{roleName(t, membership.role)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {error ? <ErrorAlert>{errorText(error)}</ErrorAlert> : null}
    </section>
  );
}
