import { useTranslation } from 'react-i18next';
import type { ReferralWithCase } from '../../contract/cases.ts';
import { formatDateTime, localName } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { CaseBadges } from '../cases/CaseBadges.tsx';
import { Link } from '../Link.tsx';

/** Referrals waiting for my organisation's answer, the first to answer first; each opens to be answered. */
export function WaitingReferrals({ items }: { items: ReferralWithCase[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (items.length === 0) return <p className="empty-state">{t('inbox.empty')}</p>;
  const sorted = [...items].sort((a, b) => Date.parse(a.respondBy) - Date.parse(b.respondBy));
  return (
    <ul className="case-list" data-testid="work-referrals">
      {sorted.map((referral) => {
        const overdue = Date.parse(referral.respondBy) < Date.now();
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
            <p className="case-row-person">
              <strong>{codeName(t, 'purpose', referral.purpose)}</strong>
              {' · '}
              {t('inbox.from', {
                organisation: localName(referral.from.name, language),
                when: formatDateTime(referral.sentAt, language),
              })}
            </p>
            <p
              className={
                overdue ? 'case-row-deadline deadline deadline-overdue' : 'case-row-deadline deadline'
              }
            >
              {overdue ? <strong>{t('deadlines.overdue')} </strong> : null}
              {t('inbox.respondBy', { when: formatDateTime(referral.respondBy, language) })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
