import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { municipalityName } from '../../../../cases/municipalities.ts';
import { api } from '../../api.ts';
import type { DraftView } from '../../contract/cases.ts';
import { formatDateTime } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { ErrorAlert } from '../Alerts.tsx';
import { newestFirst } from '../cases/order.ts';
import { Link } from '../Link.tsx';
import { useErrorText } from '../useErrorText.ts';

/** My records not sent yet, newest first, to go on with. */
export function DraftList() {
  const { t, i18n } = useTranslation();
  const { errorText } = useErrorText();
  const [drafts, setDrafts] = useState<DraftView[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    api
      .intakeDrafts()
      .then((list) => {
        if (!cancelled) setDrafts(newestFirst(list.items, (d) => d.updatedAt));
      })
      .catch((caught: unknown) => {
        if (!cancelled) setError(caught);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <section className="panel" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">{t('intake.drafts.title')}</h2>
      <ErrorAlert>{error ? errorText(error) : null}</ErrorAlert>
      {drafts === null && !error ? <p className="loading">{t('common.loading')}</p> : null}
      {drafts?.length === 0 ? <p className="empty-state">{t('intake.drafts.none')}</p> : null}
      {drafts && drafts.length > 0 ? (
        <ul className="plain-list draft-list" data-testid="intake-drafts">
          {drafts.map((draft) => (
            <li key={draft.id}>
              <Link to={`/intake/${draft.id}`} className="button-choice">
                <span className="choice-title">
                  {t('intake.drafts.continue', { time: formatDateTime(draft.updatedAt, i18n.language) })}
                </span>
                <span className="choice-detail">
                  {[
                    draft.data.kind ? codeName(t, 'kind', draft.data.kind) : null,
                    draft.data.municipality ? municipalityName(draft.data.municipality, i18n.language) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ') || t('intake.drafts.empty')}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
