import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeOptions } from '../../labels.ts';
import { todayInVilnius } from '../../time.ts';
import { ActionForm } from '../cases/ActionForm.tsx';
import { DateField, SelectField, TextField } from '../Field.tsx';
import { assistanceApi } from './api.ts';
import { INVESTIGATING_INSTITUTIONS, type LegalView } from './types.ts';
import type { RecordAssistance } from './useAssistance.ts';

type Institution = (typeof INVESTIGATING_INSTITUTIONS)[number];

/** The pre-trial investigation the case is linked to, and the officer responsible (seed 001). */
export function InvestigationForm({
  saved,
  record,
  done,
}: {
  saved: LegalView['investigation'];
  record: RecordAssistance;
  done: () => void;
}) {
  const { t } = useTranslation();
  const today = todayInVilnius();
  const [institution, setInstitution] = useState<Institution>(saved?.institution ?? 'police');
  const [caseNumber, setCaseNumber] = useState(saved?.caseNumber ?? '');
  const [startedOn, setStartedOn] = useState(saved?.startedOn ?? '');
  const [officerName, setOfficerName] = useState(saved?.officerName ?? '');
  const [officerContact, setOfficerContact] = useState(saved?.officerContact ?? '');
  const optional = (key: string, value: string) => (value.trim() ? { [key]: value.trim() } : {});
  return (
    <ActionForm
      label={t('assistance.legal.investigation')}
      submitLabel={t('assistance.legal.saveInvestigation')}
      testId="investigation-form"
      marksRequired
      check={() => ({
        caseNumber: !caseNumber.trim() && t('validation.required'),
        startedOn: startedOn > today && t('assistance.notInFuture'),
      })}
      onSubmit={() =>
        record((id) =>
          assistanceApi.linkInvestigation(id, {
            institution,
            caseNumber: caseNumber.trim(),
            ...optional('startedOn', startedOn),
            ...optional('officerName', officerName),
            ...optional('officerContact', officerContact),
          }),
        ).then(done)
      }
    >
      {(errors) => (
        <div className="form-grid">
          <SelectField
            id="investigation-institution"
            label={t('assistance.legal.institution')}
            value={institution}
            onValueChange={(value) => setInstitution(value as Institution)}
            options={codeOptions(t, 'institution', INVESTIGATING_INSTITUTIONS)}
            required
            error={errors.institution}
          />
          <TextField
            id="investigation-number"
            label={t('assistance.legal.caseNumber')}
            value={caseNumber}
            onValueChange={setCaseNumber}
            maxLength={60}
            required
            error={errors.caseNumber}
          />
          <DateField
            id="investigation-started"
            label={t('assistance.legal.startedOn')}
            value={startedOn}
            onValueChange={setStartedOn}
            max={today}
            error={errors.startedOn}
          />
          <TextField
            id="investigation-officer"
            label={t('assistance.legal.officerName')}
            value={officerName}
            onValueChange={setOfficerName}
            maxLength={120}
            error={errors.officerName}
          />
          <TextField
            id="investigation-contact"
            label={t('assistance.legal.officerContact')}
            value={officerContact}
            onValueChange={setOfficerContact}
            maxLength={200}
            error={errors.officerContact}
          />
        </div>
      )}
    </ActionForm>
  );
}
