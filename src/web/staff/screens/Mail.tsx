import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert, InfoNote, StatusMessage } from '../components/Alerts.tsx';
import { alertTitle } from '../components/alerts/words.ts';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { useLoaded } from '../components/useLoaded.ts';
import type { UnsentMail, UnsentMailView } from '../contract/alerts.ts';
import { formatDateTime, formatNumber } from '../format.ts';
import { Loading } from './Loading.tsx';

export function MailItem({
  mail,
  onRetry,
}: {
  mail: UnsentMail;
  onRetry: (mail: UnsentMail) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [busy, setBusy] = useState(false);
  const retry = async (): Promise<void> => {
    setBusy(true);
    try {
      await onRetry(mail);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="mail-item" data-testid={`mail-${mail.id}`}>
      <p className="mail-item-head">
        <span className={mail.status === 'failed' ? 'badge badge-error' : 'badge badge-warn'}>
          {t(`mail.status.${mail.status}`)}
        </span>{' '}
        <strong className="mail-address">{mail.toAddress}</strong>
      </p>
      <p>
        {alertTitle(mail.kind, language)}
        {mail.caseReference ? (
          <>
            {' · '}
            <span className="case-reference">{mail.caseReference}</span>
          </>
        ) : null}
      </p>
      <p className="muted small">
        {t('mail.written', { when: formatDateTime(mail.createdAt, language) })}
        {' · '}
        {t('mail.attempts', { number: formatNumber(mail.attempts, language) })}
        {mail.status === 'pending'
          ? ` · ${t('mail.nextAttempt', { when: formatDateTime(mail.sendAfter, language) })}`
          : null}
      </p>
      {mail.lastError ? (
        <p className="mail-error">
          <span className="muted">{t('mail.lastError')}</span> <code>{mail.lastError}</code>
        </p>
      ) : null}
      <button
        type="button"
        className="button-secondary button-small"
        onClick={() => void retry()}
        disabled={busy}
        data-testid="mail-retry"
      >
        {t('mail.retry')}
      </button>
    </li>
  );
}

/**
 * The administrator's view of e-mail that has not gone out: to whom, what kind, how often it was
 * tried and why it failed, with a way to send it again now.
 */
export function Mail() {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const load = useCallback(() => api.unsentMail(), []);
  const mail = useLoaded<UnsentMailView>(load);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const title = t('mail.title');

  const retry = async (item: UnsentMail): Promise<void> => {
    setError(null);
    setStatus(null);
    try {
      await api.retryMail(item.id);
      setStatus(t('mail.retried', { address: item.toAddress }));
      mail.reload();
    } catch (caught) {
      setError(caught);
    }
  };

  const view = mail.data;
  const items = view ? view.items.filter((item) => item.status !== 'sent') : [];
  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={title}>{title}</ScreenHeading>
        <p className="lead">{t('mail.intro')}</p>
        {view && !view.mailConfigured ? (
          <InfoNote>
            <span data-testid="mail-not-configured">{t('mail.notConfigured')}</span>
          </InfoNote>
        ) : null}
        <StatusMessage>{status}</StatusMessage>
        <ErrorAlert>{error ? errorText(error) : mail.error ? errorText(mail.error) : null}</ErrorAlert>
      </section>
      {!view && !mail.error ? <Loading /> : null}
      {view ? (
        <section className="panel" aria-labelledby="mail-list-heading">
          <h2 id="mail-list-heading">
            {t('mail.listTitle')} <span className="count-badge">{items.length}</span>
          </h2>
          {items.length === 0 ? (
            <p className="empty-state">{t('mail.none')}</p>
          ) : (
            <ul className="plain-list divided-list mail-list" data-testid="mail-list">
              {items.map((item) => (
                <MailItem key={item.id} mail={item} onRetry={retry} />
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
