import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { AuditVerification } from '../../contract/audit.ts';
import { formatNumber } from '../../format.ts';
import { ErrorAlert } from '../Alerts.tsx';
import { useErrorText } from '../useErrorText.ts';

/** Asks the server to recompute the audit trail's hash chain and shows the result. */
export function VerifyChain() {
  const { t, i18n } = useTranslation();
  const { errorText } = useErrorText();
  const [result, setResult] = useState<AuditVerification | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const verify = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await api.verifyAudit());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const checked = result ? formatNumber(result.checked, i18n.language) : '';
  return (
    <div>
      <p>{t('audit.verify.intro')}</p>
      <button
        type="button"
        className="button-secondary"
        disabled={busy}
        data-testid="audit-verify"
        onClick={() => void verify()}
      >
        {busy ? t('audit.verify.running') : t('audit.verify.button')}
      </button>
      <div role="status" className="status-region" data-testid="audit-verify-result">
        {result?.ok ? <div className="alert alert-success">{t('audit.verify.ok', { checked })}</div> : null}
      </div>
      {result && !result.ok ? (
        <ErrorAlert>
          {result.firstBrokenSeq === null
            ? t('audit.verify.brokenUnknown', { checked })
            : t('audit.verify.broken', { checked, seq: result.firstBrokenSeq })}
        </ErrorAlert>
      ) : null}
      {error ? <ErrorAlert>{errorText(error)}</ErrorAlert> : null}
    </div>
  );
}
