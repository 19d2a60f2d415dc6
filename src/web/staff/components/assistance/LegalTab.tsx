import { useTranslation } from 'react-i18next';
import { formatDate, localName } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { Reveal } from '../cases/Reveal.tsx';
import { ClaimHandling } from '../legal/ClaimHandling.tsx';
import { SendClaim } from '../legal/SendClaim.tsx';
import { CodeBadge } from './CodeBadge.tsx';
import { CompensationForm } from './CompensationForm.tsx';
import { byLine, euros } from './describe.ts';
import { InvestigationForm } from './InvestigationForm.tsx';
import { LegalStepForm } from './LegalStepForm.tsx';
import { LegalSteps } from './LegalSteps.tsx';
import type { AssistanceTabProps } from './useAssistance.ts';

/** The investigation, protection and legal aid, and the compensation claim with its chances. */
export function LegalTab({ caseView, assistance, record }: AssistanceTabProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const day = (iso: string) => formatDate(iso, language);
  const { investigation, compensation } = assistance.legal;
  const can = assistance.canRecord;
  return (
    <div className="tab-body">
      <h3>{t('assistance.legal.investigation')}</h3>
      {investigation ? (
        <p data-testid="investigation">
          <strong>{codeName(t, 'institution', investigation.institution)}</strong>
          {investigation.caseNumber
            ? `, ${t('assistance.legal.number', { number: investigation.caseNumber })}`
            : null}
          {investigation.startedOn
            ? `, ${t('assistance.legal.since', { date: day(investigation.startedOn) })}`
            : null}
          {investigation.closedOn
            ? `, ${t('assistance.legal.closed', {
                date: day(investigation.closedOn),
                outcome: investigation.outcome
                  ? codeName(t, 'investigationOutcome', investigation.outcome)
                  : '',
              })}`
            : null}
          {investigation.recordedBy ? (
            <span className="cell-detail">
              {t('assistance.legal.recordedBy', {
                organisation: localName(investigation.recordedBy.name, language),
              })}
            </span>
          ) : null}
          {investigation.officerName || investigation.officerContact ? (
            <span className="cell-detail">
              {t('assistance.legal.officer')}:{' '}
              {[investigation.officerName, investigation.officerContact].filter(Boolean).join(', ')}
            </span>
          ) : null}
        </p>
      ) : (
        <p className="muted">{t('assistance.legal.noInvestigation')}</p>
      )}
      {can ? (
        <Reveal
          label={investigation ? t('assistance.change') : t('assistance.legal.linkInvestigation')}
          testId="investigation-open"
        >
          {(close) => <InvestigationForm saved={investigation} record={record} done={close} />}
        </Reveal>
      ) : null}

      <h3>{t('assistance.legal.steps')}</h3>
      <LegalSteps
        steps={assistance.legal.steps}
        canRecord={can}
        record={record}
        byLine={(s) => byLine(s, language)}
      />
      {can ? (
        <Reveal label={t('assistance.legal.addStep')} testId="legal-step-open">
          {(close) => <LegalStepForm record={record} done={close} />}
        </Reveal>
      ) : null}

      <h3>{t('assistance.legal.compensation')}</h3>
      {compensation ? (
        <div data-testid="compensation">
          <p>
            <strong>{codeName(t, 'compensationCrime', compensation.crime)}</strong>,{' '}
            {day(compensation.crimeOn)} <CodeBadge list="compensationStatus" code={compensation.status} />
            {compensation.filedOn ? (
              <span className="cell-detail">
                {t('assistance.legal.filed', { date: day(compensation.filedOn) })}
              </span>
            ) : null}
            {compensation.amountEur !== null ? (
              <span className="cell-detail">{euros(compensation.amountEur, language)}</span>
            ) : null}
          </p>
          {compensation.eligibility.eligible ? (
            <p className="alert alert-success" data-testid="compensation-eligibility">
              {t('assistance.legal.eligible')}
            </p>
          ) : (
            <div className="alert alert-warn" data-testid="compensation-eligibility">
              <p>{t('assistance.legal.notEligible')}</p>
              <ul>
                {compensation.eligibility.reasons.map((reason) => (
                  <li key={reason}>{codeName(t, 'compensationReason', reason)}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      ) : (
        <p className="muted">{t('assistance.legal.noCompensation')}</p>
      )}
      {compensation?.ministry ? (
        <>
          <h4>{t('assistance.legal.ministry')}</h4>
          <ClaimHandling handling={compensation.ministry} testId="compensation-ministry" />
        </>
      ) : null}
      {can && compensation && !compensation.ministry ? (
        <SendClaim version={compensation.version} record={record} />
      ) : null}
      {can && !compensation?.ministry ? (
        <Reveal
          label={compensation ? t('assistance.change') : t('assistance.legal.recordClaim')}
          testId="compensation-open"
        >
          {(close) => (
            <CompensationForm
              saved={compensation}
              thirdCountry={caseView.citizenshipPathway === 'third_country'}
              record={record}
              done={close}
            />
          )}
        </Reveal>
      ) : null}
    </div>
  );
}
