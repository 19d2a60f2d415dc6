import { useTranslation } from 'react-i18next';
import type { ReferralWithCase } from '../../contract/cases.ts';
import { CaseBadges } from '../cases/CaseBadges.tsx';
import { Link } from '../Link.tsx';
import { answerOverdue, ReferralOrigin, ReferralRespondBy } from '../referrals/ReferralLines.tsx';

/** Referrals waiting for my organisation's answer, the first to answer first; each opens to be answered. */
export function WaitingReferrals({ items }: { items: ReferralWithCase[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="empty-state">{t('inbox.empty')}</p>;
  const sorted = [...items].sort((a, b) => Date.parse(a.respondBy) - Date.parse(b.respondBy));
  return (
    <ul className="case-list" data-testid="work-referrals">
      {sorted.map((referral) => {
        const overdue = answerOverdue(referral);
        return (
          <li
            key={referral.id}
            className={overdue ? 'case-row case-row-overdue' : 'case-row'}
            data-testid={`work-referral-${referral.case.reference}`}
          >
            <div className="case-row-main">
              <Link to={`/referrals/${referral.id}`} className="case-reference">
                {referral.case.reference}
              </Link>
              <CaseBadges summary={referral.case} />
            </div>
            <ReferralOrigin referral={referral} className="case-row-person" />
            <ReferralRespondBy referral={referral} overdue={overdue} className="case-row-deadline" />
          </li>
        );
      })}
    </ul>
  );
}
