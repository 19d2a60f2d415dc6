import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { DuplicatePair } from '../../contract/cases.ts';
import { formatDateTime } from '../../format.ts';
import { RadioGroupField } from '../ChoiceField.tsx';
import { ActionForm } from '../cases/ActionForm.tsx';
import { ReasonField } from '../cases/ReasonField.tsx';
import { rethrowRefusal } from '../cases/refusals.ts';
import { Link } from '../Link.tsx';

function ResolveForm({ pair, onResolved }: { pair: DuplicatePair; onResolved: (id: string) => void }) {
  const { t } = useTranslation();
  const [resolution, setResolution] = useState<'link' | 'dismiss' | 'merge' | ''>('');
  const [reason, setReason] = useState('');
  return (
    <ActionForm
      label={t('desk.resolve', { first: pair.caseReference, second: pair.otherCaseReference })}
      submitLabel={t('desk.resolveSubmit')}
      testId={`duplicate-resolve-${pair.id}`}
      check={() => ({
        resolution: !resolution && t('desk.chooseResolution'),
        reason: !reason.trim() && t('desk.reasonRequired'),
      })}
      onSubmit={async () => {
        await api
          .resolveDuplicate(pair.id, {
            resolution: resolution as 'link' | 'dismiss' | 'merge',
            reason: reason.trim(),
          })
          .catch(rethrowRefusal);
        onResolved(pair.id);
      }}
    >
      {(errors) => (
        <>
          <RadioGroupField
            id={`duplicate-${pair.id}-resolution`}
            legend={t('desk.resolution')}
            options={[
              { value: 'link', label: t('desk.link'), hint: t('desk.linkHint') },
              { value: 'merge', label: t('desk.merge'), hint: t('desk.mergeHint') },
              { value: 'dismiss', label: t('desk.dismiss'), hint: t('desk.dismissHint') },
            ]}
            value={resolution}
            onValueChange={setResolution}
            error={errors.resolution}
            testId={`duplicate-${pair.id}`}
          />
          <ReasonField
            id={`duplicate-${pair.id}-reason`}
            label={t('desk.reason')}
            value={reason}
            onValueChange={setReason}
            error={errors.reason}
          />
        </>
      )}
    </ActionForm>
  );
}

/** Pairs of cases that may be about the same person: the coordinator links them or says they are not. */
export function DuplicateList({
  items,
  onResolved,
}: {
  items: DuplicatePair[];
  onResolved: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <p className="empty-state">{t('desk.noDuplicates')}</p>;
  return (
    <ul className="case-list" data-testid="desk-duplicates">
      {items.map((pair) => (
        <li key={pair.id} className="duplicate-item">
          <p>
            <Link to={`/cases/${pair.caseId}`} className="case-reference">
              {pair.caseReference}
            </Link>{' '}
            {t('desk.and')}{' '}
            <Link to={`/cases/${pair.otherCaseId}`} className="case-reference">
              {pair.otherCaseReference}
            </Link>
          </p>
          <p className="muted">
            {t('desk.flagged', { when: formatDateTime(pair.flaggedAt, i18n.language) })}
          </p>
          <ResolveForm pair={pair} onResolved={onResolved} />
        </li>
      ))}
    </ul>
  );
}
