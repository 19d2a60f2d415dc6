import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import {
  COOPERATION_OUTCOMES,
  type CooperationOutcome,
  IDENTIFICATION_OUTCOMES,
  type IdentificationOutcome,
  RESIDENCE_PERMIT_STATUSES,
  type ResidencePermitStatus,
} from '../../contract/cases.ts';
import { codeOptions } from '../../labels.ts';
import { todayInVilnius } from '../../time.ts';
import { InfoNote } from '../Alerts.tsx';
import { RadioGroupField } from '../ChoiceField.tsx';
import { DateField, TextAreaField } from '../Field.tsx';
import { ActionForm } from './ActionForm.tsx';
import type { CaseControls } from './useCase.ts';

interface FormProps {
  act: CaseControls['act'];
  done: () => void;
}

/** Formal identification: the outcome, the reasons in writing, the date. */
export function IdentificationForm({ act, done }: FormProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<IdentificationOutcome | ''>('');
  const [reasons, setReasons] = useState('');
  const [decidedOn, setDecidedOn] = useState(todayInVilnius());
  return (
    <ActionForm
      label={t('decisions.identification.title')}
      submitLabel={t('decisions.record')}
      testId="decision-identification"
      check={() => ({
        outcome: !outcome && t('decisions.chooseOutcome'),
        reasons: !reasons.trim() && t('decisions.identification.reasonsRequired'),
      })}
      onSubmit={() =>
        act((v) =>
          api.decideIdentification(v.id, {
            outcome: outcome as IdentificationOutcome,
            reasons: reasons.trim(),
            decidedOn,
            version: v.version,
          }),
        ).then(done)
      }
    >
      {(errors) => (
        <>
          <RadioGroupField
            id="identification-outcome"
            legend={t('decisions.outcome')}
            options={codeOptions(t, 'identification', IDENTIFICATION_OUTCOMES)}
            value={outcome}
            onValueChange={setOutcome}
            error={errors.outcome}
            testId="identification-outcome"
          />
          <TextAreaField
            id="identification-reasons"
            label={t('decisions.identification.reasons')}
            hint={t('decisions.identification.reasonsHint')}
            rows={4}
            maxLength={4000}
            value={reasons}
            onValueChange={setReasons}
            error={errors.reasons}
          />
          <DateField
            id="identification-date"
            label={t('decisions.decidedOn')}
            value={decidedOn}
            onValueChange={setDecidedOn}
            error={errors.decidedOn}
          />
        </>
      )}
    </ActionForm>
  );
}

/** Whether the person will take part in criminal proceedings; help never depends on it. */
export function CooperationForm({ act, done }: FormProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<CooperationOutcome | ''>('');
  const [decidedOn, setDecidedOn] = useState(todayInVilnius());
  const [note, setNote] = useState('');
  return (
    <ActionForm
      label={t('decisions.cooperation.title')}
      submitLabel={t('decisions.record')}
      testId="decision-cooperation"
      check={() => ({ outcome: !outcome && t('decisions.chooseOutcome') })}
      onSubmit={() =>
        act((v) =>
          api.decideCooperation(v.id, {
            outcome: outcome as CooperationOutcome,
            decidedOn,
            ...(note.trim() ? { note: note.trim() } : {}),
            version: v.version,
          }),
        ).then(done)
      }
    >
      {(errors) => (
        <>
          <InfoNote>{t('decisions.cooperation.helpRegardless')}</InfoNote>
          <RadioGroupField
            id="cooperation-outcome"
            legend={t('decisions.cooperation.question')}
            options={codeOptions(t, 'cooperation', COOPERATION_OUTCOMES)}
            value={outcome}
            onValueChange={setOutcome}
            error={errors.outcome}
            testId="cooperation-outcome"
          />
          <DateField
            id="cooperation-date"
            label={t('decisions.decidedOn')}
            value={decidedOn}
            onValueChange={setDecidedOn}
            error={errors.decidedOn}
          />
          <TextAreaField
            id="cooperation-note"
            label={t('decisions.cooperation.note')}
            rows={2}
            maxLength={2000}
            value={note}
            onValueChange={setNote}
            error={errors.note}
          />
        </>
      )}
    </ActionForm>
  );
}

/** The start of the reflection period; the server counts its end. */
export function ReflectionForm({ act, done }: FormProps) {
  const { t } = useTranslation();
  const [startsOn, setStartsOn] = useState(todayInVilnius());
  return (
    <ActionForm
      label={t('decisions.reflection.title')}
      submitLabel={t('decisions.reflection.start')}
      testId="decision-reflection"
      onSubmit={() => act((v) => api.startReflection(v.id, { startsOn, version: v.version })).then(done)}
    >
      {(errors) => (
        <DateField
          id="reflection-start"
          label={t('decisions.reflection.startsOn')}
          value={startsOn}
          onValueChange={setStartsOn}
          error={errors.startsOn}
        />
      )}
    </ActionForm>
  );
}

export function ResidencePermitForm({ act, done }: FormProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ResidencePermitStatus | ''>('');
  return (
    <ActionForm
      label={t('decisions.residencePermit.title')}
      submitLabel={t('decisions.record')}
      testId="decision-residence-permit"
      check={() => ({ status: !status && t('decisions.chooseOutcome') })}
      onSubmit={() =>
        act((v) =>
          api.recordResidencePermit(v.id, { status: status as ResidencePermitStatus, version: v.version }),
        ).then(done)
      }
    >
      {(errors) => (
        <RadioGroupField
          id="residence-permit-status"
          legend={t('decisions.residencePermit.status')}
          options={codeOptions(t, 'residencePermit', RESIDENCE_PERMIT_STATUSES)}
          value={status}
          onValueChange={setStatus}
          error={errors.status}
          testId="residence-permit"
        />
      )}
    </ActionForm>
  );
}
