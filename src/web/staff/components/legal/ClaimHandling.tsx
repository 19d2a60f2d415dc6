import { useTranslation } from 'react-i18next';
import { formatDate, localName } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { euros } from '../assistance/describe.ts';
import type { ClaimView } from './types.ts';

/** How the Ministry of Justice handles a claim, step by step: the team's and the Ministry's screens alike. */
export function ClaimHandling({ handling, testId }: { handling: ClaimView['handling']; testId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const day = (iso: string) => formatDate(iso, language);
  return (
    <div className="claim-handling" data-testid={testId}>
      <p>
        <strong>{localName(handling.authority.name, language)}</strong>{' '}
        <span className="badge">{codeName(t, 'claimStage', handling.stage)}</span>
      </p>
      <ul className="plain-list">
        <li>{t('assistance.legal.sentOn', { date: day(handling.sentOn) })}</li>
        {handling.receivedOn ? (
          <li>{t('assistance.legal.receivedOn', { date: day(handling.receivedOn) })}</li>
        ) : null}
        {handling.documentsRequestedOn ? (
          <li>
            {t('assistance.legal.documentsRequested', { date: day(handling.documentsRequestedOn) })}{' '}
            {handling.documents ? <span className="pre-line">{handling.documents}</span> : null}
          </li>
        ) : null}
      </ul>
      {handling.decision && handling.decidedOn ? (
        <div
          className={handling.decision === 'refused' ? 'alert alert-warn' : 'alert alert-success'}
          data-testid={`${testId}-decision`}
        >
          <p>
            <strong>{codeName(t, 'claimDecision', handling.decision)}</strong> ·{' '}
            {t('assistance.legal.decidedOn', { date: day(handling.decidedOn) })}
          </p>
          {handling.decidedAmountEur !== null ? (
            <p>
              {t('assistance.legal.decisionAmount', { amount: euros(handling.decidedAmountEur, language) })}
            </p>
          ) : null}
          {handling.decisionReason ? (
            <p className="pre-line">
              {t('assistance.legal.decisionReason')} {handling.decisionReason}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
