import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeOptions } from '../../labels.ts';
import { todayInVilnius } from '../../time.ts';
import { ToggleField } from '../ChoiceField.tsx';
import { ActionForm } from '../cases/ActionForm.tsx';
import { DateField, SelectField, TextField } from '../Field.tsx';
import { assistanceApi } from './api.ts';
import { numberOrUndefined } from './describe.ts';
import { COMPENSATION_CRIMES, COMPENSATION_STATUSES, type LegalView } from './types.ts';
import type { RecordAssistance } from './useAssistance.ts';

type Crime = (typeof COMPENSATION_CRIMES)[number];
type Status = (typeof COMPENSATION_STATUSES)[number];

/** A claim to the Fund for Victims of Crimes (seed 001); the answer says whether it can succeed. */
export function CompensationForm({
  saved,
  thirdCountry,
  record,
  done,
}: {
  saved: LegalView['compensation'];
  thirdCountry: boolean;
  record: RecordAssistance;
  done: () => void;
}) {
  const { t } = useTranslation();
  const today = todayInVilnius();
  const [crime, setCrime] = useState<Crime>(saved?.crime ?? 'crime_against_freedom');
  const [crimeOn, setCrimeOn] = useState(saved?.crimeOn ?? '');
  const [status, setStatus] = useState<Status>(saved?.status ?? 'preparing');
  const [filedOn, setFiledOn] = useState(saved?.filedOn ?? '');
  const [amount, setAmount] = useState(saved?.amountEur === null || !saved ? '' : String(saved.amountEur));
  const [resident, setResident] = useState(saved?.lawfullyResidentInEu ?? false);
  return (
    <ActionForm
      label={t('assistance.legal.compensation')}
      submitLabel={t('assistance.legal.saveCompensation')}
      testId="compensation-form"
      marksRequired
      check={() => ({
        crimeOn: !crimeOn && t('validation.required'),
        filedOn: filedOn > today && t('assistance.notInFuture'),
        amountEur:
          amount.trim() !== '' &&
          !((numberOrUndefined(amount) ?? -1) >= 0) &&
          t('assistance.services.amountRange'),
      })}
      onSubmit={() => {
        const amountEur = numberOrUndefined(amount);
        return record((id) =>
          assistanceApi.saveCompensation(id, {
            crime,
            crimeOn,
            status,
            ...(filedOn ? { filedOn } : {}),
            ...(amountEur !== undefined ? { amountEur } : {}),
            lawfullyResidentInEu: thirdCountry && resident,
            version: saved?.version ?? 0,
          }),
        ).then(done);
      }}
    >
      {(errors) => (
        <>
          <div className="form-grid">
            <SelectField
              id="compensation-crime"
              label={t('assistance.legal.crime')}
              value={crime}
              onValueChange={(value) => setCrime(value as Crime)}
              options={codeOptions(t, 'compensationCrime', COMPENSATION_CRIMES)}
              required
              error={errors.crime}
            />
            <DateField
              id="compensation-crime-on"
              label={t('assistance.legal.crimeOn')}
              value={crimeOn}
              onValueChange={setCrimeOn}
              required
              error={errors.crimeOn}
            />
            <SelectField
              id="compensation-status"
              label={t('assistance.legal.claimStatus')}
              value={status}
              onValueChange={(value) => setStatus(value as Status)}
              options={codeOptions(t, 'compensationStatus', COMPENSATION_STATUSES)}
              required
              error={errors.status}
            />
            <DateField
              id="compensation-filed-on"
              label={t('assistance.legal.filedOn')}
              value={filedOn}
              onValueChange={setFiledOn}
              max={today}
              error={errors.filedOn}
            />
            <TextField
              id="compensation-amount"
              type="number"
              inputMode="decimal"
              min={0}
              step={0.01}
              label={t('assistance.legal.amount')}
              value={amount}
              onValueChange={setAmount}
              error={errors.amountEur}
              className="field-number"
            />
          </div>
          {thirdCountry ? (
            <ToggleField
              label={t('assistance.legal.residentInEu')}
              checked={resident}
              onCheckedChange={setResident}
              testId="compensation-resident"
            />
          ) : null}
        </>
      )}
    </ActionForm>
  );
}
