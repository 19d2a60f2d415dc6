import { useTranslation } from 'react-i18next';
import { EMPTY_IDENTITY } from './form.ts';
import { IdentityFields } from './IdentityFields.tsx';
import type { StepProps } from './StepProps.ts';

/** Anonymous unless the person agrees to give a name: then the fields open. */
export function IdentityStep({ form, update, errors }: StepProps) {
  const { t } = useTranslation();
  const identity = form.identity;
  return (
    <section className="subsection" aria-labelledby="intake-identity-heading">
      <h3 id="intake-identity-heading">{t('intake.identity.title')}</h3>
      {identity === null ? (
        <>
          <p data-testid="intake-anonymous">{t('intake.identity.anonymous')}</p>
          <button
            type="button"
            className="button-secondary"
            onClick={() => update({ identity: { ...EMPTY_IDENTITY } })}
            data-testid="intake-add-identity"
          >
            {t('intake.identity.add')}
          </button>
        </>
      ) : (
        <>
          <p className="field-hint">{t('intake.identity.sealed')}</p>
          <IdentityFields
            idPrefix="intake-identity"
            value={identity}
            onChange={(patch) => update({ identity: { ...identity, ...patch } })}
            error={errors.identity}
          />
          <button type="button" className="button-link" onClick={() => update({ identity: null })}>
            {t('intake.identity.remove')}
          </button>
        </>
      )}
    </section>
  );
}
