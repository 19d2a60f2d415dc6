import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { localName, roleName } from '../format.ts';
import { type AppPath, usePath } from '../router.ts';
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

/** As wide as a phone: where the styles (max-width: 40rem) fold the header into a menu. */
const NARROW = '(max-width: 40rem)';

function subscribeNarrow(listener: () => void): () => void {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribeNarrow,
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}

/**
 * The header for every screen. Before sign-in is complete it shows only the name, language and log
 * out. On a phone it is one bar (name, alerts, language and a menu button) so that the screen is
 * left to the work; the menu holds who one acts as, the navigation, the account and log out.
 */
export function Header() {
  const { t, i18n } = useTranslation();
  const narrow = useNarrow();
  const path = usePath();
  // The menu is open on the page it was opened on: going somewhere else closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const menuOpen = openOn === path;
  const setMenuOpen = (open: boolean) => setOpenOn(open ? path : null);
  const menuButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      setOpenOn(null);
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);
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

  const folded = narrow && navItems.length > 0;
  const account = (
    <>
      {active ? <AccountMenu /> : null}
      {session ? <LogoutButton /> : null}
    </>
  );
  return (
    <header className={folded ? 'site-header site-header-folded' : 'site-header'}>
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
          <LanguageSwitch compact={folded} />
          {folded ? (
            <button
              ref={menuButton}
              type="button"
              className="button-secondary button-small menu-toggle"
              aria-expanded={menuOpen}
              aria-controls="header-menu"
              onClick={() => setMenuOpen(!menuOpen)}
              data-testid="menu-toggle"
            >
              <span aria-hidden="true" className="menu-icon">
                ☰
              </span>{' '}
              {t('header.menu')}
            </button>
          ) : (
            account
          )}
        </div>
      </div>
      <div id="header-menu" className="header-menu" hidden={folded && !menuOpen}>
        {folded ? <div className="header-menu-account">{account}</div> : null}
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
                  <Link to={item.to} markCurrent onNavigate={() => setMenuOpen(false)}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </header>
  );
}
