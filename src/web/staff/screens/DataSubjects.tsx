import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api.ts';
import { ErrorAlert, StatusMessage } from '../components/Alerts.tsx';
import { TextField } from '../components/Field.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { ErasePanel } from '../components/subjects/ErasePanel.tsx';
import { ExportPanel } from '../components/subjects/ExportPanel.tsx';
import { RestrictionPanel } from '../components/subjects/RestrictionPanel.tsx';
import { SubjectSummary } from '../components/subjects/SubjectSummary.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import type { SubjectView } from '../contract/rights.ts';

/**
 * The data protection officer answers a person's request: finds them by a case reference, gives them a
 * copy of their data, restricts processing, or erases them. Every step is audited by the server.
 */
export function DataSubjects() {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const [reference, setReference] = useState('');
  const [required, setRequired] = useState(false);
  const [subject, setSubject] = useState<SubjectView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const find = async (caseReference: string, message: string | null = null): Promise<void> => {
    setBusy(true);
    setError(null);
    setStatus(message);
    try {
      setSubject(await api.subject(caseReference));
    } catch (caught) {
      setSubject(null);
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const given = reference.trim();
    setRequired(given === '');
    if (given !== '') void find(given);
  };

  const notFound = error instanceof ApiError && (error.status === 404 || error.status === 400);
  const title = t('subjects.title');
  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={title}>{title}</ScreenHeading>
        <p className="lead">{t('subjects.intro')}</p>
        <search>
          <form className="search-form" onSubmit={submit} noValidate>
            <TextField
              id="subject-case"
              label={t('subjects.caseReference')}
              hint={t('subjects.caseReferenceHint')}
              value={reference}
              onValueChange={setReference}
              error={required ? t('subjects.required') : undefined}
              autoComplete="off"
              spellCheck={false}
            />
            <button type="submit" className="button-primary" disabled={busy} data-testid="subject-find">
              {t('subjects.find')}
            </button>
          </form>
        </search>
        {error ? <ErrorAlert>{notFound ? t('subjects.notFound') : errorText(error)}</ErrorAlert> : null}
      </section>
      <StatusMessage>{status}</StatusMessage>
      {subject ? (
        <>
          <SubjectSummary subject={subject} />
          <ExportPanel key={subject.person.id} subject={subject} />
          <RestrictionPanel
            subject={subject}
            onChanged={(restriction, message) => {
              setSubject({ ...subject, restriction });
              setStatus(message);
            }}
          />
          <ErasePanel
            subject={subject}
            onErased={() => void find(subject.cases[0]?.id ?? reference.trim(), t('subjects.erase.done'))}
          />
        </>
      ) : null}
    </div>
  );
}
