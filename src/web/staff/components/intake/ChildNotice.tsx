import { useTranslation } from 'react-i18next';
import { InfoNote } from '../Alerts.tsx';

/** A child is always referred to child protection: said wherever a child is recorded. */
export function ChildNotice() {
  const { t } = useTranslation();
  return (
    <InfoNote>
      <strong>{t('intake.child.title')}</strong> {t('intake.child.body')}
    </InfoNote>
  );
}
