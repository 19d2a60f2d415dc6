import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { activeMembership, useAuthenticatedSession } from '../../session.ts';
import { InfoNote } from '../Alerts.tsx';
import { ActionForm } from '../cases/ActionForm.tsx';
import { Reveal } from '../cases/Reveal.tsx';
import { TextAreaField } from '../Field.tsx';
import { assistanceApi } from './api.ts';
import { CodeBadge } from './CodeBadge.tsx';
import { byLine } from './describe.ts';
import { PrintLinks } from './PrintLinks.tsx';
import type { CardView } from './types.ts';
import type { AssistanceTabProps, RecordAssistance } from './useAssistance.ts';

/** Who may issue a card (the server's rule "card.issue"): the support service working the case, or the coordinator. */
const ISSUERS = new Set(['case_worker', 'organisation_manager', 'national_coordinator']);
const CARD_LANGUAGES = ['lt', 'en'] as const;

function RevokeCard({ card, record, done }: { card: CardView; record: RecordAssistance; done: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <ActionForm
      label={t('assistance.card.revoke')}
      submitLabel={t('assistance.card.revoke')}
      testId={`card-revoke-${card.number}`}
      danger
      check={() => ({ reason: !reason.trim() && t('validation.required') })}
      onSubmit={() => record((id) => assistanceApi.revokeCard(id, card.id, reason.trim())).then(done)}
    >
      {(errors) => (
        <TextAreaField
          id={`card-revoke-reason-${card.id}`}
          label={t('assistance.card.revokeReason')}
          rows={2}
          maxLength={500}
          value={reason}
          onValueChange={setReason}
          required
          error={errors.reason}
        />
      )}
    </ActionForm>
  );
}

/**
 * The confirm step before a card is issued: what will happen, and, when a card is still valid, that
 * it is revoked at once, with the reason why (the server refuses a second valid card without one).
 */
function IssueCard({
  valid,
  record,
  done,
}: {
  valid: CardView | null;
  record: RecordAssistance;
  done: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <ActionForm
      label={t('assistance.card.confirmTitle')}
      submitLabel={t('assistance.card.confirm')}
      testId="card-issue-form"
      marksRequired={valid !== null}
      check={() => ({ reason: valid !== null && !reason.trim() && t('validation.required') })}
      onSubmit={() =>
        record((id) => assistanceApi.issueCard(id, valid ? reason.trim() : undefined)).then(done)
      }
    >
      {(errors) => (
        <>
          <h4>{t('assistance.card.confirmTitle')}</h4>
          <p>{t('assistance.card.confirmWhat')}</p>
          {valid ? (
            <>
              <p data-testid="card-issue-replaces">
                <strong>{t('assistance.card.confirmReplaces', { number: valid.number })}</strong>
              </p>
              <TextAreaField
                id="card-issue-reason"
                label={t('assistance.card.replaceReason', { number: valid.number })}
                rows={2}
                maxLength={500}
                value={reason}
                onValueChange={setReason}
                required
                error={errors.reason ?? errors['body.reason']}
              />
            </>
          ) : null}
        </>
      )}
    </ActionForm>
  );
}

/** The Human Trafficking Victim Identification Card (seed 000): issued, printed, revoked. */
export function CardTab({ caseView, assistance, record }: AssistanceTabProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const role = activeMembership(useAuthenticatedSession())?.role ?? '';
  const refusals = assistance.cardRefusals;
  const valid = assistance.cards.find((card) => card.status === 'valid') ?? null;
  return (
    <div className="tab-body">
      <p>{t('assistance.card.intro')}</p>
      {refusals.length > 0 ? (
        <InfoNote>
          <p>{t('assistance.card.cannot')}</p>
          <ul data-testid="card-refusals">
            {refusals.map((code) => (
              <li key={code}>{codeName(t, 'cardRefusal', code)}</li>
            ))}
          </ul>
        </InfoNote>
      ) : null}
      {ISSUERS.has(role) ? (
        <div>
          {refusals.length > 0 ? (
            <button type="button" className="button-primary" disabled data-testid="card-issue">
              {t('assistance.card.issue')}
            </button>
          ) : (
            <Reveal label={t('assistance.card.issue')} testId="card-issue">
              {(close) => <IssueCard valid={valid} record={record} done={close} />}
            </Reveal>
          )}
        </div>
      ) : null}
      <h3>{t('assistance.card.issued')}</h3>
      {assistance.cards.length === 0 ? (
        <p className="muted">{t('assistance.card.none')}</p>
      ) : (
        <ul className="plain-list divided-list" data-testid="card-list">
          {assistance.cards.map((card) => (
            <li key={card.id}>
              <strong>{card.number}</strong> <CodeBadge list="cardStatus" code={card.status} />
              <span className="cell-detail">
                {t('assistance.card.line', {
                  issued: formatDate(card.issuedAt, language),
                  until: formatDate(card.validUntil, language),
                  by: byLine(card.issuedBy, language),
                })}
              </span>
              {card.status === 'valid' ? (
                <>
                  <PrintLinks
                    label={t('assistance.card.print')}
                    languages={CARD_LANGUAGES}
                    href={(lang) => assistanceApi.cardPdfUrl(caseView.id, card.id, lang)}
                    testId={`card-pdf-${card.number}`}
                  />
                  <p>
                    <a href={card.verifyPath} target="_blank" rel="noopener">
                      {t('assistance.card.verify')}
                    </a>
                  </p>
                  {ISSUERS.has(role) ? (
                    <Reveal label={t('assistance.card.revoke')} testId={`card-revoke-open-${card.number}`}>
                      {(close) => <RevokeCard card={card} record={record} done={close} />}
                    </Reveal>
                  ) : null}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
