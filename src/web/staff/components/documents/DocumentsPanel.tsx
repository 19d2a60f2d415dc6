import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api.ts';
import {
  CASE_DOCUMENT_KINDS,
  DOCUMENT_REFUSALS,
  DOCUMENT_TYPES,
  type DocumentKind,
  type DocumentRefusal,
  type DocumentView,
  MAX_DOCUMENT_BYTES,
} from '../../contract/documents.ts';
import { formatDateTime, localName } from '../../format.ts';
import { codeName, codeOptions } from '../../labels.ts';
import { ErrorAlert, InfoNote, StatusMessage } from '../Alerts.tsx';
import { ActionForm } from '../cases/ActionForm.tsx';
import { CasePanel } from '../cases/CasePanel.tsx';
import { newestFirst } from '../cases/order.ts';
import { SelectField } from '../Field.tsx';
import { useErrorText } from '../useErrorText.ts';
import { useLoaded } from '../useLoaded.ts';

/**
 * The roles of a case team (the server's rule "document.list"); for the others the app does not ask,
 * so that opening a case writes no refused read to the audit trail.
 */
const READERS = new Set([
  'first_responder',
  'case_worker',
  'organisation_manager',
  'return_officer',
  'consular_officer',
]);
export const seesDocuments = (role: string | undefined) => READERS.has(role ?? '');

const EXTENSIONS = Object.values(DOCUMENT_TYPES).flatMap((t) => t.extensions.map((e) => `.${e}`));
const ACCEPT = [...Object.values(DOCUMENT_TYPES).map((t) => t.mediaType), ...EXTENSIONS].join(',');

/** What the app can tell of a file before sending it; the server reads its content and decides. */
function checkFile(file: File | null): DocumentRefusal | 'missing' | null {
  if (!file) return 'missing';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_DOCUMENT_BYTES) return 'too_large';
  return EXTENSIONS.some((e) => file.name.toLowerCase().endsWith(e)) ? null : 'unknown_extension';
}

/** A refused file in this app's words, from the stable code the server sends with it. */
function worded(t: (key: string) => string, error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const refusal = error.problem.refusal as DocumentRefusal | undefined;
  const code =
    refusal && DOCUMENT_REFUSALS.includes(refusal) ? refusal : error.status === 413 ? 'too_large' : null;
  return code ? new ApiError({ status: error.status, detail: t(`documents.refused.${code}`) }) : error;
}

function size(bytes: number, language: string) {
  const mb = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: mb ? 1 : 0,
  }).format(mb ? bytes / 1024 / 1024 : Math.max(1, Math.round(bytes / 1024)));
}

/**
 * A case's files: a signed consent, an identity document, a medical or police paper. The team attaches
 * them here (a photo from a phone will do) and downloads them; the server never shows one in the page.
 */
export function DocumentsPanel({
  caseId,
  erased,
  onAdded,
}: {
  caseId: string;
  /** The person was erased: their files were deleted with everything else about them. */
  erased: boolean;
  onAdded: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { errorText } = useErrorText();
  const load = useCallback(() => api.documents(caseId), [caseId]);
  const { data, error, reload } = useLoaded(load);
  const [kind, setKind] = useState<DocumentKind>('consent');
  const [file, setFile] = useState<File | null>(null);
  // A new file input after each upload: a file input cannot be emptied by setting its value.
  const [round, setRound] = useState(0);
  const [added, setAdded] = useState<string | null>(null);
  const fileId = useId();

  const documents = newestFirst<DocumentView>(data?.items ?? [], (d) => d.uploadedAt);
  return (
    <CasePanel name="documents" title={t('documents.title')}>
      {error ? <ErrorAlert>{errorText(error)}</ErrorAlert> : null}
      {data && !data.available ? (
        <InfoNote>{t(erased ? 'documents.erased' : 'documents.hidden')}</InfoNote>
      ) : null}
      {data?.available ? (
        <>
          <p className="muted">{t('documents.intro')}</p>
          <ActionForm
            label={t('documents.addLabel')}
            submitLabel={t('documents.add')}
            testId="document-add"
            check={() => {
              const problem = checkFile(file);
              return {
                file:
                  problem === 'missing'
                    ? t('documents.chooseFile')
                    : problem !== null && t(`documents.refused.${problem}`),
              };
            }}
            onSubmit={async () => {
              if (!file) return;
              setAdded(null);
              const document = await api.uploadDocument(caseId, kind, file).catch((caught: unknown) => {
                throw worded(t, caught);
              });
              setAdded(document.name);
              setFile(null);
              setRound((n) => n + 1);
              reload();
              onAdded();
            }}
          >
            {(errors) => (
              <>
                <SelectField
                  id="document-kind"
                  label={t('documents.kind')}
                  value={kind}
                  onValueChange={(value) => setKind(value as DocumentKind)}
                  options={codeOptions(t, 'caseDocument', CASE_DOCUMENT_KINDS)}
                  testId="document-kind"
                />
                <div className="field">
                  <label htmlFor={fileId}>{t('documents.file')}</label>
                  <p className="field-hint" id={`${fileId}-hint`}>
                    {t('documents.fileHint')}
                  </p>
                  <input
                    key={round}
                    id={fileId}
                    type="file"
                    className="document-file"
                    accept={ACCEPT}
                    data-testid="document-file"
                    aria-invalid={errors.file ? true : undefined}
                    aria-describedby={[`${fileId}-hint`, errors.file ? `${fileId}-error` : null]
                      .filter(Boolean)
                      .join(' ')}
                    onChange={(event) => setFile(event.target.files?.[0] ?? null)}
                  />
                  {errors.file ? (
                    <p className="field-error" id={`${fileId}-error`}>
                      {errors.file}
                    </p>
                  ) : null}
                </div>
              </>
            )}
          </ActionForm>
          <StatusMessage>{added ? t('documents.attached', { name: added }) : null}</StatusMessage>
          {documents.length === 0 ? (
            <p className="muted">{t('documents.none')}</p>
          ) : (
            <ul className="plain-list divided-list document-list" data-testid="case-documents">
              {documents.map((d) => (
                <li key={d.id}>
                  <a
                    className="document-name"
                    href={api.documentUrl(caseId, d.id)}
                    download={d.name}
                    data-testid="document-download"
                  >
                    {d.name}
                  </a>
                  <span className="cell-detail">
                    {codeName(t, 'caseDocument', d.kind)} ·{' '}
                    {d.mediaType.slice(d.mediaType.indexOf('/') + 1).toUpperCase()}, {size(d.size, language)}
                  </span>
                  <span className="cell-detail">
                    {formatDateTime(d.uploadedAt, language)} ·{' '}
                    {[d.uploadedBy, localName(d.organisation.name, language)].filter(Boolean).join(', ')}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </CasePanel>
  );
}
