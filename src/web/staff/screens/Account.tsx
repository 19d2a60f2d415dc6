import { useTranslation } from 'react-i18next';
import { AlertSettingsSection } from '../components/account/AlertSettingsSection.tsx';
import { ChangePasswordForm } from '../components/account/ChangePasswordForm.tsx';
import { SessionsSection } from '../components/account/SessionsSection.tsx';
import { TwoFactorSection } from '../components/account/TwoFactorSection.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useAuthenticatedSession } from '../session.ts';

export function Account() {
  const { t } = useTranslation();
  const session = useAuthenticatedSession();
  const title = t('account.title');
  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={title}>{title}</ScreenHeading>
        <dl className="facts">
          <div>
            <dt>{t('account.name')}</dt>
            <dd>{session.user.displayName}</dd>
          </div>
          <div>
            <dt>{t('account.email')}</dt>
            <dd>{session.user.email}</dd>
          </div>
        </dl>
      </section>
      <section className="panel" aria-labelledby="password-heading">
        <h2 id="password-heading">{t('account.password.title')}</h2>
        <ChangePasswordForm />
      </section>
      <section className="panel" aria-labelledby="two-factor-heading">
        <h2 id="two-factor-heading">{t('account.twoFactor.title')}</h2>
        <TwoFactorSection />
      </section>
      <section className="panel" aria-labelledby="alert-settings-heading">
        <h2 id="alert-settings-heading">{t('alerts.settings.title')}</h2>
        <AlertSettingsSection />
      </section>
      <section className="panel" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t('account.sessions.title')}</h2>
        <SessionsSection />
      </section>
    </div>
  );
}
