import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { CONSENT_SCOPES, type ConsentMethod, type ConsentScope } from '../../contract/cases.ts';
import type { ReferralMapItem } from '../../contract/directory.ts';
import { codeName } from '../../labels.ts';
import { RadioGroupField } from '../ChoiceField.tsx';
import { SelectField } from '../Field.tsx';
import type { StepProps } from './StepProps.ts';

type Answer = ConsentMethod | 'none';

/** The person's consents, each spoken or signed, and the support service they agreed to. */
export function ConsentStep({ form, update, errors }: StepProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'lt';
  const [services, setServices] = useState<ReferralMapItem[]>([]);
  const [servicesFailed, setServicesFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    api
      .referralMap(lang)
      .then((map) => {
        if (!cancelled) setServices(map.items);
      })
      .catch(() => {
        if (!cancelled) setServicesFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [lang]);

  const setConsent = (scope: ConsentScope, answer: Answer): void => {
    const consents = { ...form.consents };
    if (answer === 'none') delete consents[scope];
    else consents[scope] = answer;
    update({
      consents,
      ...(scope === 'referral_to_support_service' && answer === 'none' ? { supportServiceId: '' } : {}),
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
        <RadioGroupField<Answer>
          key={scope}
          id={`intake-consent-${scope}`}
          legend={codeName(t, 'consentScope', scope)}
          hint={t(`intake.consent.hint.${scope}`)}
          options={[
            { value: 'none', label: t('intake.consent.none') },
            { value: 'spoken', label: t('intake.consent.spoken') },
            { value: 'signed', label: t('intake.consent.signed') },
          ]}
          value={form.consents[scope] ?? 'none'}
          onValueChange={(answer) => setConsent(scope, answer)}
          className="choice-row"
          testId={`intake-consent-${scope}`}
        />
      ))}
      {form.consents.referral_to_support_service ? (
        <SelectField
          id="intake-supportServiceId"
          label={t('intake.consent.supportService')}
          value={form.supportServiceId}
          onValueChange={(supportServiceId) => update({ supportServiceId })}
          options={[
            {
              value: '',
              label: servicesFailed ? t('intake.consent.servicesFailed') : t('intake.consent.noService'),
            },
            ...services.map((s) => ({ value: s.organisation.id, label: s.organisation.name })),
          ]}
          error={errors.supportServiceId}
        />
      ) : null}
    </>
  );
}
