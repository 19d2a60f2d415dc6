import { useTranslation } from 'react-i18next';
import { HomeInbox } from '../components/HomeInbox.tsx';
import { HomeShortcuts } from '../components/HomeShortcuts.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { SignedInAs } from '../components/SignedInAs.tsx';
import { activeMembership, useAuthenticatedSession } from '../session.ts';

export function Home() {
  const { t } = useTranslation();
  const session = useAuthenticatedSession();
  const membership = activeMembership(session);
  const role = membership?.role;

  const greeting = t('home.greeting');
  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={t('nav.home')}>{greeting}</ScreenHeading>
        <SignedInAs />
      </section>

      <section className="panel" aria-labelledby="inbox-heading">
        <h2 id="inbox-heading">{t('home.inbox')}</h2>
        <HomeInbox role={role ?? ''} />
      </section>

      <HomeShortcuts role={role} />
    </div>
  );
}
