import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralView } from '../../contract/cases.ts';
import { codeName } from '../../labels.ts';
import { StatusMessage } from '../Alerts.tsx';
import { Link } from '../Link.tsx';

/** The last answer given to a referral, said once, with the way to the case. */
export function useAnswered(): {
  answered: (referral: ReferralView) => void;
  message: ReactNode;
} {
  const { t } = useTranslation();
  const [last, setLast] = useState<ReferralView | null>(null);
  const message = (
    <StatusMessage>
      {last ? (
        <span data-testid="referral-answered">
          {t('inbox.answered', { status: codeName(t, 'referralStatus', last.status) })}{' '}
          {last.status === 'accepted' ? (
            <Link to={`/cases/${last.caseId}`}>{t('inbox.openCase')}</Link>
          ) : null}
        </span>
      ) : null}
    </StatusMessage>
  );
  return { answered: setLast, message };
}
