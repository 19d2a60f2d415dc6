import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { municipalityName } from '../../../../cases/municipalities.ts';
import { api } from '../../api.ts';
import type { ReferralView, ReferralWithCase } from '../../contract/cases.ts';
import { codeName } from '../../labels.ts';
import { ActionForm } from '../cases/ActionForm.tsx';
import { CaseBadges, personLine } from '../cases/CaseBadges.tsx';
import { newestFirst } from '../cases/order.ts';
import { ReasonField } from '../cases/ReasonField.tsx';
import { Reveal } from '../cases/Reveal.tsx';
import { rethrowRefusal } from '../cases/refusals.ts';
import { languageName } from '../directory/describe.ts';
import { Link } from '../Link.tsx';
import { answerOverdue, ReferralOrigin, ReferralRespondBy } from './ReferralLines.tsx';

function DeclineForm({
  referral,
  onAnswered,
}: {
  referral: ReferralWithCase;
  onAnswered: (r: ReferralView) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <ActionForm
      label={t('inbox.decline')}
      submitLabel={t('inbox.declineSubmit')}
      testId="referral-decline"
      danger
      check={() => ({ reason: !reason.trim() && t('inbox.reasonRequired') })}
      onSubmit={async () =>
        onAnswered(
          await api
            .respondToReferral(referral.id, {
              response: 'decline',
              version: referral.version,
              reason: reason.trim(),
            })
            .catch(rethrowRefusal),
        )
      }
    >
      {(errors) => (
        <ReasonField
          id={`decline-reason-${referral.id}`}
          label={t('inbox.reason')}
          hint={t('inbox.reasonHint')}
          value={reason}
          onValueChange={setReason}
          error={errors.reason}
        />
      )}
    </ActionForm>
  );
}

/** What the receiving organisation needs to decide: where, what cannot wait, and in which language. */
function ReferralNeeds({ needs }: { needs: ReferralWithCase['case']['needs'] }) {
  const { t, i18n } = useTranslation();
  const languages = [
    needs.languages.map((code) => languageName(code, i18n.language)).join(', '),
    needs.interpreterNeeded ? t('cases.facts.interpreter') : null,
  ]
    .filter(Boolean)
    .join('. ');
  const rows: [string, string][] = [
    [t('cases.facts.where'), needs.municipality ? municipalityName(needs.municipality, i18n.language) : ''],
    [t('cases.facts.urgentNeeds'), needs.urgentNeeds.map((n) => codeName(t, 'urgentNeed', n)).join(', ')],
    [t('cases.facts.languages'), languages],
  ];
  return (
    <dl className="facts referral-needs" data-testid="referral-needs">
      {rows
        .filter(([, value]) => value)
        .map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function InboxItem({
  referral,
  onAnswered,
}: {
  referral: ReferralWithCase;
  onAnswered: (r: ReferralView) => void;
}) {
  const { t } = useTranslation();
  const overdue = answerOverdue(referral);
  return (
    <li
      className={overdue ? 'inbox-item case-row-overdue' : 'inbox-item'}
      data-testid={`inbox-${referral.case.reference}`}
    >
      <div className="case-row-main">
        {/* The case opens to this organisation once it accepts: until then, the referral's own page. */}
        <Link to={`/referrals/${referral.id}`} className="case-reference">
          {referral.case.reference}
        </Link>
        <CaseBadges summary={referral.case} />
      </div>
      <ReferralOrigin referral={referral} />
      <p className="case-row-person">{personLine(t, referral.case)}</p>
      <ReferralNeeds needs={referral.case.needs} />
      <ReferralRespondBy referral={referral} overdue={overdue} />
      {referral.note ? <p className="pre-line">{referral.note}</p> : null}
      <div className="inbox-actions">
        <ActionForm
          label={t('inbox.accept')}
          submitLabel={t('inbox.accept')}
          testId="referral-accept"
          onSubmit={async () =>
            onAnswered(
              await api
                .respondToReferral(referral.id, { response: 'accept', version: referral.version })
                .catch(rethrowRefusal),
            )
          }
        >
          {() => null}
        </ActionForm>
        <Reveal label={t('inbox.decline')} testId="referral-decline-open">
          {() => <DeclineForm referral={referral} onAnswered={onAnswered} />}
        </Reveal>
      </div>
    </li>
  );
}

/** Referrals waiting for this organisation's answer: accept, or decline with a reason. */
export function ReferralInboxList({
  items,
  onAnswered,
}: {
  items: ReferralWithCase[];
  onAnswered: (r: ReferralView) => void;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="empty-state">{t('inbox.empty')}</p>;
  const sorted = newestFirst(items, (r) => r.respondBy).reverse();
  return (
    <ul className="case-list" data-testid="referral-inbox">
      {sorted.map((referral) => (
        <InboxItem key={referral.id} referral={referral} onAnswered={onAnswered} />
      ))}
    </ul>
  );
}
