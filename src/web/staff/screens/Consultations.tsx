import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../components/Alerts.tsx';
import { assistanceApi } from '../components/assistance/api.ts';
import { ConsultationForm } from '../components/consultations/ConsultationForm.tsx';
import { ConsultationLog } from '../components/consultations/ConsultationLog.tsx';
import { DateField } from '../components/Field.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { useLoaded } from '../components/useLoaded.ts';
import { todayInVilnius } from '../time.ts';

/** IOM's Migration Information Centre (seed 003): a quick, anonymous log of consultations, counted by topic. */
export function Consultations() {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const today = todayInVilnius();
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const [saved, setSaved] = useState(false);
  const load = useCallback(() => assistanceApi.consultations({ from, to }), [from, to]);
  const log = useLoaded(load);
  const title = t('consultations.title');
  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={title}>{title}</ScreenHeading>
        <p className="lead">{t('consultations.intro')}</p>
      </section>
      <section className="panel" aria-labelledby="consultation-new-heading">
        <h2 id="consultation-new-heading">{t('consultations.new')}</h2>
        <ConsultationForm
          onRecorded={() => {
            setSaved(true);
            log.reload();
          }}
        />
        <StatusMessage>{saved ? t('consultations.saved') : null}</StatusMessage>
      </section>
      <section className="panel" aria-labelledby="consultation-log-heading">
        <h2 id="consultation-log-heading">{t('consultations.log')}</h2>
        <div className="form-grid consultation-period">
          <DateField
            id="consultations-from"
            label={t('consultations.from')}
            value={from}
            onValueChange={setFrom}
          />
          <DateField id="consultations-to" label={t('consultations.to')} value={to} onValueChange={setTo} />
        </div>
        <ErrorAlert>{log.error ? errorText(log.error) : null}</ErrorAlert>
        {log.data ? (
          <ConsultationLog list={log.data} />
        ) : log.error ? null : (
          <p className="loading">{t('common.loading')}</p>
        )}
      </section>
    </div>
  );
}
