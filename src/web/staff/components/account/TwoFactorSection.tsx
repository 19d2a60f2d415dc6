import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView, TotpEnrolment } from '../../contract/access.ts';
import { useAuthenticatedSession, useSession } from '../../session.ts';
import { StatusMessage } from '../Alerts.tsx';
import { TotpEnrolmentPanel } from '../TotpEnrolmentPanel.tsx';
import { ReplaceSecondFactorProof } from './ReplaceSecondFactorProof.tsx';

export function TwoFactorSection() {
  const { t } = useTranslation();
  const session = useAuthenticatedSession();
  const { setSession } = useSession();
  const [enrolling, setEnrolling] = useState(false);
  const [done, setDone] = useState(false);
  const [replacement, setReplacement] = useState<TotpEnrolment | null>(null);

  const finish = (next: SessionView): void => {
    setEnrolling(false);
    setReplacement(null);
    setDone(true);
    setSession(next);
  };

  return (
    <div>
      <p data-testid="totp-status">
        {session.totpEnrolled ? t('account.twoFactor.on') : t('account.twoFactor.off')}
      </p>
      <StatusMessage>{done ? t('account.twoFactor.enabled') : null}</StatusMessage>
      {enrolling ? (
        <div className="nested">
          {session.totpEnrolled && !replacement ? (
            <ReplaceSecondFactorProof onProven={setReplacement} />
          ) : (
            <TotpEnrolmentPanel onDone={finish} headingLevel={3} started={replacement ?? undefined} />
          )}
          <button
            type="button"
            className="button-link"
            onClick={() => {
              setEnrolling(false);
              setReplacement(null);
            }}
          >
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <>
          {session.totpEnrolled ? <p className="muted">{t('account.twoFactor.replaceHint')}</p> : null}
          <button
            type="button"
            className="button-secondary"
            data-testid="totp-enrol-start"
            onClick={() => {
              setDone(false);
              setEnrolling(true);
            }}
          >
            {session.totpEnrolled ? t('account.twoFactor.replace') : t('account.twoFactor.setUp')}
          </button>
        </>
      )}
    </div>
  );
}
