import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeOptions } from '../../labels.ts';
import { todayInVilnius } from '../../time.ts';
import { ActionForm } from '../cases/ActionForm.tsx';
import { DateField, SelectField, TextField } from '../Field.tsx';
import { assistanceApi } from './api.ts';
import { LEGAL_STEP_KINDS, LEGAL_STEP_STATUSES, PROTECTION_MEASURES } from './types.ts';
import type { RecordAssistance } from './useAssistance.ts';

type Kind = (typeof LEGAL_STEP_KINDS)[number];
type Measure = (typeof PROTECTION_MEASURES)[number];
type Status = (typeof LEGAL_STEP_STATUSES)[number];

/** A protection measure or legal aid asked for, granted or refused. */
export function LegalStepForm({ record, done }: { record: RecordAssistance; done: () => void }) {
  const { t } = useTranslation();
  const today = todayInVilnius();
  const [kind, setKind] = useState<Kind>('protection');
  const [measure, setMeasure] = useState<Measure | ''>('');
  const [status, setStatus] = useState<Status>('requested');
  const [on, setOn] = useState(today);
  const [note, setNote] = useState('');
  const protection = kind === 'protection';
  return (
    <ActionForm
      label={t('assistance.legal.addStep')}
      submitLabel={t('assistance.legal.addStep')}
      testId="legal-step-form"
      marksRequired
      check={() => ({
        measure: protection && !measure && t('validation.required'),
        on: (!on && t('validation.required')) || (on > today && t('assistance.notInFuture')),
      })}
      onSubmit={() =>
        record((id) =>
          assistanceApi.addLegalStep(id, {
            kind,
            ...(protection && measure ? { measure } : {}),
            status,
            on,
            ...(note.trim() ? { note: note.trim() } : {}),
          }),
        ).then(done)
      }
    >
      {(errors) => (
        <div className="form-grid">
          <SelectField
            id="legal-step-kind"
            label={t('assistance.legal.kind')}
            value={kind}
            onValueChange={(value) => setKind(value as Kind)}
            options={codeOptions(t, 'legalStepKind', LEGAL_STEP_KINDS)}
            required
            error={errors.kind}
          />
          {protection ? (
            <SelectField
              id="legal-step-measure"
              label={t('assistance.legal.measure')}
              value={measure}
              onValueChange={(value) => setMeasure(value as Measure | '')}
              options={[
                { value: '', label: t('assistance.choose') },
                ...codeOptions(t, 'protectionMeasure', PROTECTION_MEASURES),
              ]}
              required
              error={errors.measure}
            />
          ) : null}
          <SelectField
            id="legal-step-status"
            label={t('assistance.legal.status')}
            value={status}
            onValueChange={(value) => setStatus(value as Status)}
            options={codeOptions(t, 'legalStepStatus', LEGAL_STEP_STATUSES)}
            required
            error={errors.status}
          />
          <DateField
            id="legal-step-on"
            label={t('assistance.legal.on')}
            value={on}
            onValueChange={setOn}
            max={today}
            required
            error={errors.on}
          />
          <TextField
            id="legal-step-note"
            label={t('assistance.legal.note')}
            value={note}
            onValueChange={setNote}
            maxLength={2000}
            error={errors.note}
            className="form-grid-full"
          />
        </div>
      )}
    </ActionForm>
  );
}
