import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInVilnius } from '../../time.ts';
import { ActionForm } from '../cases/ActionForm.tsx';
import { DateField, TextAreaField } from '../Field.tsx';
import { assistanceApi } from './api.ts';
import type { RecordAssistance } from './useAssistance.ts';

/** The person agrees to the plan, in their own words; the review day becomes a deadline of the case. */
export function PlanAgreementForm({ record }: { record: RecordAssistance }) {
  const { t } = useTranslation();
  const today = todayInVilnius();
  const [agreedOn, setAgreedOn] = useState(today);
  const [victimWords, setVictimWords] = useState('');
  const [reviewOn, setReviewOn] = useState('');
  return (
    <ActionForm
      label={t('assistance.plan.agree')}
      submitLabel={t('assistance.plan.agree')}
      testId="plan-agreement-form"
      marksRequired
      check={() => ({
        agreedOn:
          (!agreedOn && t('validation.required')) || (agreedOn > today && t('assistance.notInFuture')),
        victimWords: !victimWords.trim() && t('validation.required'),
        reviewOn: Boolean(reviewOn) && reviewOn < agreedOn && t('assistance.plan.reviewBeforeAgreement'),
      })}
      onSubmit={async () => {
        await record((id) =>
          assistanceApi.agreePlan(id, {
            agreedOn,
            victimWords: victimWords.trim(),
            ...(reviewOn ? { reviewOn } : {}),
          }),
        );
        setVictimWords('');
        setReviewOn('');
      }}
    >
      {(errors) => (
        <>
          <DateField
            id="plan-agreed-on"
            label={t('assistance.plan.agreedOn')}
            value={agreedOn}
            onValueChange={setAgreedOn}
            max={today}
            required
            error={errors.agreedOn}
          />
          <TextAreaField
            id="plan-victim-words"
            label={t('assistance.plan.victimWords')}
            hint={t('assistance.plan.victimWordsHint')}
            rows={3}
            maxLength={2000}
            value={victimWords}
            onValueChange={setVictimWords}
            required
            error={errors.victimWords}
          />
          <DateField
            id="plan-review-on"
            label={t('assistance.plan.reviewOn')}
            hint={t('assistance.plan.reviewOnHint')}
            value={reviewOn}
            onValueChange={setReviewOn}
            error={errors.reviewOn}
          />
        </>
      )}
    </ActionForm>
  );
}
