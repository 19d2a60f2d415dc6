import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/Alerts.tsx';
import { Link } from '../components/Link.tsx';
import { legalApi } from '../components/legal/api.ts';
import type { PoliceCaseList } from '../components/legal/types.ts';
import { ReferralInboxList } from '../components/referrals/ReferralInboxList.tsx';
import { useAnswered } from '../components/referrals/useAnswered.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { useLoaded } from '../components/useLoaded.ts';
import type { ReferralView, ReferralWithCase } from '../contract/cases.ts';
import { formatDate } from '../format.ts';
import { codeName } from '../labels.ts';
import { navigate } from '../router.ts';

/**
 * The investigator's work, on a phone as at a desk: referrals to the police waiting for an answer (an
 * accepted one opens its case), then the cases the police may see, each with its investigation.
 */
export function Police() {
  const { t, i18n } = useTranslation();
  const { errorText } = useErrorText();
  const loadInbox = useCallback(() => api.referralInbox().then((list) => list.items), []);
  const inbox = useLoaded<ReferralWithCase[]>(loadInbox);
  const cases = useLoaded<PoliceCaseList>(legalApi.policeCases);
  const { answered, message } = useAnswered();
  const onAnswered = (referral: ReferralView): void => {
    if (referral.status === 'accepted') {
      navigate(`/police/${referral.caseId}`);
      return;
    }
    inbox.setData((inbox.data ?? []).filter((r) => r.id !== referral.id));
    answered(referral);
  };
  const day = (iso: string) => formatDate(iso, i18n.language);
  const title = t('police.title');
  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={title}>{title}</ScreenHeading>
        <p className="lead">{t('police.intro')}</p>
      </section>
      <section className="panel" aria-labelledby="police-waiting">
        <h2 id="police-waiting">{t('police.waiting')}</h2>
        {message}
        <ErrorAlert>{inbox.error ? errorText(inbox.error) : null}</ErrorAlert>
        {inbox.data && inbox.data.length === 0 ? (
          <p className="empty-state">{t('police.noWaiting')}</p>
        ) : null}
        {inbox.data && inbox.data.length > 0 ? (
          <ReferralInboxList items={inbox.data} onAnswered={onAnswered} />
        ) : null}
      </section>
      <section className="panel" aria-labelledby="police-cases">
        <h2 id="police-cases">{t('police.cases')}</h2>
        <ErrorAlert>{cases.error ? errorText(cases.error) : null}</ErrorAlert>
        {cases.data === null && !cases.error ? <p className="loading">{t('common.loading')}</p> : null}
        {cases.data && cases.data.items.length === 0 ? (
          <p className="empty-state">{t('police.empty')}</p>
        ) : null}
        {cases.data && cases.data.items.length > 0 ? (
          <ul className="case-list" data-testid="police-cases">
            {cases.data.items.map((c) => (
              <li key={c.caseId} className="case-row" data-testid={`police-case-${c.reference}`}>
                <div className="case-row-main">
                  <Link to={`/police/${c.caseId}`} className="case-reference">
                    {c.reference}
                  </Link>
                  <span className="badge">{codeName(t, 'kind', c.kind)}</span>
                </div>
                <p className="case-row-person">
                  {t('police.met')}: {day(c.metOn)} · {codeName(t, 'policeGround', c.ground)}
                </p>
                <p className="case-row-deadline">
                  {t('police.investigation')}:{' '}
                  {c.investigation
                    ? `${codeName(t, 'institution', c.investigation.institution)}${
                        c.investigation.startedOn ? `, ${day(c.investigation.startedOn)}` : ''
                      }`
                    : t('police.none')}
                  {c.protectionRequested > 0
                    ? ` · ${t('police.protection')}: ${c.protectionRequested}`
                    : null}
                </p>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
