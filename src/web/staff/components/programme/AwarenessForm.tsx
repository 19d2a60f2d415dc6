import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AWARENESS_KINDS } from '../../../../programme/catalogue.ts';
import { codeOptions } from '../../labels.ts';
import { ActionForm } from '../cases/ActionForm.tsx';
import { rethrowRefusal } from '../cases/refusals.ts';
import { DateField, SelectField, TextField } from '../Field.tsx';
import { programmeApi } from './api.ts';
import type { AwarenessView } from './types.ts';

type Kind = (typeof AWARENESS_KINDS)[number];

/** A manager records a campaign, film, event or other awareness activity of their organisation. */
export function AwarenessForm({ onRecorded }: { onRecorded: (activity: AwarenessView) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('campaign');
  const [title, setTitle] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [reach, setReach] = useState('');
  return (
    <ActionForm
      label={t('programme.awareness.record')}
      submitLabel={t('programme.awareness.submit')}
      testId="awareness-form"
      marksRequired
      check={() => ({
        title: !title.trim() && t('validation.required'),
        startsOn: !startsOn && t('validation.required'),
        endsOn: Boolean(endsOn && startsOn && endsOn < startsOn) && t('programme.endBeforeStart'),
        reach:
          reach !== '' &&
          !(Number.isInteger(Number(reach)) && Number(reach) >= 0) &&
          t('programme.wholeNumber'),
      })}
      onSubmit={async () => {
        const recorded = await programmeApi
          .recordAwareness({
            kind,
            title: title.trim(),
            startsOn,
            endsOn: endsOn || null,
            reach: reach === '' ? null : Number(reach),
          })
          .catch(rethrowRefusal);
        setTitle('');
        setReach('');
        onRecorded(recorded);
      }}
    >
      {(errors) => (
        <div className="form-grid">
          <SelectField
            id="awareness-kind"
            label={t('programme.awareness.kind')}
            value={kind}
            onValueChange={(value) => setKind(value as Kind)}
            options={codeOptions(t, 'awarenessKind', AWARENESS_KINDS)}
          />
          <TextField
            id="awareness-title"
            label={t('programme.awareness.title')}
            required
            value={title}
            onValueChange={setTitle}
            error={errors.title}
          />
          <DateField
            id="awareness-starts-on"
            label={t('programme.startsOn')}
            required
            value={startsOn}
            onValueChange={setStartsOn}
            error={errors.startsOn}
          />
          <DateField
            id="awareness-ends-on"
            label={t('programme.endsOn')}
            value={endsOn}
            onValueChange={setEndsOn}
            error={errors.endsOn}
          />
          <TextField
            id="awareness-reach"
            label={t('programme.awareness.reach')}
            hint={t('programme.awareness.reachHint')}
            type="number"
            inputMode="numeric"
            min="0"
            step="1"
            value={reach}
            onValueChange={setReach}
            error={errors.reach}
          />
        </div>
      )}
    </ActionForm>
  );
}
