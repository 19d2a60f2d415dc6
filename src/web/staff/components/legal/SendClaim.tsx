import { useTranslation } from 'react-i18next';
import { InfoNote } from '../Alerts.tsx';
import type { RecordAssistance } from '../assistance/useAssistance.ts';
import { ActionForm } from '../cases/ActionForm.tsx';
import { legalApi } from './api.ts';

/** The team sends the saved claim to the Ministry of Justice; without the person's consent it is refused. */
export function SendClaim({ version, record }: { version: number; record: RecordAssistance }) {
  const { t } = useTranslation();
  return (
    <ActionForm
      label={t('assistance.legal.sendClaim')}
      submitLabel={t('assistance.legal.sendClaim')}
      testId="compensation-send"
      onSubmit={() => record((id) => legalApi.sendClaim(id, version))}
    >
      {() => <InfoNote>{t('assistance.legal.sendHint')}</InfoNote>}
    </ActionForm>
  );
}
