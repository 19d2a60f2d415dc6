import { type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { type AlertSettingsView, DELIVERIES, type Delivery } from '../../contract/alerts.ts';
import { ErrorAlert, InfoNote, StatusMessage } from '../Alerts.tsx';
import { alertAudience, alertTitle, deliveryKey } from '../alerts/words.ts';
import { rethrowRefusal } from '../cases/refusals.ts';
import { SelectField } from '../Field.tsx';
import { useErrorText } from '../useErrorText.ts';
import { useLoaded } from '../useLoaded.ts';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

function hourText(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/**
 * How each kind of alert reaches this person: at once by e-mail, in a daily e-mail at the hour they
 * choose (Vilnius time), or only in the app. The mandatory ones always reach them by e-mail.
 */
export function AlertSettingsSection() {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const load = useCallback(() => api.alertSettings(), []);
  const settings = useLoaded<AlertSettingsView>(load);
  if (settings.error) return <ErrorAlert>{errorText(settings.error)}</ErrorAlert>;
  if (!settings.data) return <p className="loading">{t('common.loading')}</p>;
  return <AlertSettingsForm view={settings.data} onSaved={settings.setData} />;
}

/** The choices as the server holds them, changed and saved together. */
export function AlertSettingsForm({
  view,
  onSaved,
}: {
  view: AlertSettingsView;
  onSaved: (view: AlertSettingsView) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { errorText } = useErrorText();
  const [deliveries, setDeliveries] = useState<Record<string, Delivery>>(() =>
    Object.fromEntries(view.kinds.map((k) => [k.kind, k.delivery])),
  );
  const [digestHour, setDigestHour] = useState(view.digestHour);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const answer = await api.saveAlertSettings({ digestHour, deliveries }).catch(rethrowRefusal);
      onSaved(answer);
      setSaved(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="alert-settings"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="alert-settings-heading"
      data-testid="alert-settings"
    >
      <p>{t('alerts.settings.intro')}</p>
      {view.mailConfigured ? null : (
        <InfoNote>
          <span data-testid="alert-settings-no-mail">{t('alerts.settings.noMail')}</span>
        </InfoNote>
      )}
      <SelectField
        id="alert-digest-hour"
        label={t('alerts.settings.digestHour')}
        hint={t('alerts.settings.digestHourHint')}
        value={String(digestHour)}
        onValueChange={(value) => setDigestHour(Number(value))}
        options={HOURS.map((hour) => ({ value: String(hour), label: hourText(hour) }))}
        className="field-short"
      />
      <ul className="plain-list divided-list alert-settings-list">
        {view.kinds.map((setting) => (
          <li key={setting.kind} className="alert-setting">
            <SelectField
              id={`alert-delivery-${setting.kind}`}
              testId={`alert-delivery-${setting.kind}`}
              label={alertTitle(setting.kind, language)}
              hint={[
                t('alerts.settings.audience', { audience: alertAudience(setting.kind, language) }),
                setting.mandatory ? t('alerts.settings.mandatory') : null,
              ]
                .filter(Boolean)
                .join(' ')}
              value={deliveries[setting.kind] ?? setting.delivery}
              onValueChange={(value) => setDeliveries({ ...deliveries, [setting.kind]: value as Delivery })}
              options={DELIVERIES.map((delivery) => ({
                value: delivery,
                label: t(deliveryKey(delivery)),
                disabled: setting.mandatory && delivery === 'app',
              }))}
            />
          </li>
        ))}
      </ul>
      <ErrorAlert>{error ? errorText(error) : null}</ErrorAlert>
      <StatusMessage>{saved ? t('alerts.settings.saved') : null}</StatusMessage>
      <button type="submit" className="button-primary" disabled={busy} data-testid="alert-settings-save">
        {t('alerts.settings.save')}
      </button>
    </form>
  );
}
