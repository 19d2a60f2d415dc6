import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { RestrictionView, SubjectView } from '../../contract/rights.ts';
import { formatDateTime } from '../../format.ts';
import { ActionForm } from '../cases/ActionForm.tsx';
import { rethrowRefusal } from '../cases/refusals.ts';
import { TextAreaField } from '../Field.tsx';

/** Restrict processing (the cases are kept and read, never changed), or lift it, with a reason. */
export function RestrictionPanel({
  subject,
  onChanged,
}: {
  subject: SubjectView;
  onChanged: (restriction: RestrictionView, message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const { restriction, person } = subject;
  const restricting = !restriction.restricted;
  return (
    <section className="panel" aria-labelledby="subject-restriction-heading">
      <h2 id="subject-restriction-heading">{t('subjects.restriction.title')}</h2>
      <p data-testid="subject-restriction-state">
        {restriction.restricted && restriction.since
          ? t('subjects.restriction.active', { date: formatDateTime(restriction.since, i18n.language) })
          : t('subjects.restriction.none')}
      </p>
      {person.identityState === 'erased' ? null : (
        <ActionForm
          label={t(restricting ? 'subjects.restriction.restrict' : 'subjects.restriction.lift')}
          submitLabel={t(restricting ? 'subjects.restriction.restrict' : 'subjects.restriction.lift')}
          testId="subject-restriction"
          check={() => ({ reason: !reason.trim() && t('subjects.restriction.reasonRequired') })}
          onSubmit={async () => {
            const changed = await api
              .restrictSubject(person.id, { restricted: restricting, reason: reason.trim() })
              .catch(rethrowRefusal);
            setReason('');
            onChanged(
              changed,
              t(restricting ? 'subjects.restriction.restrictedNow' : 'subjects.restriction.liftedNow'),
            );
          }}
        >
          {(errors) => (
            <TextAreaField
              id="subject-restriction-reason"
              label={t('subjects.restriction.reason')}
              hint={t('subjects.restriction.reasonHint')}
              rows={2}
              maxLength={1000}
              value={reason}
              onValueChange={setReason}
              error={errors.reason}
            />
          )}
        </ActionForm>
      )}
      {restriction.history.length > 0 ? (
        <>
          <h3>{t('subjects.restriction.history')}</h3>
          <ul className="plain-list divided-list" data-testid="subject-restriction-history">
            {restriction.history.map((h) => (
              <li key={h.at}>
                <p className="cell-detail">
                  {t(h.restricted ? 'subjects.restriction.restrictedOn' : 'subjects.restriction.liftedOn', {
                    date: formatDateTime(h.at, i18n.language),
                  })}
                </p>
                {h.reason ? <p className="pre-line">{h.reason}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
