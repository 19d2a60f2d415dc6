import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { CaseView, Transition } from '../../contract/cases.ts';
import { codeOptions } from '../../labels.ts';
import { RadioGroupField } from '../ChoiceField.tsx';
import { ActionForm } from './ActionForm.tsx';
import { CasePanel } from './CasePanel.tsx';
import { ReasonField } from './ReasonField.tsx';
import type { CaseControls } from './useCase.ts';

/** The moves the server allows this member of staff now, with a reason for the record. */
export function TransitionsPanel({ view, act }: { view: CaseView; act: CaseControls['act'] }) {
  const { t } = useTranslation();
  const [transition, setTransition] = useState<Transition | ''>('');
  const [reason, setReason] = useState('');
  const allowed = view.allowedTransitions;
  return (
    <CasePanel name="transitions" title={t('transitions.title')}>
      {allowed.length === 0 ? (
        <p className="muted">{t('transitions.none')}</p>
      ) : (
        <ActionForm
          label={t('transitions.title')}
          submitLabel={t('transitions.submit')}
          testId="transition-form"
          check={() => ({ transition: !transition && t('transitions.choose') })}
          onSubmit={async () => {
            const chosen = transition as Transition;
            await act((v) =>
              api.transition(v.id, {
                transition: chosen,
                version: v.version,
                ...(reason.trim() ? { reason: reason.trim() } : {}),
              }),
            );
            setTransition('');
            setReason('');
          }}
        >
          {(errors) => (
            <>
              <RadioGroupField
                id="transition-choice"
                legend={t('transitions.legend')}
                options={codeOptions(t, 'transition', allowed)}
                value={allowed.includes(transition as Transition) ? transition : ''}
                onValueChange={setTransition}
                error={errors.transition}
                testId="transition"
              />
              <ReasonField
                id="transition-reason"
                label={t('transitions.reason')}
                hint={t('transitions.reasonHint')}
                value={reason}
                onValueChange={setReason}
                error={errors.reason}
              />
            </>
          )}
        </ActionForm>
      )}
    </CasePanel>
  );
}
