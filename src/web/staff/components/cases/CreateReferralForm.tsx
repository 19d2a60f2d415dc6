import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { REFERRAL_PURPOSES, type ReferralPurpose, type Suggestion } from '../../contract/cases.ts';
import { localName } from '../../format.ts';
import { codeOptions } from '../../labels.ts';
import { ErrorAlert } from '../Alerts.tsx';
import { RadioGroupField } from '../ChoiceField.tsx';
import { SelectField, TextAreaField } from '../Field.tsx';
import { useErrorText } from '../useErrorText.ts';
import { ActionForm } from './ActionForm.tsx';
import type { CaseControls } from './useCase.ts';

/** Organisations the directory suggests for the purpose, for this person and place. */
function useSuggestions(
  caseId: string,
  purpose: ReferralPurpose,
): { items: Suggestion[] | null; error: unknown } {
  const [state, setState] = useState<{ items: Suggestion[] | null; error: unknown }>({
    items: null,
    error: null,
  });
  useEffect(() => {
    let cancelled = false;
    setState({ items: null, error: null });
    api
      .referralSuggestions(caseId, purpose)
      .then((list) => {
        if (!cancelled) setState({ items: list.items, error: null });
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ items: [], error });
      });
    return () => {
      cancelled = true;
    };
  }, [caseId, purpose]);
  return state;
}

/** Refer the case: what is asked, to which suggested organisation, with a note. */
export function CreateReferralForm({
  caseId,
  act,
  done,
}: {
  caseId: string;
  act: CaseControls['act'];
  done: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { errorText } = useErrorText();
  const [purpose, setPurpose] = useState<ReferralPurpose>('assistance');
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const suggestions = useSuggestions(caseId, purpose);
  const options = (suggestions.items ?? []).map((s) => ({
    value: s.id,
    label: localName(s.name, i18n.language),
    hint: [s.cities.join(', '), s.services.map((service) => service.name).join('; ')]
      .filter(Boolean)
      .join(' · '),
  }));
  return (
    <ActionForm
      label={t('referrals.create.title')}
      submitLabel={t('referrals.create.submit')}
      testId="referral-create"
      check={() => ({ toOrganisationId: !to && t('referrals.create.chooseOrganisation') })}
      onSubmit={() =>
        act((v) =>
          api.createReferral(v.id, {
            toOrganisationId: to,
            purpose,
            ...(note.trim() ? { note: note.trim() } : {}),
          }),
        ).then(done)
      }
    >
      {(errors) => (
        <>
          <SelectField
            id="referral-purpose"
            label={t('referrals.create.purpose')}
            value={purpose}
            onValueChange={(value) => {
              setPurpose(value as ReferralPurpose);
              setTo('');
            }}
            options={codeOptions(t, 'purpose', REFERRAL_PURPOSES)}
            error={errors.purpose}
          />
          <ErrorAlert>{suggestions.error ? errorText(suggestions.error) : null}</ErrorAlert>
          {suggestions.items === null ? (
            <p className="loading">{t('common.loading')}</p>
          ) : options.length === 0 ? (
            <p className="empty-state">{t('referrals.create.noSuggestions')}</p>
          ) : (
            <RadioGroupField
              id="referral-to"
              legend={t('referrals.create.to')}
              hint={t('referrals.create.toHint')}
              options={options}
              value={to}
              onValueChange={setTo}
              error={errors.toOrganisationId}
              testId="referral-to"
            />
          )}
          <TextAreaField
            id="referral-note"
            label={t('referrals.create.note')}
            hint={t('referrals.create.noteHint')}
            rows={3}
            maxLength={2000}
            value={note}
            onValueChange={setNote}
            error={errors.note}
          />
        </>
      )}
    </ActionForm>
  );
}
