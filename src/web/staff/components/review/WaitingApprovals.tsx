import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format.ts';
import { Link } from '../Link.tsx';
import type { ApprovalItem } from './api.ts';

type Waiting = {
  id: string;
  caseId: string;
  caseReference: string;
  subject: ApprovalItem['subject'];
  requestedBy: string | null;
  requestedAt: string;
};

/** Colleagues' work waiting for my approval, oldest first, each leading to its case. */
export function WaitingApprovals({ items }: { items: readonly Waiting[] }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <p className="muted">{t('review.work.none')}</p>;
  return (
    <ul className="plain-list divided-list" data-testid="work-approvals">
      {items.map((item) => (
        <li key={item.id}>
          <Link to={`/cases/${item.caseId}`}>{item.caseReference}</Link>{' '}
          {t(`review.work.subject.${item.subject}`)}
          <span className="cell-detail">
            {t('review.approval.asked', {
              by: item.requestedBy ?? '—',
              when: formatDateTime(item.requestedAt, i18n.language),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
