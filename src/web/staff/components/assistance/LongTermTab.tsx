import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, localName } from '../../format.ts';
import { ActionForm } from '../cases/ActionForm.tsx';
import { DateField } from '../Field.tsx';
import { assistanceApi } from './api.ts';
import { LongTermForm } from './LongTermForm.tsx';
import type { AssistanceTabProps, RecordAssistance } from './useAssistance.ts';

/** The day someone checks how the person is doing, the one clock a closed case keeps; empty clears it. */
function FollowUpForm({ saved, record }: { saved: string | null; record: RecordAssistance }) {
  const { t } = useTranslation();
  const [followUpOn, setFollowUpOn] = useState(saved ?? '');
  return (
    <ActionForm
      label={t('assistance.longTerm.followUp')}
      submitLabel={t('assistance.longTerm.setFollowUp')}
      testId="follow-up-form"
      onSubmit={() => record((id) => assistanceApi.setFollowUp(id, { followUpOn: followUpOn || null }))}
    >
      {(errors) => (
        <DateField
          id="follow-up-on"
          label={t('assistance.longTerm.followUpOn')}
          hint={t('assistance.longTerm.followUpHint')}
          value={followUpOn}
          onValueChange={setFollowUpOn}
          error={errors.followUpOn}
        />
      )}
    </ActionForm>
  );
}

/** The hand-over to the municipality for long-term help, and the follow-up after. */
export function LongTermTab({ assistance, record }: AssistanceTabProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { longTerm, followUpOn } = assistance;
  return (
    <div className="tab-body">
      <h3>{t('assistance.longTerm.title')}</h3>
      {longTerm ? (
        <div data-testid="long-term">
          <p>
            {t('assistance.longTerm.handedOver', {
              municipality: localName(longTerm.municipality.name, language),
              date: formatDate(longTerm.handedOverOn, language),
            })}
          </p>
          {longTerm.contactName ? (
            <p>
              {t('assistance.longTerm.contact')}:{' '}
              {[longTerm.contactName, longTerm.contactPhone].filter(Boolean).join(', ')}
            </p>
          ) : null}
          {longTerm.note ? <p className="pre-line">{longTerm.note}</p> : null}
        </div>
      ) : (
        <p className="muted">{t('assistance.longTerm.none')}</p>
      )}
      {assistance.canRecord && !longTerm ? <LongTermForm record={record} /> : null}
      <h3>{t('assistance.longTerm.followUp')}</h3>
      <p className={followUpOn ? undefined : 'muted'} data-testid="follow-up">
        {followUpOn
          ? t('assistance.longTerm.followUpSet', { date: formatDate(followUpOn, language) })
          : t('assistance.longTerm.noFollowUp')}
      </p>
      {assistance.canRecord ? <FollowUpForm saved={followUpOn} record={record} /> : null}
    </div>
  );
}
