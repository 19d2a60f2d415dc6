import { useTranslation } from 'react-i18next';
import { Link } from '../components/Link.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';

/** Shown for an address that does not exist or that the acting role may not open. */
export function NotAvailable({ reason }: { reason: 'forbidden' | 'not_found' }) {
  const { t } = useTranslation();
  const title = t(`notAvailable.${reason}.title`);
  return (
    <section className="panel narrow">
      <ScreenHeading title={title}>{title}</ScreenHeading>
      <p>{t(`notAvailable.${reason}.body`)}</p>
      <p>
        <Link to="/">{t('notAvailable.backHome')}</Link>
      </p>
    </section>
  );
}
