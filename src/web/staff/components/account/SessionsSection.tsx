import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { SessionListItem } from '../../contract/access.ts';
import { formatDateTime } from '../../format.ts';
import { navigate } from '../../router.ts';
import { useSession } from '../../session.ts';
import { ErrorAlert, StatusMessage } from '../Alerts.tsx';
import { useErrorText } from '../useErrorText.ts';

/** A short "browser, system" description from a User-Agent header, or null when unknown. */
function describeAgent(userAgent: string | null): { browser: string; os: string } | null {
  if (!userAgent) return null;
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null;
  const os = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  return browser && os ? { browser, os } : null;
}

export function SessionsSection() {
  const { t, i18n } = useTranslation();
  const { signOut } = useSession();
  const { errorText } = useErrorText();
  const [items, setItems] = useState<SessionListItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setItems((await api.sessions()).items);
    } catch (caught) {
      setError(caught);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const describe = (item: SessionListItem): string => {
    const agent = describeAgent(item.userAgent);
    if (agent) return t('account.sessions.device', agent);
    return item.userAgent ?? t('account.sessions.unknownDevice');
  };

  const end = async (item: SessionListItem): Promise<void> => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      await api.endSession(item.id);
      setStatus(t('account.sessions.ended', { device: describe(item) }));
      await load();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const endEverywhere = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await api.logoutEverywhere();
      navigate('/', { replace: true });
      signOut('logged_out_everywhere');
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  const language = i18n.language;
  return (
    <div>
      {items === null && !error ? (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      ) : null}
      {items ? (
        <ul className="plain-list session-list" data-testid="session-list">
          {items.map((item) => (
            <li key={item.id} className="session-item">
              <div>
                <p className="session-device">
                  {describe(item)}
                  {item.current ? (
                    <span className="badge badge-ok">{t('account.sessions.current')}</span>
                  ) : null}
                </p>
                <p className="muted small">
                  {t('account.sessions.times', {
                    created: formatDateTime(item.createdAt, language),
                    lastSeen: formatDateTime(item.lastSeenAt, language),
                  })}
                </p>
              </div>
              {item.current ? null : (
                <button
                  type="button"
                  className="button-secondary button-small"
                  data-testid={`session-end-${item.id}`}
                  aria-label={t('account.sessions.endLabel', {
                    device: describe(item),
                    lastSeen: formatDateTime(item.lastSeenAt, language),
                  })}
                  disabled={busy}
                  onClick={() => void end(item)}
                >
                  {t('account.sessions.end')}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {error ? <ErrorAlert>{errorText(error)}</ErrorAlert> : null}
      <StatusMessage>{status}</StatusMessage>
      <p className="muted">{t('account.sessions.everywhereHint')}</p>
      <button
        type="button"
        className="button-danger"
        data-testid="logout-everywhere"
        disabled={busy}
        onClick={() => void endEverywhere()}
      >
        {t('account.sessions.everywhere')}
      </button>
    </div>
  );
}
