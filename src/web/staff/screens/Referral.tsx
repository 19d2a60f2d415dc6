import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/Alerts.tsx';
import { Link } from '../components/Link.tsx';
import { ReferralInboxList } from '../components/referrals/ReferralInboxList.tsx';
import { useAnswered } from '../components/referrals/useAnswered.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { useLoaded } from '../components/useLoaded.ts';
import type { ReferralView, ReferralWithCase } from '../contract/cases.ts';
import { navigate } from '../router.ts';
import { activeMembership, useAuthenticatedSession } from '../session.ts';
import { Loading } from './Loading.tsx';

/**
 * One referral waiting for this organisation's answer, where an alert leads: accept it and go on to
 * the case, or decline it with a reason. A referral no longer waiting here is said to be so.
 */
export function Referral({ referralId }: { referralId: string }) {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const load = useCallback(
    () =>
      api
        .referralInbox()
        .then((inbox) => ({ referral: inbox.items.find((r) => r.id === referralId) ?? null })),
    [referralId],
  );
  const waiting = useLoaded<{ referral: ReferralWithCase | null }>(load);
  const { answered, message } = useAnswered();
  const [declined, setDeclined] = useState(false);
  const role = activeMembership(useAuthenticatedSession())?.role;

  const onAnswered = (referral: ReferralView): void => {
    if (referral.status === 'accepted') {
      // The police see a case through their own narrow view, never the case page.
      navigate(role === 'investigator' ? `/police/${referral.caseId}` : `/cases/${referral.caseId}`);
      return;
    }
    answered(referral);
    setDeclined(true);
    waiting.setData({ referral: null });
  };

  const title = t('referral.title');
  const loaded = waiting.data !== null;
  const referral = waiting.data?.referral ?? null;
  return (
    <div className="stack">
      <section className="panel">
        <p className="breadcrumb">
          <Link to="/">{t('referral.back')}</Link>
        </p>
        <ScreenHeading title={title}>{title}</ScreenHeading>
        {message}
        <ErrorAlert>{waiting.error ? errorText(waiting.error) : null}</ErrorAlert>
        {!loaded && !waiting.error ? <Loading /> : null}
        {loaded && !referral && !declined ? (
          <p className="empty-state" data-testid="referral-not-waiting">
            {t('referral.notWaiting')}
          </p>
        ) : null}
        {referral ? <p className="lead">{t('referral.intro')}</p> : null}
      </section>
      {referral ? (
        <section className="panel" aria-labelledby="referral-heading">
          <h2 id="referral-heading">{t('referral.answer')}</h2>
          <ReferralInboxList items={[referral]} onAnswered={onAnswered} />
        </section>
      ) : null}
    </div>
  );
}
