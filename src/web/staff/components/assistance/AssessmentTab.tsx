import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { ApprovalPanel } from '../review/ApprovalPanel.tsx';
import { AssessmentForm } from './AssessmentForm.tsx';
import { assistanceApi } from './api.ts';
import { CodeBadge } from './CodeBadge.tsx';
import { byLine } from './describe.ts';
import { type AssessmentView, URGENCIES } from './types.ts';
import type { AssistanceTabProps } from './useAssistance.ts';

/** The needs that are there, the most urgent first. */
function pressingNeeds(assessment: AssessmentView) {
  return assessment.needs
    .filter((need) => need.urgency !== 'none')
    .sort((a, b) => URGENCIES.indexOf(b.urgency) - URGENCIES.indexOf(a.urgency));
}

function CurrentAssessment({ assessment }: { assessment: AssessmentView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const needs = pressingNeeds(assessment);
  return (
    <div data-testid="assessment-current">
      <p>
        <CodeBadge list="riskLevel" code={assessment.risk.level} testId="assessment-current-risk" />{' '}
        {t('assistance.assessment.assessedBy', {
          date: formatDate(assessment.assessedOn, language),
          by: byLine(assessment, language),
        })}
      </p>
      {assessment.risk.reasons ? <p className="pre-line">{assessment.risk.reasons}</p> : null}
      {assessment.changeReason ? (
        <p className="pre-line">
          <span className="muted">{t('assistance.assessment.changed')}</span> {assessment.changeReason}
        </p>
      ) : null}
      {needs.length === 0 ? (
        <p className="muted">{t('assistance.assessment.noNeeds')}</p>
      ) : (
        <ul className="plain-list divided-list" data-testid="assessment-needs">
          {needs.map((need) => (
            <li key={need.domain}>
              <CodeBadge list="urgency" code={need.urgency} />{' '}
              <strong>{codeName(t, 'needDomain', need.domain)}</strong>
              {need.note ? <span className="cell-detail">{need.note}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The current assessment at a glance, those before it, and the form to assess again. */
export function AssessmentTab({ caseView, assistance, record }: AssistanceTabProps) {
  const { t, i18n } = useTranslation();
  const current = assistance.assessments.find((a) => a.current);
  const earlier = assistance.assessments.filter((a) => !a.current);
  return (
    <div className="tab-body">
      <h3>{t('assistance.assessment.current')}</h3>
      {current ? (
        <CurrentAssessment assessment={current} />
      ) : (
        <p className="muted">{t('assistance.assessment.none')}</p>
      )}
      <ApprovalPanel
        caseId={caseView.id}
        subject="assessment"
        refreshKey={assistance}
        onDecided={() => record((id) => assistanceApi.view(id))}
      />
      {earlier.length > 0 ? (
        <details className="history">
          <summary>{t('assistance.assessment.earlier', { number: earlier.length })}</summary>
          <ul className="plain-list divided-list">
            {earlier.map((a) => (
              <li key={a.id}>
                {formatDate(a.assessedOn, i18n.language)}: <CodeBadge list="riskLevel" code={a.risk.level} />
                {a.changeReason ? <span className="cell-detail">{a.changeReason}</span> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {assistance.canRecord ? (
        <>
          <h3>{current ? t('assistance.assessment.reassess') : t('assistance.assessment.assess')}</h3>
          {/* A new current assessment starts the form again from it. */}
          <AssessmentForm
            key={current?.id ?? 'first'}
            current={current}
            urgentNeeds={caseView.facts.urgentNeeds}
            record={record}
          />
        </>
      ) : null}
    </div>
  );
}
