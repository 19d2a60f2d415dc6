import { useTranslation } from 'react-i18next';
import type { ReferralWithCase } from '../../contract/cases.ts';
import { formatDateTime, localName } from '../../format.ts';
import { codeName } from '../../labels.ts';

/** Whether the answer to a referral is already late. */
export function answerOverdue(referral: ReferralWithCase): boolean {
  return Date.parse(referral.respondBy) < Date.now();
}

/** What a referral is for, and which organisation sent it when. */
export function ReferralOrigin({ referral, className }: { referral: ReferralWithCase; className?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <p className={className}>
      <strong>{codeName(t, 'purpose', referral.purpose)}</strong>
      {' · '}
      {t('inbox.from', {
        organisation: localName(referral.from.name, i18n.language),
        when: formatDateTime(referral.sentAt, i18n.language),
      })}
    </p>
  );
}

/** By when the referral is to be answered, said first when that is past. */
export function ReferralRespondBy({
  referral,
  overdue,
  className,
}: {
  referral: ReferralWithCase;
  overdue: boolean;
  className?: string;
}) {
  const { t, i18n } = useTranslation();
  const deadline = className ? `${className} deadline` : 'deadline';
  return (
    <p className={overdue ? `${deadline} deadline-overdue` : deadline}>
      {overdue ? <strong>{t('deadlines.overdue')} </strong> : null}
      {t('inbox.respondBy', { when: formatDateTime(referral.respondBy, i18n.language) })}
    </p>
  );
}
