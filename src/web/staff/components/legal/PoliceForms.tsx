import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeOptions } from '../../labels.ts';
import { todayInVilnius } from '../../time.ts';
import { INVESTIGATION_OUTCOMES, PROTECTION_MEASURES } from '../assistance/types.ts';
import { ActionForm } from '../cases/ActionForm.tsx';
import { DateField, SelectField, TextAreaField } from '../Field.tsx';
import { legalApi } from './api.ts';
import {
  checkInvestigation,
  InvestigationFields,
  investigationInput,
  optional,
  useInvestigationDraft,
} from './InvestigationFields.tsx';
import type { PoliceCaseView } from './types.ts';

type Outcome = (typeof INVESTIGATION_OUTCOMES)[number];
type Measure = (typeof PROTECTION_MEASURES)[number];
type Saved = (view: PoliceCaseView) => void;

/** The pre-trial investigation as the police keep it: number, officer, opened, closed and how it ended. */
export function PoliceInvestigationForm({
  caseId,
  saved,
  done,
}: {
  caseId: string;
  saved: PoliceCaseView['investigation'];
  done: Saved;
}) {
  const { t } = useTranslation();
  const today = todayInVilnius();
  const [draft, change] = useInvestigationDraft(saved, today);
  const [closedOn, setClosedOn] = useState(saved?.closedOn ?? '');
  const [outcome, setOutcome] = useState<Outcome | ''>(saved?.outcome ?? '');
  return (
    <ActionForm
      label={t('police.investigationTitle')}
      submitLabel={t('police.save')}
      testId="police-investigation-form"
      marksRequired
      check={() => ({
        ...checkInvestigation(t, draft, today),
        closedOn:
          (closedOn > today && t('assistance.notInFuture')) ||
          (!closedOn && outcome !== '' && t('validation.required')),
        outcome: closedOn !== '' && outcome === '' && t('police.closedHint'),
      })}
      onSubmit={() =>
        legalApi
          .recordInvestigation(caseId, {
            ...investigationInput(draft),
            ...optional('closedOn', closedOn),
            ...(outcome ? { outcome } : {}),
            version: saved?.version ?? 0,
          })
          .then(done)
      }
    >
      {(errors) => (
        <div className="form-grid">
          <InvestigationFields prefix="police" draft={draft} change={change} errors={errors} today={today} />
          <DateField
            id="police-closed"
            label={t('assistance.legal.closedOn')}
            value={closedOn}
            onValueChange={setClosedOn}
            max={today}
            error={errors.closedOn}
          />
          <SelectField
            id="police-outcome"
            label={t('assistance.legal.outcome')}
            value={outcome}
            onValueChange={(value) => setOutcome(value as Outcome | '')}
            options={[
              { value: '', label: '—' },
              ...codeOptions(t, 'investigationOutcome', INVESTIGATION_OUTCOMES),
            ]}
            hint={t('police.closedHint')}
            error={errors.outcome}
          />
        </div>
      )}
    </ActionForm>
  );
}

/** A request to the Witness and Victim Protection Service for one measure. */
export function ProtectionRequestForm({ caseId, done }: { caseId: string; done: Saved }) {
  const { t } = useTranslation();
  const today = todayInVilnius();
  const [measure, setMeasure] = useState<Measure>('physical_protection');
  const [on, setOn] = useState(today);
  const [note, setNote] = useState('');
  return (
    <ActionForm
      label={t('police.ask')}
      submitLabel={t('police.askSubmit')}
      testId="protection-request-form"
      check={() => ({ on: (!on && t('validation.required')) || (on > today && t('assistance.notInFuture')) })}
      onSubmit={() =>
        legalApi.requestProtection(caseId, { measure, on, ...optional('note', note) }).then(done)
      }
    >
      {(errors) => (
        <div className="form-grid">
          <SelectField
            id="protection-measure"
            label={t('assistance.legal.measure')}
            value={measure}
            onValueChange={(value) => setMeasure(value as Measure)}
            options={codeOptions(t, 'protectionMeasure', PROTECTION_MEASURES)}
            required
            error={errors.measure}
          />
          <DateField
            id="protection-on"
            label={t('assistance.legal.on')}
            value={on}
            onValueChange={setOn}
            max={today}
            error={errors.on}
          />
          <TextAreaField
            id="protection-note"
            label={t('assistance.legal.note')}
            value={note}
            onValueChange={setNote}
            maxLength={2000}
            rows={2}
            error={errors.note}
          />
        </div>
      )}
    </ActionForm>
  );
}

const ANSWERS = ['granted', 'refused', 'withdrawn'] as const;

/** The Service's answer to a request, and the day it came. */
export function ProtectionAnswerForm({
  caseId,
  step,
  done,
}: {
  caseId: string;
  step: PoliceCaseView['protection'][number];
  done: Saved;
}) {
  const { t } = useTranslation();
  const today = todayInVilnius();
  const [status, setStatus] = useState<(typeof ANSWERS)[number]>('granted');
  const [answeredOn, setAnsweredOn] = useState(today);
  return (
    <ActionForm
      label={t('police.answer')}
      submitLabel={t('police.answerSubmit')}
      testId={`protection-answer-form-${step.id}`}
      check={() => ({
        answeredOn:
          (!answeredOn && t('validation.required')) || (answeredOn > today && t('assistance.notInFuture')),
      })}
      onSubmit={() =>
        legalApi.answerProtection(caseId, step.id, { status, answeredOn, version: step.version }).then(done)
      }
    >
      {(errors) => (
        <div className="form-grid">
          <SelectField
            id={`protection-answer-${step.id}`}
            label={t('police.answerStatus')}
            value={status}
            onValueChange={(value) => setStatus(value as (typeof ANSWERS)[number])}
            options={codeOptions(t, 'legalStepStatus', ANSWERS)}
            required
            error={errors.status}
          />
          <DateField
            id={`protection-answered-${step.id}`}
            label={t('police.answeredOn')}
            value={answeredOn}
            onValueChange={setAnsweredOn}
            max={today}
            error={errors.answeredOn}
          />
        </div>
      )}
    </ActionForm>
  );
}
