import { useTranslation } from 'react-i18next';
import type { ReferralStatus } from '../../contract/cases.ts';
import { codeName } from '../../labels.ts';

const STYLE: Record<ReferralStatus, string> = {
  sent: 'badge badge-warn',
  accepted: 'badge badge-ok',
  declined: 'badge badge-error',
  completed: 'badge badge-ok',
  withdrawn: 'badge badge-off',
};

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <span className={STYLE[status] ?? 'badge'} data-testid="referral-status">
      {codeName(t, 'referralStatus', status)}
    </span>
  );
}
