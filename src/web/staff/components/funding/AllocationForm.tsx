import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNDING_PROGRAMMES } from '../../../../funding/catalogue.ts';
import type { Organisation } from '../../contract/access.ts';
import { localName } from '../../format.ts';
import { codeOptions } from '../../labels.ts';
import { ActionForm } from '../cases/ActionForm.tsx';
import { rethrowRefusal } from '../cases/refusals.ts';
import { SelectField, TextField } from '../Field.tsx';
import { statisticsApi } from '../statistics/api.ts';
import type { FundingView } from '../statistics/types.ts';

type Programme = (typeof FUNDING_PROGRAMMES)[number];

/** The funding ministry records what it gives a support service, for a programme, in a year. */
export function AllocationForm({
  year,
  years,
  recipients,
  onRecorded,
}: {
  year: number;
  years: number[];
  recipients: Organisation[];
  onRecorded: (view: FundingView) => void;
}) {
  const { t, i18n } = useTranslation();
  const [forYear, setForYear] = useState(year);
  const [organisationId, setOrganisationId] = useState('');
  const [programme, setProgramme] = useState<Programme>('accredited_assistance');
  const [nameLt, setNameLt] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [amount, setAmount] = useState('');
  const required = (value: string) => !value.trim() && t('validation.required');
  return (
    <ActionForm
      label={t('funding.record')}
      submitLabel={t('funding.submit')}
      testId="allocation-form"
      marksRequired
      check={() => ({
        organisationId: required(organisationId),
        'name.lt': required(nameLt),
        'name.en': required(nameEn),
        amountEur: !(Number(amount) > 0) && t('validation.required'),
      })}
      onSubmit={async () => {
        const view = await statisticsApi
          .allocate({
            year: forYear,
            organisationId,
            programme,
            name: { lt: nameLt.trim(), en: nameEn.trim() },
            amountEur: Math.round(Number(amount) * 100) / 100,
          })
          .catch(rethrowRefusal);
        setNameLt('');
        setNameEn('');
        setAmount('');
        onRecorded(view);
      }}
    >
      {(errors) => (
        <div className="form-grid">
          <SelectField
            id="allocation-year"
            label={t('funding.year')}
            value={String(forYear)}
            onValueChange={(value) => setForYear(Number(value))}
            options={years.map((y) => ({ value: String(y), label: String(y) }))}
          />
          <SelectField
            id="allocation-organisation"
            label={t('funding.recipient')}
            required
            value={organisationId}
            onValueChange={setOrganisationId}
            error={errors.organisationId}
            options={[
              { value: '', label: t('funding.chooseRecipient') },
              ...recipients.map((o) => ({ value: o.id, label: localName(o.name, i18n.language) })),
            ]}
          />
          <SelectField
            id="allocation-programme"
            label={t('funding.programme')}
            value={programme}
            onValueChange={(value) => setProgramme(value as Programme)}
            options={codeOptions(t, 'fundingProgramme', FUNDING_PROGRAMMES)}
          />
          <TextField
            id="allocation-name-lt"
            label={t('funding.nameLt')}
            required
            lang="lt"
            value={nameLt}
            onValueChange={setNameLt}
            error={errors['name.lt']}
          />
          <TextField
            id="allocation-name-en"
            label={t('funding.nameEn')}
            required
            lang="en"
            value={nameEn}
            onValueChange={setNameEn}
            error={errors['name.en']}
          />
          <TextField
            id="allocation-amount"
            label={t('funding.amountEur')}
            required
            type="number"
            inputMode="decimal"
            min="0.01"
            step="0.01"
            value={amount}
            onValueChange={setAmount}
            error={errors.amountEur}
          />
        </div>
      )}
    </ActionForm>
  );
}
