import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import type { EnrolmentConfirmation, SessionView, TotpEnrolment } from '../contract/access.ts';
import { ErrorAlert } from './Alerts.tsx';
import { TextField } from './Field.tsx';
import { RecoveryCodes } from './RecoveryCodes.tsx';
import { useErrorText } from './useErrorText.ts';
import { emptyRequired, errorsFor } from './validate.ts';

/** The secret in groups of four characters, easier to type by hand. */
function groupSecret(secret: string): string {
  return secret
    .replace(/\s+/g, '')
    .replace(/(.{4})/g, '$1 ')
    .trim();
}

function qrDataUrl(svg: string): string {
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

/**
 * Sets up an authenticator app: asks the server for a new secret, shows it as a QR code and as
 * text, checks one code from the app, then shows the recovery codes.
 */
export function TotpEnrolmentPanel({
  onDone,
  headingLevel = 2,
  started: given,
}: {
  onDone: (session: SessionView) => void;
  /** A secret already asked for (replacing a second factor, after the password and a code). */
  started?: TotpEnrolment;
  /** The level of the panel's own headings, one below the heading it sits under. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const { t } = useTranslation();
  const { errorText, fieldErrorTexts } = useErrorText();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(given ?? null);
  const [startError, setStartError] = useState<unknown>(null);
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmed, setConfirmed] = useState<EnrolmentConfirmation | null>(null);
  const started = useRef(given !== undefined);

  const start = useCallback(async () => {
    setStartError(null);
    try {
      setEnrolment(await api.startEnrolment());
    } catch (caught) {
      setStartError(caught);
    }
  }, []);

  useEffect(() => {
    // Only one secret per visit: a second request would replace the one already shown.
    if (started.current) return;
    started.current = true;
    void start();
  }, [start]);

  const confirm = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const empty = emptyRequired({ code: ['enrol-code', code] });
    setMissing(errorsFor(empty, t('validation.required')));
    if (empty.length > 0) return;
    setBusy(true);
    setConfirmError(null);
    try {
      setConfirmed(await api.confirmEnrolment(code.replace(/\s+/g, '')));
    } catch (caught) {
      // A wrong code comes back as a field error on "code" (or as the problem code invalid_code).
      const fieldMessage = fieldErrorTexts(caught).code;
      setConfirmError(fieldMessage ?? errorText(caught));
      setCode('');
      document.getElementById('enrol-code')?.focus();
    } finally {
      setBusy(false);
    }
  };

  if (confirmed) {
    return (
      <RecoveryCodes
        codes={confirmed.recoveryCodes}
        headingLevel={headingLevel}
        onDone={() => onDone(confirmed.session)}
      />
    );
  }

  if (startError) {
    return (
      <div>
        <ErrorAlert>{errorText(startError)}</ErrorAlert>
        <button type="button" className="button-secondary" onClick={() => void start()}>
          {t('common.tryAgain')}
        </button>
      </div>
    );
  }

  if (!enrolment) {
    return (
      <p className="loading" role="status">
        {t('enrol.preparing')}
      </p>
    );
  }

  return (
    <div className="enrolment">
      <ol className="steps">
        <li>
          <Heading className="step-title">{t('enrol.step1Title')}</Heading>
          <p>{t('enrol.step1Body')}</p>
        </li>
        <li>
          <Heading className="step-title">{t('enrol.step2Title')}</Heading>
          <p>{t('enrol.step2Body')}</p>
          <img
            className="qr-code"
            src={qrDataUrl(enrolment.qrSvg)}
            alt={t('enrol.qrAlt')}
            width={200}
            height={200}
          />
          <p>{t('enrol.manualIntro')}</p>
          <p className="secret">
            <span className="visually-hidden">{t('enrol.secretLabel')} </span>
            <code data-testid="totp-secret">{groupSecret(enrolment.secret)}</code>
          </p>
          <p>
            <a href={enrolment.otpauthUrl}>{t('enrol.openInApp')}</a>
          </p>
        </li>
        <li>
          <Heading className="step-title">{t('enrol.step3Title')}</Heading>
          <form onSubmit={(event) => void confirm(event)} noValidate>
            <TextField
              id="enrol-code"
              label={t('enrol.codeLabel')}
              hint={t('totp.codeHint')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              required
              className="field-code"
              value={code}
              onValueChange={setCode}
              error={missing.code}
            />
            {confirmError ? <ErrorAlert>{confirmError}</ErrorAlert> : null}
            <button type="submit" className="button-primary" data-testid="enrol-submit" disabled={busy}>
              {t('enrol.confirm')}
            </button>
          </form>
        </li>
      </ol>
    </div>
  );
}
