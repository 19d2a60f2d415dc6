import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { TotpEnrolmentPanel } from '../components/TotpEnrolmentPanel.tsx';
import { useSession } from '../session.ts';

/** Sign-in step for users whose organisation requires two-step verification they have not set up yet. */
export function TotpEnrolment() {
  const { t } = useTranslation();
  const { setSession } = useSession();
  const title = t('enrol.title');
  return (
    <section className="panel medium">
      <ScreenHeading title={title}>{title}</ScreenHeading>
      <p className="lead">{t('enrol.required')}</p>
      <TotpEnrolmentPanel onDone={setSession} />
    </section>
  );
}
