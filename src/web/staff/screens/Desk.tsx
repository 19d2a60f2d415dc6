import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/Alerts.tsx';
import { CaseRows } from '../components/cases/CaseRow.tsx';
import { byUrgency } from '../components/cases/order.ts';
import { DuplicateList } from '../components/desk/DuplicateList.tsx';
import { ReferralInboxList } from '../components/referrals/ReferralInboxList.tsx';
import { useAnswered } from '../components/referrals/useAnswered.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { useLoaded } from '../components/useLoaded.ts';
import { WorkDeadlines } from '../components/work/WorkDeadlines.tsx';
import { WorkSection } from '../components/work/WorkSection.tsx';
import type { DeskView, ReferralView } from '../contract/cases.ts';
import { Loading } from './Loading.tsx';

/** The national coordinator's desk: what came in, what waits for a decision, what is due, what may be twice. */
export function Desk() {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const load = useCallback(() => api.desk(), []);
  const desk = useLoaded<DeskView>(load);
  const { answered, message } = useAnswered();
  const title = t('desk.title');

  // An answer or a resolution changes what the desk shows (deadlines move on): read it again.
  const onAnswered = (referral: ReferralView): void => {
    answered(referral);
    desk.reload();
  };
  const view = desk.data;
  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={title}>{title}</ScreenHeading>
        <p className="lead">{t('desk.intro')}</p>
      </section>
      <ErrorAlert>{desk.error ? errorText(desk.error) : null}</ErrorAlert>
      {!view && !desk.error ? <Loading /> : null}
      {view ? (
        <>
          <WorkSection
            anchored={false}
            id="desk-referrals"
            title={t('desk.newReferrals')}
            count={view.newReferrals.length}
          >
            {message}
            <ReferralInboxList items={view.newReferrals} onAnswered={onAnswered} />
          </WorkSection>
          <WorkSection
            anchored={false}
            id="desk-identification"
            title={t('desk.pendingIdentification')}
            count={view.pendingIdentification.length}
          >
            <CaseRows
              cases={[...view.pendingIdentification].sort(byUrgency)}
              empty={t('desk.nonePending')}
              testId="desk-pending"
            />
          </WorkSection>
          <WorkSection
            anchored={false}
            id="desk-deadlines"
            title={t('desk.deadlines')}
            count={view.deadlines.length}
          >
            <WorkDeadlines items={view.deadlines} empty={t('desk.noDeadlines')} testId="desk-deadlines" />
          </WorkSection>
          <WorkSection
            anchored={false}
            id="desk-duplicates"
            title={t('desk.duplicates')}
            count={view.duplicates.length}
          >
            <DuplicateList items={view.duplicates} onResolved={desk.reload} />
          </WorkSection>
        </>
      ) : null}
    </div>
  );
}
