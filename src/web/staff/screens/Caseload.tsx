import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/Alerts.tsx';
import { CaseRows } from '../components/cases/CaseRow.tsx';
import { byUrgency } from '../components/cases/order.ts';
import { ApprovalSettings } from '../components/review/ApprovalSettings.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { useLoaded } from '../components/useLoaded.ts';
import { WorkSection } from '../components/work/WorkSection.tsx';
import type { Caseload as CaseloadView, WorkerLoad } from '../contract/cases.ts';
import { formatNumber } from '../format.ts';
import { Loading } from './Loading.tsx';

/** One worker's figures, then their cases (folded away, so that the list of workers stays short). */
export function WorkerItem({ worker }: { worker: WorkerLoad }) {
  const { t, i18n } = useTranslation();
  const n = (value: number): string => formatNumber(value, i18n.language);
  return (
    <li className="worker-load" data-testid={`worker-${worker.userId}`}>
      <h3>{worker.name}</h3>
      <dl className="glance worker-figures">
        <div>
          <dt>{t('caseload.cases')}</dt>
          <dd data-testid="worker-cases">{n(worker.cases)}</dd>
        </div>
        <div className={worker.overdue > 0 ? 'figure-alarm' : undefined}>
          <dt>{t('caseload.overdue')}</dt>
          <dd>{n(worker.overdue)}</dd>
        </div>
        <div>
          <dt>{t('caseload.dueSoon')}</dt>
          <dd>{n(worker.dueSoon)}</dd>
        </div>
      </dl>
      {worker.caseList.length > 0 ? (
        <details className="worker-cases">
          <summary>
            {t('caseload.showCases', { name: worker.name, number: n(worker.caseList.length) })}
          </summary>
          <CaseRows
            cases={[...worker.caseList].sort(byUrgency)}
            empty={t('caseload.noCases')}
            testId={`worker-case-list-${worker.userId}`}
          />
        </details>
      ) : (
        <p className="muted">{t('caseload.noCases')}</p>
      )}
    </li>
  );
}

/** A manager's view of the organisation's open cases: by worker, with what is overdue, and those nobody has. */
export function Caseload() {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const load = useCallback(() => api.caseload(), []);
  const caseload = useLoaded<CaseloadView>(load);
  const view = caseload.data;
  const title = t('caseload.title');
  // The busiest first: the most overdue, then the most cases.
  const workers = view
    ? [...view.workers].sort(
        (a, b) => b.overdue - a.overdue || b.cases - a.cases || a.name.localeCompare(b.name),
      )
    : [];
  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={title}>{title}</ScreenHeading>
        <p className="lead">{t('caseload.intro')}</p>
      </section>
      <ErrorAlert>{caseload.error ? errorText(caseload.error) : null}</ErrorAlert>
      {!view && !caseload.error ? <Loading /> : null}
      {view ? (
        <>
          <WorkSection
            id="caseload-unassigned"
            title={t('caseload.unassigned')}
            count={view.unassigned.length}
          >
            <p className="muted">{t('caseload.unassignedHint')}</p>
            <CaseRows
              cases={[...view.unassigned].sort(byUrgency)}
              empty={t('work.noUnassigned')}
              testId="caseload-unassigned"
            />
          </WorkSection>
          <WorkSection id="caseload-workers" title={t('caseload.workers')} count={view.workers.length}>
            {workers.length === 0 ? (
              <p className="empty-state">{t('caseload.noWorkers')}</p>
            ) : (
              <ul className="plain-list divided-list worker-list">
                {workers.map((worker) => (
                  <WorkerItem key={worker.userId} worker={worker} />
                ))}
              </ul>
            )}
          </WorkSection>
        </>
      ) : null}
      <ApprovalSettings />
    </div>
  );
}
