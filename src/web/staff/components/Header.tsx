import { useTranslation } from 'react-i18next';
import { localName, roleName } from '../format.ts';
import type { AppPath } from '../router.ts';
import { activeMembership, areaLabelKey, areasFor, useSession } from '../session.ts';
import { AccountMenu } from './AccountMenu.tsx';
import { AlertsLink } from './alerts/AlertsLink.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Link } from './Link.tsx';
import { LogoutButton } from './LogoutButton.tsx';
import { MembershipSwitcher } from './MembershipSwitcher.tsx';

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t('app.skipToContent')}
    </a>
  );
}

/** The header for every screen. Before sign-in is complete it shows only the name, language and log out. */
export function Header() {
  const { t, i18n } = useTranslation();
  const { state } = useSession();
  const session = state.status === 'authenticated' ? state.session : null;
  const active = session && session.stage === 'active' ? session : null;
  const membership = active ? activeMembership(active) : null;

  const navItems: { to: AppPath; label: string }[] = [];
  if (active) {
    const areas = areasFor(membership?.role);
    // "My work" is the home screen of those who have it.
    navItems.push({ to: '/', label: t(areas.includes('work') ? 'nav.work' : 'nav.home') });
    for (const area of areas) {
      if (area !== 'work') navItems.push({ to: `/${area}`, label: t(areaLabelKey(area)) });
    }
    // Every member of staff may look up where to refer someone.
    navItems.push({ to: '/directory', label: t('nav.directory') });
    navItems.push({ to: '/account', label: t('nav.account') });
  }

  return (
    <header className="site-header">
      <div className="header-bar">
        {active ? (
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
        ) : (
          <span className="brand">{t('app.name')}</span>
        )}
        <div className="header-tools">
          {active ? <AlertsLink membershipId={active.activeMembershipId} /> : null}
          <LanguageSwitch />
          {active ? <AccountMenu /> : null}
          {session ? <LogoutButton /> : null}
        </div>
      </div>
      {active && membership ? (
        <div className="context-bar">
          <p className="acting-as" data-testid="acting-as">
            <span className="muted">{t('header.actingAs')}</span>{' '}
            <strong>{localName(membership.organisation.name, i18n.language)}</strong>
            <span aria-hidden="true"> · </span>
            <span className="visually-hidden">, </span>
            <span>{roleName(t, membership.role)}</span>
          </p>
          <MembershipSwitcher />
        </div>
      ) : null}
      {navItems.length > 0 ? (
        <nav className="main-nav" aria-label={t('nav.label')}>
          <ul>
            {navItems.map((item) => (
              <li key={item.to}>
                <Link to={item.to} markCurrent>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
