import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { assistanceApi } from './api.ts';
import { CodeBadge } from './CodeBadge.tsx';
import { StatusChange } from './StatusChange.tsx';
import { LEGAL_STEP_STATUSES, type LegalView } from './types.ts';
import type { RecordAssistance } from './useAssistance.ts';

type Step = LegalView['steps'][number];

/** Protection measures and legal aid, each with where it stands. */
export function LegalSteps({
  steps,
  canRecord,
  record,
  byLine,
}: {
  steps: Step[];
  canRecord: boolean;
  record: RecordAssistance;
  byLine: (step: Step) => string;
}) {
  const { t, i18n } = useTranslation();
  if (steps.length === 0) return <p className="muted">{t('assistance.legal.noSteps')}</p>;
  const name = (step: Step) =>
    step.measure
      ? `${codeName(t, 'legalStepKind', step.kind)}: ${codeName(t, 'protectionMeasure', step.measure)}`
      : codeName(t, 'legalStepKind', step.kind);
  return (
    <ul className="plain-list divided-list plan-list" data-testid="legal-steps">
      {steps.map((step) => (
        <li key={step.id} className="plan-item">
          <div>
            <strong>{name(step)}</strong> <CodeBadge list="legalStepStatus" code={step.status} />
            <span className="cell-detail">
              {formatDate(step.on, i18n.language)} · {byLine(step)}
            </span>
            {step.note ? <span className="cell-detail">{step.note}</span> : null}
          </div>
          {canRecord ? (
            <StatusChange
              id={`legal-step-${step.id}-status`}
              label={t('assistance.legal.statusOf', { step: name(step) })}
              list="legalStepStatus"
              codes={LEGAL_STEP_STATUSES}
              current={step.status}
              onSave={(status) =>
                record((id) => assistanceApi.updateLegalStep(id, step.id, { status, version: step.version }))
              }
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
