import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { CaseSummary } from '../../contract/cases.ts';
import { ErrorAlert } from '../Alerts.tsx';
import { RadioGroupField } from '../ChoiceField.tsx';
import { TextField } from '../Field.tsx';
import { useErrorText } from '../useErrorText.ts';
import { CaseRows } from './CaseRow.tsx';

type By = 'reference' | 'name';

/**
 * Finding one case: by its reference, or by the person's name and birth date exactly as recorded.
 * The server searches the cases this member of staff may see (the national coordinator: all, and
 * says so in the audit trail); the name goes in the request's body, never in the address.
 */
export function CaseSearchPanel({ national }: { national: boolean }) {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const [by, setBy] = useState<By>('reference');
  const [reference, setReference] = useState('');
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [found, setFound] = useState<CaseSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = by === 'reference' ? { reference } : { name, ...(birthDate ? { birthDate } : {}) };
      setFound((await api.searchCases(body)).items);
    } catch (failure) {
      setFound(null);
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="case-search-heading" data-testid="case-search">
      <h2 id="case-search-heading">{t('caseSearch.title')}</h2>
      <p className="muted">{national ? t('caseSearch.national') : t('caseSearch.own')}</p>
      <search>
        <form className="case-search" onSubmit={submit} aria-label={t('caseSearch.title')}>
          <RadioGroupField
            id="case-search-by"
            legend={t('caseSearch.by')}
            options={[
              { value: 'reference', label: t('caseSearch.byReference') },
              { value: 'name', label: t('caseSearch.byName') },
            ]}
            value={by}
            onValueChange={(value) => {
              setBy(value);
              setFound(null);
              setError(null);
            }}
            className="choice-row"
            testId="case-search-by"
          />
          {by === 'reference' ? (
            <TextField
              id="case-search-reference"
              label={t('caseSearch.reference')}
              hint={t('caseSearch.referenceHint')}
              autoComplete="off"
              required
              maxLength={40}
              value={reference}
              onValueChange={setReference}
            />
          ) : (
            <>
              <TextField
                id="case-search-name"
                label={t('caseSearch.name')}
                hint={t('caseSearch.nameHint')}
                autoComplete="off"
                required
                maxLength={200}
                value={name}
                onValueChange={setName}
              />
              <TextField
                id="case-search-birthDate"
                type="date"
                label={t('caseSearch.birthDate')}
                hint={t('caseSearch.birthDateHint')}
                value={birthDate}
                onValueChange={setBirthDate}
              />
            </>
          )}
          <button type="submit" className="button-primary" disabled={busy} data-testid="case-search-submit">
            {t('caseSearch.submit')}
          </button>
        </form>
      </search>
      <ErrorAlert>{error ? errorText(error) : null}</ErrorAlert>
      {found ? (
        <div role="status">
          <p className="muted">{t('caseSearch.count', { number: found.length })}</p>
          <CaseRows cases={found} empty={t('caseSearch.none')} testId="case-search-results" />
        </div>
      ) : null}
    </section>
  );
}
