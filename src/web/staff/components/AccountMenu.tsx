import { useTranslation } from 'react-i18next';
import { useAuthenticatedSession } from '../session.ts';
import { Link } from './Link.tsx';
import { useDisclosure } from './useDisclosure.ts';

export function AccountMenu() {
  const { t } = useTranslation();
  const session = useAuthenticatedSession();
  const { close, containerRef, buttonProps, panelProps } = useDisclosure();

  return (
    <div className="disclosure" ref={containerRef}>
      <button
        {...buttonProps}
        className="button-secondary button-small"
        aria-label={t('header.accountMenuFor', { name: session.user.displayName })}
        data-testid="account-menu"
      >
        <span className="account-name">{session.user.displayName}</span>
      </button>
      <div {...panelProps} className="disclosure-panel disclosure-panel-end">
        <p className="disclosure-title">{session.user.displayName}</p>
        <p className="muted small">{session.user.email}</p>
        <ul className="plain-list">
          <li>
            <Link to="/account" onNavigate={() => close()}>
              {t('nav.account')}
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
