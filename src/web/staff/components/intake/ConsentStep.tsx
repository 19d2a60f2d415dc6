import { useTranslation } from 'react-i18next';
import { CONSENT_ANSWERS, CONSENT_SCOPES, type ConsentScope } from '../../contract/cases.ts';
import { codeName } from '../../labels.ts';
import { RadioGroupField } from '../ChoiceField.tsx';
import { SelectField } from '../Field.tsx';
import type { ConsentAnswer } from './form.ts';
import type { StepProps } from './StepProps.ts';
import { useSupportServices } from './useSupportServices.ts';

/** The person's consents, each spoken or signed, and the support service they agreed to. */
export function ConsentStep({ form, update, errors }: StepProps) {
  const { t, i18n } = useTranslation();
  const services = useSupportServices(i18n.language);

  const setConsent = (scope: ConsentScope, answer: ConsentAnswer): void => {
    const consents = { ...form.consents };
    if (answer === 'not_asked') delete consents[scope];
    else consents[scope] = answer;
    const given = answer === 'spoken' || answer === 'signed';
    update({
      consents,
      ...(scope === 'referral_to_support_service' && !given ? { supportServiceId: '' } : {}),
    });
  };
  const scopes = CONSENT_SCOPES.filter(
    (scope) => scope !== 'referral_to_national_contact_point' || form.kind !== 'other_crime',
  );

  return (
    <>
      <p>{t('intake.consent.intro')}</p>
      {errors.consents ? <p className="field-error">{errors.consents}</p> : null}
      {scopes.map((scope) => (
        <RadioGroupField<ConsentAnswer>
          key={scope}
          id={`intake-consent-${scope}`}
          legend={codeName(t, 'consentScope', scope)}
          hint={t(`intake.consent.hint.${scope}`)}
          options={CONSENT_ANSWERS.map((answer) => ({
            value: answer,
            label: t(`intake.consent.${answer}`),
          }))}
          value={form.consents[scope] ?? 'not_asked'}
          onValueChange={(answer) => setConsent(scope, answer)}
          className="choice-row"
          testId={`intake-consent-${scope}`}
        />
      ))}
      {form.consents.referral_to_support_service === 'spoken' ||
      form.consents.referral_to_support_service === 'signed' ? (
        <SelectField
          id="intake-supportServiceId"
          label={t('intake.consent.supportService')}
          value={form.supportServiceId}
          onValueChange={(supportServiceId) => update({ supportServiceId })}
          options={[
            {
              value: '',
              label:
                services === 'failed' ? t('intake.consent.servicesFailed') : t('intake.consent.noService'),
            },
            ...(services === 'failed' ? [] : services).map((s) => ({ value: s.id, label: s.name })),
          ]}
          error={errors.supportServiceId}
        />
      ) : null}
    </>
  );
}
