import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeOptions } from '../../labels.ts';
import { todayInVilnius } from '../../time.ts';
import { numberOrUndefined } from '../assistance/describe.ts';
import { CLAIM_DECISIONS } from '../assistance/types.ts';
import { ActionForm } from '../cases/ActionForm.tsx';
import { DateField, SelectField, TextAreaField, TextField } from '../Field.tsx';
import { legalApi } from './api.ts';
import type { ClaimView } from './types.ts';

type Decision = (typeof CLAIM_DECISIONS)[number];
type Props = { claim: ClaimView; done: (next: ClaimView) => void };

const dayCheck = (t: (key: string) => string, value: string, today: string) =>
  (!value && t('validation.required')) || (value > today && t('assistance.notInFuture'));

/** Record that the claim arrived. */
export function ReceiveForm({ claim, done }: Props) {
  const { t } = useTranslation();
  const today = todayInVilnius();
  const [receivedOn, setReceivedOn] = useState(today);
  return (
    <ActionForm
      label={t('claims.receive')}
      submitLabel={t('claims.receive')}
      testId="claim-receive-form"
      check={() => ({ receivedOn: dayCheck(t, receivedOn, today) })}
      onSubmit={() =>
        legalApi.stepOnClaim(claim.caseId, { step: 'receive', receivedOn, version: claim.version }).then(done)
      }
    >
      {(errors) => (
        <DateField
          id="claim-received-on"
          label={t('claims.receivedOn')}
          value={receivedOn}
          onValueChange={setReceivedOn}
          max={today}
          error={errors.receivedOn}
        />
      )}
    </ActionForm>
  );
}

/** Ask the team for documents the claim needs. */
export function RequestDocumentsForm({ claim, done }: Props) {
  const { t } = useTranslation();
  const today = todayInVilnius();
  const [requestedOn, setRequestedOn] = useState(today);
  const [documents, setDocuments] = useState('');
  return (
    <ActionForm
      label={t('claims.requestDocuments')}
      submitLabel={t('claims.requestDocuments')}
      testId="claim-documents-form"
      marksRequired
      check={() => ({
        requestedOn: dayCheck(t, requestedOn, today),
        documents: !documents.trim() && t('validation.required'),
      })}
      onSubmit={() =>
        legalApi
          .stepOnClaim(claim.caseId, {
            step: 'request_documents',
            requestedOn,
            documents: documents.trim(),
            version: claim.version,
          })
          .then(done)
      }
    >
      {(errors) => (
        <div className="form-grid">
          <DateField
            id="claim-requested-on"
            label={t('claims.requestedOn')}
            value={requestedOn}
            onValueChange={setRequestedOn}
            max={today}
            error={errors.requestedOn}
          />
          <TextAreaField
            id="claim-documents"
            label={t('claims.documents')}
            value={documents}
            onValueChange={setDocuments}
            maxLength={2000}
            rows={3}
            required
            error={errors.documents}
          />
        </div>
      )}
    </ActionForm>
  );
}

/** The decision: granted or an advance with an amount, refused with a reason. */
export function DecideForm({ claim, done }: Props) {
  const { t } = useTranslation();
  const today = todayInVilnius();
  const [decision, setDecision] = useState<Decision>('granted');
  const [decidedOn, setDecidedOn] = useState(today);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const refused = decision === 'refused';
  return (
    <ActionForm
      label={t('claims.decide')}
      submitLabel={t('claims.decide')}
      testId="claim-decide-form"
      marksRequired
      check={() => ({
        decidedOn: dayCheck(t, decidedOn, today),
        amountEur:
          !refused && !((numberOrUndefined(amount) ?? 0) > 0) && t('assistance.services.amountRange'),
        reason: refused && !reason.trim() && t('validation.required'),
      })}
      onSubmit={() =>
        legalApi
          .stepOnClaim(
            claim.caseId,
            decision === 'refused'
              ? { step: 'decide', decision, decidedOn, reason: reason.trim(), version: claim.version }
              : {
                  step: 'decide',
                  decision,
                  decidedOn,
                  amountEur: numberOrUndefined(amount) ?? 0,
                  version: claim.version,
                },
          )
          .then(done)
      }
    >
      {(errors) => (
        <div className="form-grid">
          <SelectField
            id="claim-decision"
            label={t('claims.decision')}
            value={decision}
            onValueChange={(value) => setDecision(value as Decision)}
            options={codeOptions(t, 'claimDecision', CLAIM_DECISIONS)}
            required
            error={errors.decision}
          />
          <DateField
            id="claim-decided-on"
            label={t('claims.decidedOn')}
            value={decidedOn}
            onValueChange={setDecidedOn}
            max={today}
            error={errors.decidedOn}
          />
          {refused ? (
            <TextAreaField
              id="claim-reason"
              label={t('claims.reason')}
              value={reason}
              onValueChange={setReason}
              maxLength={2000}
              rows={3}
              required
              error={errors.reason}
            />
          ) : (
            <TextField
              id="claim-amount"
              label={t('claims.decidedAmount')}
              value={amount}
              onValueChange={setAmount}
              inputMode="decimal"
              required
              error={errors.amountEur}
            />
          )}
        </div>
      )}
    </ActionForm>
  );
}
