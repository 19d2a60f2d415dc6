import { useTranslation } from 'react-i18next';
import { AGE_BANDS, SEXES } from '../../contract/cases.ts';
import { codeName, codeOptions } from '../../labels.ts';
import { RadioGroupField, ToggleField } from '../ChoiceField.tsx';
import { CountryField, countryCode } from '../CountryField.tsx';
import { countryName } from '../directory/describe.ts';
import { SelectField, TextField } from '../Field.tsx';
import { LanguagesField } from '../LanguagesField.tsx';
import { ChildNotice } from './ChildNotice.tsx';
import { ageYears, isChild, pathwayFor } from './form.ts';
import { IdentityStep } from './IdentityStep.tsx';
import type { StepProps } from './StepProps.ts';

/** The non-identifying facts about the person, then (only if they agree) who they are. */
export function PersonStep({ form, update, errors }: StepProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const age = ageYears(form.age);
  const code = countryCode(form.citizenship);
  const country = code ? countryName(code, language) : null;
  return (
    <>
      <RadioGroupField
        id="intake-sex"
        legend={t('intake.person.sex')}
        options={codeOptions(t, 'sex', SEXES)}
        value={form.sex}
        onValueChange={(sex) => update({ sex })}
        error={errors.sex}
        className="choice-row"
        testId="intake-sex"
      />
      <TextField
        id="intake-age"
        label={t('intake.person.age')}
        hint={t('intake.person.ageHint')}
        inputMode="numeric"
        maxLength={3}
        className="field-short"
        value={form.age}
        onValueChange={(value) => update({ age: value })}
        error={errors.age ?? (form.age.trim() && age === null ? t('intake.person.ageInvalid') : undefined)}
      />
      {age === null ? (
        <SelectField
          id="intake-ageBand"
          label={t('intake.person.ageBand')}
          value={form.ageBand}
          onValueChange={(value) => update({ ageBand: value as StepProps['form']['ageBand'] })}
          options={[{ value: '', label: t('intake.choose') }, ...codeOptions(t, 'ageBand', AGE_BANDS)]}
          error={errors.ageBand}
        />
      ) : null}
      {/* With an age the answer is known; without one, the officer says what the person seems. */}
      {age === null ? (
        <ToggleField
          label={t('intake.person.child')}
          checked={isChild(form)}
          onCheckedChange={(child) => update({ child })}
          testId="intake-child"
        />
      ) : null}
      {isChild(form) ? <ChildNotice /> : null}
      <CountryField
        id="intake-citizenship"
        label={t('intake.person.citizenship')}
        hint={t('intake.person.citizenshipHint')}
        language={language}
        value={form.citizenship}
        onValueChange={(citizenship) => update({ citizenship })}
        error={
          errors.citizenship ??
          (form.citizenship.trim() && !code ? t('intake.person.citizenshipUnknown') : undefined)
        }
      />
      <p className="derived" data-testid="intake-pathway">
        {country ? `${country}. ` : ''}
        {t('intake.person.pathway', { pathway: codeName(t, 'pathway', pathwayFor(form.citizenship)) })}{' '}
        <span className="muted">{t(`intake.person.pathwayHint.${pathwayFor(form.citizenship)}`)}</span>
      </p>
      <LanguagesField
        id="intake-languages"
        label={t('intake.person.languages')}
        hint={t('intake.person.languagesHint')}
        codes={form.languages}
        text={form.languageText}
        onChange={(languages, languageText) => update({ languages, languageText })}
        error={errors.languages}
      />
      <ToggleField
        label={t('intake.person.interpreterNeeded')}
        checked={form.interpreterNeeded}
        onCheckedChange={(interpreterNeeded) => update({ interpreterNeeded })}
        testId="intake-interpreter"
      />
      <ToggleField
        label={t('intake.person.disability')}
        checked={form.disability}
        onCheckedChange={(disability) => update({ disability })}
        testId="intake-disability"
      />
      <IdentityStep form={form} update={update} errors={errors} />
    </>
  );
}
