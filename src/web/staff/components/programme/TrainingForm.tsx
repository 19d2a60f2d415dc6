import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCES, PROFESSIONS } from '../../../../programme/catalogue.ts';
import { codeName, codeOptions } from '../../labels.ts';
import { ActionForm } from '../cases/ActionForm.tsx';
import { rethrowRefusal } from '../cases/refusals.ts';
import { DateField, SelectField, TextField } from '../Field.tsx';
import { programmeApi } from './api.ts';
import type { TrainingView } from './types.ts';

type Source = (typeof FUNDING_SOURCES)[number];
const none = () => Object.fromEntries(PROFESSIONS.map((p) => [p, ''])) as Record<string, string>;

/** A manager records a training their organisation held: who came, by profession, and how it was paid. */
export function TrainingForm({ onRecorded }: { onRecorded: (training: TrainingView) => void }) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState('');
  const [topic, setTopic] = useState('');
  const [hours, setHours] = useState('');
  const [counts, setCounts] = useState(none);
  const [amount, setAmount] = useState('');
  const [source, setSource] = useState<Source>('state_budget');
  const audience = PROFESSIONS.filter((p) => Number(counts[p]) > 0).map((profession) => ({
    profession,
    participants: Number(counts[profession]),
  }));
  const required = (value: string) => !value.trim() && t('validation.required');
  return (
    <ActionForm
      label={t('programme.trainings.record')}
      submitLabel={t('programme.trainings.submit')}
      testId="training-form"
      marksRequired
      check={() => ({
        heldOn: required(heldOn),
        topic: required(topic),
        hours: !(Number(hours) > 0) && t('validation.required'),
        audience: audience.length === 0 && t('programme.trainings.audienceMissing'),
        ...Object.fromEntries(
          PROFESSIONS.map((p) => [
            `audience.${p}`,
            counts[p] !== '' && !(Number.isInteger(Number(counts[p])) && Number(counts[p]) >= 0)
              ? t('programme.wholeNumber')
              : false,
          ]),
        ),
      })}
      onSubmit={async () => {
        const recorded = await programmeApi
          .recordTraining({
            heldOn,
            topic: topic.trim(),
            hours: Number(hours),
            audience,
            funding: amount.trim() ? { amountEur: Math.round(Number(amount) * 100) / 100, source } : null,
          })
          .catch(rethrowRefusal);
        setTopic('');
        setHours('');
        setCounts(none());
        setAmount('');
        onRecorded(recorded);
      }}
    >
      {(errors) => (
        <>
          <div className="form-grid">
            <DateField
              id="training-held-on"
              label={t('programme.trainings.heldOn')}
              required
              value={heldOn}
              onValueChange={setHeldOn}
              error={errors.heldOn}
            />
            <TextField
              id="training-topic"
              label={t('programme.trainings.topic')}
              required
              value={topic}
              onValueChange={setTopic}
              error={errors.topic}
            />
            <TextField
              id="training-hours"
              label={t('programme.trainings.hours')}
              required
              type="number"
              inputMode="decimal"
              min="0.5"
              step="0.5"
              value={hours}
              onValueChange={setHours}
              error={errors.hours}
            />
          </div>
          <fieldset className="programme-audience">
            <legend>{t('programme.trainings.audience')}</legend>
            {errors.audience ? <p className="field-error">{errors.audience}</p> : null}
            <div className="form-grid programme-professions">
              {PROFESSIONS.map((p) => (
                <TextField
                  key={p}
                  id={`training-audience-${p}`}
                  label={codeName(t, 'profession', p)}
                  type="number"
                  inputMode="numeric"
                  min="0"
                  step="1"
                  value={counts[p]!}
                  onValueChange={(value) => setCounts((c) => ({ ...c, [p]: value }))}
                  error={errors[`audience.${p}`]}
                />
              ))}
            </div>
          </fieldset>
          <div className="form-grid">
            <TextField
              id="training-funding"
              label={t('programme.trainings.fundingEur')}
              type="number"
              inputMode="decimal"
              min="0"
              step="0.01"
              value={amount}
              onValueChange={setAmount}
              error={errors['funding.amountEur']}
            />
            <SelectField
              id="training-funding-source"
              label={t('programme.trainings.fundingSource')}
              value={source}
              onValueChange={(value) => setSource(value as Source)}
              options={codeOptions(t, 'fundingSource', FUNDING_SOURCES)}
            />
          </div>
        </>
      )}
    </ActionForm>
  );
}
