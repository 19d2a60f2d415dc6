import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroupField } from '../ChoiceField.tsx';
import { ActionForm } from '../cases/ActionForm.tsx';
import { rethrowRefusal } from '../cases/refusals.ts';
import { SelectField } from '../Field.tsx';
import { useLoaded } from '../useLoaded.ts';
import { reviewApi } from './api.ts';

const SUBJECTS = ['assessment', 'plan', 'closure'] as const;
type Subject = (typeof SUBJECTS)[number];
type Standing = 'none' | 'approver' | 'self';
type Settings = Awaited<ReturnType<typeof reviewApi.settings>>;

function SettingsForm({ settings, saved }: { settings: Settings; saved: (s: Settings) => void }) {
  const { t } = useTranslation();
  const [subjects, setSubjects] = useState<Subject[]>(settings.subjects);
  const [standing, setStanding] = useState<Record<string, Standing>>(
    Object.fromEntries(settings.approvers.map((a) => [a.userId, a.self ? 'self' : 'approver'])),
  );
  return (
    <ActionForm
      label={t('review.settings.title')}
      submitLabel={t('review.settings.save')}
      testId="approval-settings"
      onSubmit={async () => {
        const approvers = Object.entries(standing)
          .filter(([, s]) => s !== 'none')
          .map(([userId, s]) => ({ userId, self: s === 'self' }));
        saved(
          await reviewApi
            .saveSettings({ subjects, approvers, version: settings.version })
            .catch(rethrowRefusal),
        );
      }}
    >
      {() => (
        <>
          <CheckboxGroupField
            id="approval-subjects"
            legend={t('review.settings.subjects')}
            hint={t('review.settings.subjectsHint')}
            options={SUBJECTS.map((value) => ({ value, label: t(`review.work.subject.${value}`) }))}
            values={subjects}
            onValuesChange={setSubjects}
            testId="approval-subject"
          />
          <p className="field-hint">{t('review.settings.approversHint')}</p>
          {settings.staff.map((person) => (
            <SelectField
              key={person.userId}
              id={`approver-${person.userId}`}
              label={person.name}
              value={standing[person.userId] ?? 'none'}
              onValueChange={(value) => setStanding({ ...standing, [person.userId]: value as Standing })}
              options={(['none', 'approver', 'self'] as const).map((value) => ({
                value,
                label: t(`review.settings.standing.${value}`),
              }))}
            />
          ))}
        </>
      )}
    </ActionForm>
  );
}

/** A manager sets what of the organisation's work waits for approval, and who approves besides managers. */
export function ApprovalSettings() {
  const { t } = useTranslation();
  const load = useCallback(() => reviewApi.settings(), []);
  const { data, setData } = useLoaded(load);
  return (
    <section className="panel" aria-labelledby="approval-settings-heading">
      <h2 id="approval-settings-heading">{t('review.settings.title')}</h2>
      {data ? <SettingsForm key={data.version} settings={data} saved={setData} /> : null}
    </section>
  );
}
