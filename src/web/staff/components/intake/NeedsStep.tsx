import { useTranslation } from 'react-i18next';
import { URGENT_NEEDS } from '../../contract/cases.ts';
import { codeOptions } from '../../labels.ts';
import { CheckboxGroupField } from '../ChoiceField.tsx';
import { ChildNotice } from './ChildNotice.tsx';
import { isChild } from './form.ts';
import type { StepProps } from './StepProps.ts';

/** What cannot wait until tomorrow. */
export function NeedsStep({ form, update, errors }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <CheckboxGroupField
        id="intake-urgentNeeds"
        legend={t('intake.needs.urgentNeeds')}
        hint={t('intake.needs.urgentNeedsHint')}
        options={codeOptions(t, 'urgentNeed', URGENT_NEEDS)}
        values={form.urgentNeeds}
        onValuesChange={(urgentNeeds) => update({ urgentNeeds })}
        error={errors.urgentNeeds}
        testId="intake-need"
      />
      <p className="muted">{t('intake.needs.emergency')}</p>
      {isChild(form) ? <ChildNotice /> : null}
    </>
  );
}
