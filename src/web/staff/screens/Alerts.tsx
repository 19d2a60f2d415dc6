import { type MouseEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert, StatusMessage } from '../components/Alerts.tsx';
import { alertsChanged } from '../components/alerts/unread.ts';
import { alertDeadlineName, alertTitle } from '../components/alerts/words.ts';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { useLoaded } from '../components/useLoaded.ts';
import type { AlertList, AlertView } from '../contract/alerts.ts';
import { formatDateTime, formatDeadline } from '../format.ts';
import { href, isAppPath, navigate } from '../router.ts';

/** One alert: what happened, the case and the deadline it names, and the way to it. */
export function AlertItem({
  alert,
  onOpen,
}: {
  alert: AlertView;
  onOpen: (alert: AlertView) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const title = alertTitle(alert.kind, language);
  const link = isAppPath(alert.link) ? alert.link : null;
  const open = (event: MouseEvent<HTMLAnchorElement>): void => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void onOpen(alert);
  };
  return (
    <li
      className={alert.read ? 'alert-item' : 'alert-item alert-item-unread'}
      data-testid={`alert-${alert.id}`}
      data-kind={alert.kind}
    >
      <p className="alert-item-title">
        {alert.read ? null : <span className="badge badge-warn">{t('alerts.new')}</span>}{' '}
        {link ? (
          <a href={href(link)} onClick={open} data-testid="alert-open">
            {title}
          </a>
        ) : (
          <strong>{title}</strong>
        )}
      </p>
      {alert.caseReference ? (
        <p className="alert-item-detail">
          {t('alerts.case')} <span className="case-reference">{alert.caseReference}</span>
        </p>
      ) : null}
      {alert.deadline ? (
        <p className="alert-item-detail">
          {alert.dueAt
            ? t('alerts.deadlineDue', {
                deadline: alertDeadlineName(alert.deadline, language),
                when: formatDeadline(alert.dueAt, language),
              })
            : t('alerts.deadline', { deadline: alertDeadlineName(alert.deadline, language) })}
        </p>
      ) : null}
      <p className="muted small">
        <time dateTime={alert.createdAt}>{formatDateTime(alert.createdAt, language)}</time>
      </p>
    </li>
  );
}

/** What each person is told: newest first, the unread marked; opening one marks it read. */
export function Alerts() {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const load = useCallback(() => api.alerts(), []);
  const list = useLoaded<AlertList>(load);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const title = t('alerts.title');

  const open = async (alert: AlertView): Promise<void> => {
    setError(null);
    if (!alert.read) {
      try {
        await api.readAlert(alert.id);
        alertsChanged();
      } catch (caught) {
        // Not being marked read must not keep anyone from what the alert is about.
        setError(caught);
      }
    }
    if (isAppPath(alert.link)) navigate(alert.link);
  };

  const readAll = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      await api.readAllAlerts();
      alertsChanged();
      if (list.data) {
        list.setData({ unread: 0, items: list.data.items.map((item) => ({ ...item, read: true })) });
      }
      setStatus(t('alerts.allRead'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const items = list.data
    ? [...list.data.items].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
    : null;
  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={title}>{title}</ScreenHeading>
        <p className="lead">{t('alerts.intro')}</p>
        {list.data ? (
          <div className="alerts-toolbar">
            <p className="muted" data-testid="alerts-unread-total">
              {t('alerts.unreadTotal', { number: list.data.unread })}
            </p>
            <button
              type="button"
              className="button-secondary"
              onClick={() => void readAll()}
              disabled={busy || list.data.unread === 0}
              data-testid="alerts-read-all"
            >
              {t('alerts.readAll')}
            </button>
          </div>
        ) : null}
        <StatusMessage>{status}</StatusMessage>
        <ErrorAlert>{error ? errorText(error) : list.error ? errorText(list.error) : null}</ErrorAlert>
      </section>
      <section className="panel" aria-labelledby="alerts-list-heading">
        <h2 id="alerts-list-heading">{t('alerts.listTitle')}</h2>
        {items === null && !list.error ? <p className="loading">{t('common.loading')}</p> : null}
        {items && items.length === 0 ? <p className="empty-state">{t('alerts.none')}</p> : null}
        {items && items.length > 0 ? (
          <ul className="plain-list divided-list alert-list" data-testid="alert-list">
            {items.map((alert) => (
              <AlertItem key={alert.id} alert={alert} onOpen={open} />
            ))}
          </ul>
        ) : null}
        <p className="field-hint">{t('alerts.kept')}</p>
      </section>
    </div>
  );
}
