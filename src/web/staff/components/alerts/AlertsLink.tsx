import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { formatNumber } from '../../format.ts';
import { Link } from '../Link.tsx';
import { onAlertsChanged } from './unread.ts';

const POLL_MS = 60_000;

/**
 * The count is asked every minute only while the person is using the app (a key, a tap, the
 * window's focus since the last asking): a tab left open must not keep an idle session alive.
 */
function useUnreadCount(membershipId: string | null): number | null {
  const [unread, setUnread] = useState<number | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: acting for another organisation asks again
  useEffect(() => {
    let cancelled = false;
    let active = true;
    const ask = (): void => {
      active = false;
      api
        .unreadAlerts()
        .then((answer) => {
          if (!cancelled) setUnread(answer.unread);
        })
        .catch(() => undefined);
    };
    const used = (): void => {
      active = true;
    };
    const onFocus = (): void => {
      if (document.visibilityState === 'visible') ask();
    };
    ask();
    const timer = window.setInterval(() => {
      if (active && document.visibilityState === 'visible') ask();
    }, POLL_MS);
    const events = ['pointerdown', 'keydown', 'scroll'] as const;
    for (const name of events) window.addEventListener(name, used, { passive: true });
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onFocus);
    const off = onAlertsChanged(ask);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
      for (const name of events) window.removeEventListener(name, used);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onFocus);
      off();
    };
  }, [membershipId]);
  return unread;
}

function BellIcon() {
  return (
    <svg
      className="alerts-bell"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
      />
    </svg>
  );
}

/** The header's way to the alerts, with how many are unread. */
export function AlertsLink({ membershipId }: { membershipId: string | null }) {
  const { t, i18n } = useTranslation();
  const unread = useUnreadCount(membershipId);
  return (
    <Link to="/alerts" className="alerts-link" markCurrent>
      <BellIcon />
      <span className="alerts-label">{t('alerts.link')}</span>
      {unread !== null && unread > 0 ? (
        <>
          <span className="alerts-count" aria-hidden="true" data-testid="alerts-unread">
            {unread > 99 ? '99+' : formatNumber(unread, i18n.language)}
          </span>
          <span className="visually-hidden">{t('alerts.unreadCount', { number: unread })}</span>
        </>
      ) : null}
    </Link>
  );
}
