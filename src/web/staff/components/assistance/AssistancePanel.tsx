import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import type { CaseView } from '../../contract/cases.ts';
import { codeName } from '../../labels.ts';
import { ErrorAlert, StatusMessage } from '../Alerts.tsx';
import { CasePanel } from '../cases/CasePanel.tsx';
import { useErrorText } from '../useErrorText.ts';
import { AssessmentTab } from './AssessmentTab.tsx';
import { AssistanceGlance } from './AssistanceGlance.tsx';
import { CardTab } from './CardTab.tsx';
import { LegalTab } from './LegalTab.tsx';
import { LongTermTab } from './LongTermTab.tsx';
import { PlanTab } from './PlanTab.tsx';
import { ReturnTab } from './ReturnTab.tsx';
import { RightsTab } from './RightsTab.tsx';
import { ServicesTab } from './ServicesTab.tsx';
import { Tabs } from './Tabs.tsx';
import { ASSISTANCE_TABS, type AssistanceView } from './types.ts';
import { type AssistanceTabProps, type RecordAssistance, useAssistance } from './useAssistance.ts';

type AssistanceTab = (typeof ASSISTANCE_TABS)[number];

const CONTENT: Record<AssistanceTab, (props: AssistanceTabProps) => ReactElement> = {
  rights: RightsTab,
  assessment: AssessmentTab,
  plan: PlanTab,
  services: ServicesTab,
  return: ReturnTab,
  legal: LegalTab,
  long_term: LongTermTab,
  card: CardTab,
};

/**
 * Roles that take part in assistance (the server's rule "assistance.read"); for the others the app
 * does not ask, so that opening a case writes no refused read to the audit trail.
 */
const READERS = new Set([
  'case_worker',
  'organisation_manager',
  'return_officer',
  'consular_officer',
  'national_coordinator',
]);
export const seesAssistance = (role: string | undefined) => READERS.has(role ?? '');

/** Where a case worker picks up: the first step not taken yet, else the services given day to day. */
function nextStep(assistance: AssistanceView): AssistanceTab {
  if (assistance.rights.length === 0) return 'rights';
  if (assistance.assessments.length === 0) return 'assessment';
  if (assistance.plan.items.length === 0) return 'plan';
  return 'services';
}

/** How many there are, shown on the tab so that the state of the case shows without opening it. */
function countOf(tab: AssistanceTab, assistance: AssistanceView): number {
  if (tab === 'plan') return assistance.plan.items.length;
  if (tab === 'services') return assistance.services.length;
  if (tab === 'card') return assistance.cards.filter((card) => card.status === 'valid').length;
  return 0;
}

/** The help a support service gives on a case, one tab for each part of it. */
export function AssistancePanel({ caseView, onRecorded }: { caseView: CaseView; onRecorded: () => void }) {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const { view, error, record } = useAssistance(caseView.id, onRecorded);
  const [chosen, setChosen] = useState<AssistanceTab | null>(null);
  const [savedIn, setSavedIn] = useState<AssistanceTab | null>(null);
  // A membership the server does not let read assistance (an organisation off the team) sees none.
  if (error instanceof ApiError && (error.status === 403 || error.status === 404)) return null;
  const tab = chosen ?? (view ? nextStep(view) : 'rights');
  // The tab stays where the recording was made, even when the next step moves on.
  const recordIn =
    (where: AssistanceTab): RecordAssistance =>
    async (run) => {
      setChosen(where);
      setSavedIn(null);
      await record(run);
      setSavedIn(where);
    };
  return (
    <CasePanel name="assistance" title={t('assistance.title')}>
      <ErrorAlert>{error ? errorText(error) : null}</ErrorAlert>
      {view === null ? (
        error ? null : (
          <p className="loading">{t('common.loading')}</p>
        )
      ) : (
        <>
          <AssistanceGlance assistance={view} />
          {view.canRecord ? null : (
            <p className="muted small">
              {view.canRecordReturn ? t('consular.returnOnly') : t('assistance.readOnly')}
            </p>
          )}
          <Tabs
            label={t('assistance.tabs')}
            idPrefix="assistance"
            items={ASSISTANCE_TABS.map((value) => {
              const count = countOf(value, view);
              return {
                value,
                label: (
                  <>
                    {codeName(t, 'assistanceTab', value)}
                    {count > 0 ? <span className="tab-count">{count}</span> : null}
                  </>
                ),
              };
            })}
            selected={tab}
            onSelect={setChosen}
            panel={(value) => {
              const Content = CONTENT[value];
              return (
                <>
                  <Content caseView={caseView} assistance={view} record={recordIn(value)} />
                  <StatusMessage>{savedIn === value ? t('assistance.saved') : null}</StatusMessage>
                </>
              );
            }}
          />
        </>
      )}
    </CasePanel>
  );
}
