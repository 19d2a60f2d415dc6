import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/Alerts.tsx';
import { MembershipChoices } from '../components/MembershipChoices.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { useAuthenticatedSession, useSession } from '../session.ts';

/** After sign-in, a user with several memberships picks the organisation and role to act in. */
export function ChooseMembership() {
  const { t } = useTranslation();
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
        <MembershipChoices
          memberships={session.memberships}
          busy={busy}
          onChoose={(id) => void choose(id)}
          className="plain-list choice-list"
        />
      )}
      {error ? <ErrorAlert>{errorText(error)}</ErrorAlert> : null}
    </section>
  );
}
