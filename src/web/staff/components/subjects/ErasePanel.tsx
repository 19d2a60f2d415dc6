import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { SubjectView } from '../../contract/rights.ts';
import { ActionForm } from '../cases/ActionForm.tsx';
import { Reveal } from '../cases/Reveal.tsx';
import { CheckboxField, TextField } from '../Field.tsx';

/** Crypto-shredding, confirmed by typing one of the person's case references. */
export function ErasePanel({ subject, onErased }: { subject: SubjectView; onErased: () => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [understood, setUnderstood] = useState(false);
  const erased = subject.person.identityState === 'erased';
  const references = subject.cases.map((c) => c.reference.toUpperCase());
  return (
    <section className="panel" aria-labelledby="subject-erase-heading">
      <h2 id="subject-erase-heading">{t('subjects.erase.title')}</h2>
      {erased ? (
        <p>{t('subjects.erase.already')}</p>
      ) : (
        <>
          <p>{t('subjects.erase.intro')}</p>
          <Reveal label={t('subjects.erase.open')} testId="subject-erase-open">
            {() => (
              <ActionForm
                label={t('subjects.erase.submit')}
                submitLabel={t('subjects.erase.submit')}
                testId="subject-erase"
                danger
                check={() => ({
                  confirm:
                    !references.includes(typed.trim().toUpperCase()) &&
                    t('subjects.erase.confirmReferenceMismatch'),
                  understood: !understood && t('subjects.erase.understandRequired'),
                })}
                onSubmit={async () => {
                  await api.eraseSubject(subject.person.id);
                  onErased();
                }}
              >
                {(errors) => (
                  <>
                    <TextField
                      id="subject-erase-confirm"
                      label={t('subjects.erase.confirmReference')}
                      value={typed}
                      onValueChange={setTyped}
                      error={errors.confirm}
                      autoComplete="off"
                    />
                    <CheckboxField
                      id="subject-erase-understood"
                      label={t('subjects.erase.understand')}
                      checked={understood}
                      onCheckedChange={setUnderstood}
                    />
                    {errors.understood ? <p className="field-error">{errors.understood}</p> : null}
                  </>
                )}
              </ActionForm>
            )}
          </Reveal>
        </>
      )}
    </section>
  );
}
