import { useTranslation } from 'react-i18next';
import { CASE_KINDS, EXPLOITATION_FORMS, FIRST_CONTACT_KINDS, OTHER_CRIMES } from '../../contract/cases.ts';
import { codeName, codeOptions } from '../../labels.ts';
import { CheckboxGroupField, RadioGroupField } from '../ChoiceField.tsx';
import { CountryField, countryCode } from '../CountryField.tsx';
import { SelectField, TextAreaField, TextField } from '../Field.tsx';
import { MunicipalityField } from '../MunicipalityField.tsx';
import type { StepProps } from './StepProps.ts';

/** What happened, when and where, and who met the person. */
export function WhatStep({ form, update, errors }: StepProps) {
  const { t, i18n } = useTranslation();
  // A consular mission meets the person abroad: the municipality is their home one in Lithuania.
  const abroad = form.firstContactKind === 'consular_mission';
  return (
    <>
      <RadioGroupField
        id="intake-kind"
        legend={t('intake.what.kind')}
        options={CASE_KINDS.map((kind) => ({
          value: kind,
          label: codeName(t, 'kind', kind),
          hint: t(`intake.what.kindHint.${kind}`),
        }))}
        value={form.kind}
        onValueChange={(kind) => update({ kind })}
        error={errors.kind}
        testId="intake-kind"
      />
      {form.kind === 'trafficking' ? (
        <CheckboxGroupField
          id="intake-exploitationForms"
          legend={t('intake.what.exploitationForms')}
          hint={t('intake.what.exploitationFormsHint')}
          options={codeOptions(t, 'exploitation', EXPLOITATION_FORMS)}
          values={form.exploitationForms}
          onValuesChange={(exploitationForms) => update({ exploitationForms })}
          error={errors.exploitationForms}
          testId="intake-form"
        />
      ) : null}
      {form.kind === 'other_crime' ? (
        <RadioGroupField
          id="intake-otherCrime"
          legend={t('intake.what.otherCrime')}
          options={codeOptions(t, 'otherCrime', OTHER_CRIMES)}
          value={form.otherCrime}
          onValueChange={(otherCrime) => update({ otherCrime })}
          error={errors.otherCrime}
          testId="intake-crime"
        />
      ) : null}
      <TextField
        id="intake-metAt"
        type="datetime-local"
        label={t('intake.what.metAt')}
        hint={t('intake.what.metAtHint')}
        value={form.metAt}
        onValueChange={(metAt) => update({ metAt })}
        error={errors.metAt}
      />
      <MunicipalityField
        id="intake-municipality"
        label={abroad ? t('consular.homeMunicipality') : t('intake.what.municipality')}
        hint={abroad ? t('consular.homeMunicipalityHint') : t('intake.what.municipalityHint')}
        empty={t('intake.what.chooseMunicipality')}
        language={i18n.language}
        value={form.municipality}
        onValueChange={(municipality) => update({ municipality })}
        error={errors.municipality}
        required
      />
      <TextAreaField
        id="intake-placeNote"
        label={t('intake.what.placeNote')}
        hint={t('intake.what.placeNoteHint')}
        rows={2}
        maxLength={500}
        value={form.placeNote}
        onValueChange={(placeNote) => update({ placeNote })}
        error={errors.placeNote}
      />
      <CountryField
        id="intake-destinationCountry"
        label={abroad ? t('consular.destinationCountryAbroad') : t('consular.destinationCountry')}
        required={abroad}
        hint={abroad ? t('consular.destinationCountryHintAbroad') : t('consular.destinationCountryHint')}
        language={i18n.language}
        value={form.destinationCountry}
        onValueChange={(destinationCountry) => update({ destinationCountry })}
        error={
          errors.destinationCountry ??
          (form.destinationCountry.trim() && !countryCode(form.destinationCountry)
            ? t('intake.person.citizenshipUnknown')
            : undefined)
        }
      />
      <SelectField
        id="intake-firstContactKind"
        label={t('intake.what.firstContactKind')}
        value={form.firstContactKind}
        onValueChange={(value) =>
          update({ firstContactKind: value as StepProps['form']['firstContactKind'] })
        }
        options={[
          { value: '', label: t('intake.choose') },
          ...codeOptions(t, 'firstContact', FIRST_CONTACT_KINDS),
        ]}
        error={errors.firstContactKind}
      />
    </>
  );
}
