import { useTranslation } from 'react-i18next';
import type { CaseView, ReferralView } from '../../contract/cases.ts';
import { formatDateTime, localName } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { CasePanel } from './CasePanel.tsx';
import { CreateReferralForm } from './CreateReferralForm.tsx';
import { newestFirst } from './order.ts';
import { ReferralStatusBadge } from './ReferralStatus.tsx';
import { Reveal } from './Reveal.tsx';
import type { CaseControls } from './useCase.ts';

function ReferralItem({ referral }: { referral: ReferralView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <li className="referral-item" data-testid={`referral-${referral.id}`}>
      <p>
        <strong>{localName(referral.to.name, language)}</strong>{' '}
        <ReferralStatusBadge status={referral.status} />
      </p>
      <p className="cell-detail">
        {t('referrals.line', {
          purpose: codeName(t, 'purpose', referral.purpose),
          from: localName(referral.from.name, language),
          sent: formatDateTime(referral.sentAt, language),
        })}
      </p>
      {referral.status === 'sent' ? (
        <p className="cell-detail">
          {t('referrals.respondBy', { when: formatDateTime(referral.respondBy, language) })}
        </p>
      ) : null}
      {referral.declineReason ? (
        <p className="cell-detail">{t('referrals.declineReason', { reason: referral.declineReason })}</p>
      ) : null}
      {referral.note ? <p className="pre-line">{referral.note}</p> : null}
    </li>
  );
}

/** Where the case has been referred, what each answered, and a way to refer it again. */
export function ReferralsPanel({ view, act }: { view: CaseView; act: CaseControls['act'] }) {
  const { t } = useTranslation();
  const referrals = newestFirst(view.referrals, (r) => r.sentAt);
  return (
    <CasePanel name="referrals" title={t('referrals.title')}>
      {referrals.length === 0 ? (
        <p className="muted">{t('referrals.none')}</p>
      ) : (
        <ul className="plain-list divided-list referral-list" data-testid="case-referrals">
          {referrals.map((referral) => (
            <ReferralItem key={referral.id} referral={referral} />
          ))}
        </ul>
      )}
      <Reveal label={t('referrals.create.open')} testId="referral-create-open">
        {(close) => <CreateReferralForm caseId={view.id} act={act} done={close} />}
      </Reveal>
    </CasePanel>
  );
}
