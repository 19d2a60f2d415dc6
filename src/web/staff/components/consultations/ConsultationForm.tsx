import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeOptions } from '../../labels.ts';
import { todayInVilnius } from '../../time.ts';
import { assistanceApi } from '../assistance/api.ts';
import {
  CONSULTATION_AUDIENCES,
  CONSULTATION_CHANNELS,
  CONSULTATION_TOPICS,
  type ConsultationView,
} from '../assistance/types.ts';
import { CheckboxGroupField, RadioGroupField, ToggleField } from '../ChoiceField.tsx';
import { CountryField, countryCode } from '../CountryField.tsx';
import { ActionForm } from '../cases/ActionForm.tsx';
import { DateField, TextField } from '../Field.tsx';

type Topic = (typeof CONSULTATION_TOPICS)[number];
type Channel = (typeof CONSULTATION_CHANNELS)[number];
type Audience = (typeof CONSULTATION_AUDIENCES)[number];

/**
 * One consultation of the Migration Information Centre, entered while the call is still fresh:
 * topics, how, who, which country. Anonymous unless the person asks to be called back.
 */
export function ConsultationForm({ onRecorded }: { onRecorded: (consultation: ConsultationView) => void }) {
  const { t, i18n } = useTranslation();
  const today = todayInVilnius();
  const [on, setOn] = useState(today);
  const [topics, setTopics] = useState<Topic[]>([]);
  const [channel, setChannel] = useState<Channel>('phone');
  const [audience, setAudience] = useState<Audience>('returning');
  const [country, setCountry] = useState('');
  const [callBack, setCallBack] = useState(false);
  const [contact, setContact] = useState('');
  return (
    <ActionForm
      label={t('consultations.record')}
      submitLabel={t('consultations.record')}
      testId="consultation-form"
      marksRequired
      check={() => ({
        on: (!on && t('validation.required')) || (on > today && t('assistance.notInFuture')),
        topics: topics.length === 0 && t('consultations.chooseTopic'),
        country: !countryCode(country) && t('assistance.return.countryCode'),
        contact: callBack && !contact.trim() && t('validation.required'),
      })}
      onSubmit={async () => {
        const consultation = await assistanceApi.recordConsultation({
          on,
          topics,
          channel,
          audience,
          country: countryCode(country) ?? country.trim(),
          ...(callBack && contact.trim() ? { contact: contact.trim() } : {}),
        });
        setTopics([]);
        setCountry('');
        setCallBack(false);
        setContact('');
        onRecorded(consultation);
      }}
    >
      {(errors) => (
        <>
          <CheckboxGroupField
            id="consultation-topics"
            legend={t('consultations.topics')}
            options={codeOptions(t, 'consultationTopic', CONSULTATION_TOPICS)}
            values={topics}
            onValuesChange={setTopics}
            required
            error={errors.topics}
            className="choice-row"
            testId="consultation-topic"
          />
          <RadioGroupField
            id="consultation-channel"
            legend={t('consultations.channel')}
            options={codeOptions(t, 'consultationChannel', CONSULTATION_CHANNELS)}
            value={channel}
            onValueChange={setChannel}
            className="choice-row"
            testId="consultation-channel"
          />
          <RadioGroupField
            id="consultation-audience"
            legend={t('consultations.audience')}
            options={codeOptions(t, 'consultationAudience', CONSULTATION_AUDIENCES)}
            value={audience}
            onValueChange={setAudience}
            className="choice-row"
            testId="consultation-audience"
          />
          <div className="form-grid">
            <CountryField
              id="consultation-country"
              label={t('consultations.country')}
              hint={t('consultations.countryHint')}
              language={i18n.language}
              value={country}
              onValueChange={setCountry}
              required
              error={errors.country}
            />
            <DateField
              id="consultation-on"
              label={t('consultations.on')}
              value={on}
              onValueChange={setOn}
              max={today}
              required
              error={errors.on}
            />
          </div>
          <ToggleField
            label={t('consultations.callBack')}
            checked={callBack}
            onCheckedChange={setCallBack}
            testId="consultation-call-back"
          />
          {callBack ? (
            <TextField
              id="consultation-contact"
              label={t('consultations.contact')}
              hint={t('consultations.contactHint')}
              value={contact}
              onValueChange={setContact}
              maxLength={200}
              required
              error={errors.contact}
            />
          ) : null}
        </>
      )}
    </ActionForm>
  );
}
