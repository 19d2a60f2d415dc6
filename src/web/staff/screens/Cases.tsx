import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/Alerts.tsx';
import { CaseFiltersForm } from '../components/cases/CaseFiltersForm.tsx';
import { CaseRows } from '../components/cases/CaseRow.tsx';
import { CaseSearchPanel } from '../components/cases/CaseSearchPanel.tsx';
import { byUrgency } from '../components/cases/order.ts';
import { ReferralInboxList } from '../components/referrals/ReferralInboxList.tsx';
import { useAnswered } from '../components/referrals/useAnswered.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { useLoaded } from '../components/useLoaded.ts';
import type { CaseFilters, CaseSummary, ReferralView, ReferralWithCase } from '../contract/cases.ts';
import { activeMembership, useAuthenticatedSession } from '../session.ts';

/** Roles of a support service, whose organisation answers referrals. */
const ANSWERS_REFERRALS = new Set(['case_worker', 'organisation_manager', 'return_officer']);

function Inbox({ onAccepted }: { onAccepted: () => void }) {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const load = useCallback(() => api.referralInbox().then((list) => list.items), []);
  const inbox = useLoaded<ReferralWithCase[]>(load);
  const { answered, message } = useAnswered();
  const onAnswered = (referral: ReferralView): void => {
    inbox.setData((inbox.data ?? []).filter((r) => r.id !== referral.id));
    answered(referral);
    if (referral.status === 'accepted') onAccepted();
  };
  return (
    <section className="panel" aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">{t('inbox.title')}</h2>
      {message}
      <ErrorAlert>{inbox.error ? errorText(inbox.error) : null}</ErrorAlert>
      {inbox.data ? <ReferralInboxList items={inbox.data} onAnswered={onAnswered} /> : null}
    </section>
  );
}

/** The cases this member of staff may see: filtered, the most urgent first; and referrals waiting. */
export function Cases() {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const session = useAuthenticatedSession();
  const role = activeMembership(session)?.role ?? '';
  const [filters, setFilters] = useState<CaseFilters>({});
  const load = useCallback(
    () => api.cases(filters).then((list) => [...list.items].sort(byUrgency)),
    [filters],
  );
  const cases = useLoaded<CaseSummary[]>(load);
  const title = t('cases.title');
  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={title}>{title}</ScreenHeading>
        <p className="lead">{t('cases.intro')}</p>
      </section>
      <CaseSearchPanel national={role === 'national_coordinator'} />
      {/* An accepted referral brings its case into the list. */}
      {ANSWERS_REFERRALS.has(role) ? <Inbox onAccepted={cases.reload} /> : null}
      <section className="panel" aria-labelledby="case-list-heading">
        <h2 id="case-list-heading">{t('cases.listTitle')}</h2>
        <CaseFiltersForm filters={filters} onChange={setFilters} />
        <ErrorAlert>{cases.error ? errorText(cases.error) : null}</ErrorAlert>
        {cases.data === null && !cases.error ? <p className="loading">{t('common.loading')}</p> : null}
        {cases.data ? (
          <>
            <p className="muted" role="status">
              {t('cases.count', { number: cases.data.length })}
            </p>
            <CaseRows cases={cases.data} empty={t('cases.none')} testId="case-list" />
          </>
        ) : null}
      </section>
    </div>
  );
}
