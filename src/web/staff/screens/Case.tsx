import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import { ErrorAlert, InfoNote } from '../components/Alerts.tsx';
import { AssistancePanel, seesAssistance } from '../components/assistance/AssistancePanel.tsx';
import { CaseBadges, personLine } from '../components/cases/CaseBadges.tsx';
import { ChangesNotice } from '../components/cases/ChangesNotice.tsx';
import { ConsentsPanel } from '../components/cases/ConsentsPanel.tsx';
import { DeadlinesPanel } from '../components/cases/DeadlinesPanel.tsx';
import { DecisionsPanel } from '../components/cases/DecisionsPanel.tsx';
import { FactsPanel } from '../components/cases/FactsPanel.tsx';
import { IdentityPanel } from '../components/cases/IdentityPanel.tsx';
import { NotesPanel } from '../components/cases/NotesPanel.tsx';
import { ReferralsPanel } from '../components/cases/ReferralsPanel.tsx';
import { TeamPanel } from '../components/cases/TeamPanel.tsx';
import { TimelinePanel } from '../components/cases/TimelinePanel.tsx';
import { TransitionsPanel } from '../components/cases/TransitionsPanel.tsx';
import { useCase } from '../components/cases/useCase.ts';
import { DocumentsPanel, seesDocuments } from '../components/documents/DocumentsPanel.tsx';
import { Link } from '../components/Link.tsx';
import { ApprovalPanel } from '../components/review/ApprovalPanel.tsx';
import { ReconsiderationPanel } from '../components/review/ReconsiderationPanel.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { formatDateTime, localName } from '../format.ts';
import { activeMembership, useAuthenticatedSession } from '../session.ts';
import { Loading } from './Loading.tsx';
import { NotAvailable } from './NotAvailable.tsx';

/** A panel's place: in a column on a wide screen, in the order of what is most urgent on a phone. */
function Slot({ name, children }: { name: string; children: ReactNode }) {
  return <div className={`case-slot case-slot-${name}`}>{children}</div>;
}

/** One case, all of it that the acting membership may see, and what it may do next. */
export function Case({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const { errorText } = useErrorText();
  const session = useAuthenticatedSession();
  const membership = activeMembership(session);
  const role = membership?.role;
  const coordinator = role === 'national_coordinator';
  const { view, error, changes, act, reload } = useCase(caseId);

  if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
    return <NotAvailable reason="not_found" />;
  }
  if (error) return <ErrorAlert>{errorText(error)}</ErrorAlert>;
  if (!view) return <Loading />;
  return (
    <div className="stack">
      <section className="panel case-head">
        <p className="breadcrumb">
          <Link to="/cases">{t('cases.backToList')}</Link>
        </p>
        <ScreenHeading title={t('cases.caseTitle', { reference: view.reference })}>
          <span className="muted heading-prefix">{t('cases.case')} </span>
          <span data-testid="case-reference">{view.reference}</span>
        </ScreenHeading>
        <CaseBadges summary={view} />
        <p className="case-head-person">{personLine(t, view)}</p>
        <p className="muted">
          {t('cases.opened', {
            when: formatDateTime(view.openedAt, i18n.language),
            organisation: localName(view.origin.name, i18n.language),
          })}
        </p>
        {view.restricted ? (
          <InfoNote>
            <span data-testid="case-restricted">{t('cases.restricted')}</span>
          </InfoNote>
        ) : null}
        {view.possibleDuplicate ? (
          <InfoNote>
            <span data-testid="case-possible-duplicate">{t('cases.possibleDuplicate')}</span>
          </InfoNote>
        ) : null}
      </section>
      {changes ? <ChangesNotice changes={changes} /> : null}
      <div className="case-layout">
        <div className="case-column case-column-main">
          <Slot name="facts">
            <FactsPanel view={view} />
          </Slot>
          {view.kind === 'trafficking' ? (
            <Slot name="decisions">
              <DecisionsPanel view={view} act={act} canDecide={coordinator} />
              <ReconsiderationPanel caseId={view.id} refreshKey={view.version} onChanged={reload} />
            </Slot>
          ) : null}
          {seesAssistance(role) ? (
            <Slot name="assistance">
              <AssistancePanel caseView={view} onRecorded={reload} />
            </Slot>
          ) : null}
          <Slot name="referrals">
            <ReferralsPanel view={view} act={act} />
          </Slot>
          <Slot name="notes">
            <NotesPanel view={view} act={act} />
          </Slot>
          {seesDocuments(role) ? (
            <Slot name="documents">
              <DocumentsPanel caseId={view.id} erased={view.identityState === 'erased'} onAdded={reload} />
            </Slot>
          ) : null}
          <Slot name="timeline">
            <TimelinePanel view={view} />
          </Slot>
        </div>
        <div className="case-column case-column-side">
          <Slot name="deadlines">
            <DeadlinesPanel view={view} />
          </Slot>
          <Slot name="transitions">
            <TransitionsPanel view={view} act={act} />
            {seesAssistance(role) ? (
              <ApprovalPanel
                caseId={view.id}
                subject="closure"
                refreshKey={view.version}
                onDecided={reload}
                standalone
              />
            ) : null}
          </Slot>
          <Slot name="identity">
            <IdentityPanel view={view} act={act} />
          </Slot>
          <Slot name="consents">
            <ConsentsPanel view={view} act={act} />
          </Slot>
          <Slot name="team">
            <TeamPanel
              view={view}
              act={act}
              acting={
                membership
                  ? {
                      organisationId: membership.organisation.id,
                      role: membership.role,
                      userId: session.user.id,
                    }
                  : undefined
              }
            />
          </Slot>
        </div>
      </div>
    </div>
  );
}
