import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/Alerts.tsx';
import { CaseRows } from '../components/cases/CaseRow.tsx';
import { byUrgency } from '../components/cases/order.ts';
import { HomeInbox } from '../components/HomeInbox.tsx';
import { HomeShortcuts } from '../components/HomeShortcuts.tsx';
import { Link } from '../components/Link.tsx';
import { WaitingApprovals } from '../components/review/WaitingApprovals.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { SignedInAs } from '../components/SignedInAs.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { useLoaded } from '../components/useLoaded.ts';
import { WaitingReferrals } from '../components/work/WaitingReferrals.tsx';
import { WorkDeadlines } from '../components/work/WorkDeadlines.tsx';
import { WorkSection } from '../components/work/WorkSection.tsx';
import type { MyWork as MyWorkView } from '../contract/cases.ts';
import { formatNumber } from '../format.ts';
import { activeMembership, useAuthenticatedSession } from '../session.ts';

type Counts = MyWorkView['counts'];
const COUNTS: { key: keyof Counts; anchor: string }[] = [
  { key: 'overdue', anchor: '#work-deadlines' },
  { key: 'dueSoon', anchor: '#work-deadlines' },
  { key: 'referralsWaiting', anchor: '#work-referrals' },
  { key: 'cases', anchor: '#work-cases' },
  { key: 'unassigned', anchor: '#work-unassigned' },
];

/** The figures at the top: each says how many, and leads to the part of the page that lists them. */
export function WorkCounts({ counts }: { counts: Counts }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="work-counts" data-testid="work-counts">
      {COUNTS.map(({ key, anchor }) => (
        <li
          key={key}
          className={key === 'overdue' && counts.overdue > 0 ? 'work-count work-count-alarm' : 'work-count'}
        >
          <a href={anchor} className="work-count-link" data-testid={`work-count-${key}`}>
            <span className="work-count-number">{formatNumber(counts[key], i18n.language)}</span>
            <span className="work-count-label">{t(`work.counts.${key}`)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * "My work", the home screen of those who work on cases: how much there is, my deadlines overdue
 * first, the referrals waiting for my organisation, my cases and the cases nobody has taken yet.
 */
export function MyWork() {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const session = useAuthenticatedSession();
  const membership = activeMembership(session);
  const role = membership?.role;
  const load = useCallback(() => api.myWork(), []);
  const work = useLoaded(load);
  const view = work.data;
  const title = t('work.title');
  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={title}>{title}</ScreenHeading>
        <SignedInAs />
        {view ? <WorkCounts counts={view.counts} /> : null}
      </section>

      <section className="panel" aria-labelledby="inbox-heading">
        <h2 id="inbox-heading">{t('home.inbox')}</h2>
        {/* When "My work" cannot be read, the inbox still counts what it can. */}
        {view || work.error ? (
          <HomeInbox role={role ?? ''} work={view ? view.counts : undefined} />
        ) : (
          <p className="loading">{t('common.loading')}</p>
        )}
      </section>

      <ErrorAlert>{work.error ? errorText(work.error) : null}</ErrorAlert>
      {view ? (
        <>
          <WorkSection id="work-deadlines" title={t('work.deadlines')} count={view.deadlines.length}>
            <WorkDeadlines items={view.deadlines} />
          </WorkSection>
          {view.approvals.length > 0 ? (
            <WorkSection id="work-approvals" title={t('review.work.title')} count={view.approvals.length}>
              <WaitingApprovals items={view.approvals} />
            </WorkSection>
          ) : null}
          <WorkSection id="work-referrals" title={t('work.referrals')} count={view.referrals.length}>
            <WaitingReferrals items={view.referrals} />
          </WorkSection>
          <WorkSection id="work-cases" title={t('work.cases')} count={view.cases.length}>
            <CaseRows cases={[...view.cases].sort(byUrgency)} empty={t('work.noCases')} testId="work-cases" />
          </WorkSection>
          <WorkSection id="work-unassigned" title={t('work.unassigned')} count={view.unassigned.length}>
            <p className="muted">
              {t(role === 'organisation_manager' ? 'work.unassignedHintManager' : 'work.unassignedHint')}{' '}
              {role === 'organisation_manager' ? <Link to="/caseload">{t('nav.caseload')}</Link> : null}
            </p>
            <CaseRows
              cases={[...view.unassigned].sort(byUrgency)}
              empty={t('work.noUnassigned')}
              testId="work-unassigned"
            />
          </WorkSection>
        </>
      ) : null}

      <HomeShortcuts role={role} />
    </div>
  );
}
