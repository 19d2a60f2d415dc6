import { useTranslation } from 'react-i18next';
import { INDICATOR_GROUPS, type Indicator, type IndicatorGroup } from '../../contract/cases.ts';
import { codeName, codeOptions } from '../../labels.ts';
import { InfoNote } from '../Alerts.tsx';
import { CheckboxGroupField } from '../ChoiceField.tsx';
import type { StepProps } from './StepProps.ts';

const GROUPS = Object.keys(INDICATOR_GROUPS) as IndicatorGroup[];

/** The indicators seen or heard, in the groups of the standard lists. */
export function SignsStep({ form, update, errors }: StepProps) {
  const { t } = useTranslation();
  const inGroup = (group: IndicatorGroup): Indicator[] =>
    form.indicators.filter((i) => (INDICATOR_GROUPS[group] as readonly string[]).includes(i));
  const setGroup = (group: IndicatorGroup, chosen: Indicator[]): void => {
    const others = form.indicators.filter((i) => !(INDICATOR_GROUPS[group] as readonly string[]).includes(i));
    update({ indicators: [...others, ...chosen] });
  };
  return (
    <>
      <InfoNote>{t('intake.signs.intro')}</InfoNote>
      {errors.indicators ? <p className="field-error">{errors.indicators}</p> : null}
      {GROUPS.map((group) => (
        <CheckboxGroupField
          key={group}
          id={`intake-indicators-${group}`}
          legend={codeName(t, 'indicatorGroup', group)}
          options={codeOptions(t, 'indicator', INDICATOR_GROUPS[group])}
          values={inGroup(group)}
          onValuesChange={(chosen) => setGroup(group, chosen)}
          testId="intake-indicator"
        />
      ))}
    </>
  );
}
