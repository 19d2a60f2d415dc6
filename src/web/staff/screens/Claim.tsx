import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/Alerts.tsx';
import { euros } from '../components/assistance/describe.ts';
import { Reveal } from '../components/cases/Reveal.tsx';
import { Link } from '../components/Link.tsx';
import { legalApi } from '../components/legal/api.ts';
import { ClaimHandling } from '../components/legal/ClaimHandling.tsx';
import { DecideForm, ReceiveForm, RequestDocumentsForm } from '../components/legal/ClaimSteps.tsx';
import type { ClaimView } from '../components/legal/types.ts';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { useLoaded } from '../components/useLoaded.ts';
import { formatDate, localName } from '../format.ts';
import { codeName } from '../labels.ts';
import { Loading } from './Loading.tsx';

/** One claim at the Ministry of Justice: what was claimed, the Fund's conditions, and the next step. */
export function Claim({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const { errorText } = useErrorText();
  const load = useCallback(() => legalApi.claim(caseId), [caseId]);
  const loaded = useLoaded<ClaimView>(load);
  const claim = loaded.data;
  const language = i18n.language;
  const title = claim ? `${t('claims.claim')} ${claim.reference}` : t('claims.claim');
  const done = (next: ClaimView) => loaded.setData(next);
  const stage = claim?.handling.stage;
  return (
    <div className="stack">
      <section className="panel">
        <p className="breadcrumb">
          <Link to="/claims">{t('claims.back')}</Link>
        </p>
        <ScreenHeading title={title}>{title}</ScreenHeading>
        <ErrorAlert>{loaded.error ? errorText(loaded.error) : null}</ErrorAlert>
        {!claim && !loaded.error ? <Loading /> : null}
      </section>
      {claim ? (
        <>
          <section className="panel" aria-labelledby="claim-facts">
            <h2 id="claim-facts">{t('claims.claim')}</h2>
            <dl className="facts" data-testid="claim-facts">
              <div>
                <dt>{t('claims.crime')}</dt>
                <dd>
                  {codeName(t, 'compensationCrime', claim.crime)}, {formatDate(claim.crimeOn, language)}
                </dd>
              </div>
              <div>
                <dt>{t('claims.amount')}</dt>
                <dd>{claim.amountEur !== null ? euros(claim.amountEur, language) : '—'}</dd>
              </div>
              <div>
                <dt>{t('claims.pathway')}</dt>
                <dd>{codeName(t, 'pathway', claim.pathway)}</dd>
              </div>
              <div>
                <dt>{t('claims.resident')}</dt>
                <dd>{claim.lawfullyResidentInEu ? t('claims.yes') : t('claims.no')}</dd>
              </div>
              <div>
                <dt>{t('claims.sentBy')}</dt>
                <dd>{localName(claim.sentBy.name, language)}</dd>
              </div>
            </dl>
            {claim.eligibility.eligible ? (
              <p className="alert alert-success" data-testid="claim-eligibility">
                {t('claims.conditionsMet')}
              </p>
            ) : (
              <div className="alert alert-warn" data-testid="claim-eligibility">
                <p>{t('claims.conditionsNotMet')}</p>
                <ul>
                  {claim.eligibility.reasons.map((reason) => (
                    <li key={reason}>{codeName(t, 'compensationReason', reason)}</li>
                  ))}
                </ul>
              </div>
            )}
          </section>
          <section className="panel" aria-labelledby="claim-handling">
            <h2 id="claim-handling">{t('claims.handling')}</h2>
            <ClaimHandling handling={claim.handling} testId="claim-handling-view" />
            {stage === 'sent' ? (
              <Reveal label={t('claims.receive')} testId="claim-receive-open">
                {(close) => (
                  <ReceiveForm
                    claim={claim}
                    done={(next) => {
                      done(next);
                      close();
                    }}
                  />
                )}
              </Reveal>
            ) : null}
            {stage === 'received' || stage === 'documents_requested' ? (
              <div className="stack">
                <Reveal label={t('claims.requestDocuments')} testId="claim-documents-open">
                  {(close) => (
                    <RequestDocumentsForm
                      claim={claim}
                      done={(next) => {
                        done(next);
                        close();
                      }}
                    />
                  )}
                </Reveal>
                <Reveal label={t('claims.decide')} testId="claim-decide-open">
                  {(close) => (
                    <DecideForm
                      claim={claim}
                      done={(next) => {
                        done(next);
                        close();
                      }}
                    />
                  )}
                </Reveal>
              </div>
            ) : null}
          </section>
        </>
      ) : null}
    </div>
  );
}
