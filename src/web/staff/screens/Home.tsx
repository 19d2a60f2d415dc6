import { useTranslation } from 'react-i18next';
import { HomeInbox } from '../components/HomeInbox.tsx';
import { HomeShortcuts } from '../components/HomeShortcuts.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { localName, roleName } from '../format.ts';
import { activeMembership, useAuthenticatedSession } from '../session.ts';

export function Home() {
  const { t, i18n } = useTranslation();
  const session = useAuthenticatedSession();
  const membership = activeMembership(session);
  const role = membership?.role;

  const greeting = t('home.greeting');
  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={t('nav.home')}>{greeting}</ScreenHeading>
        <p className="lead">{t('home.signedInAs', { name: session.user.displayName })}</p>
        {membership ? (
          <p data-testid="home-acting-as">
            {t('home.actingAs', {
              organisation: localName(membership.organisation.name, i18n.language),
              role: roleName(t, membership.role),
            })}
          </p>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="inbox-heading">
        <h2 id="inbox-heading">{t('home.inbox')}</h2>
        <HomeInbox role={role ?? ''} />
      </section>

      <HomeShortcuts role={role} />
    </div>
  );
}
