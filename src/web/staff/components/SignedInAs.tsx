import { useTranslation } from 'react-i18next';
import { localName, roleName } from '../format.ts';
import { activeMembership, useAuthenticatedSession } from '../session.ts';

/** Under the home screen's heading: who is signed in, and for which organisation in which role. */
export function SignedInAs() {
  const { t, i18n } = useTranslation();
  const session = useAuthenticatedSession();
  const membership = activeMembership(session);
  return (
    <>
      <p className="lead">{t('home.signedInAs', { name: session.user.displayName })}</p>
      {membership ? (
        <p data-testid="home-acting-as">
          {t('home.actingAs', {
            organisation: localName(membership.organisation.name, i18n.language),
            role: roleName(t, membership.role),
          })}
        </p>
      ) : null}
    </>
  );
}
