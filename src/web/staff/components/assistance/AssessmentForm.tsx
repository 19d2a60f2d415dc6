import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { URGENT_NEEDS } from '../../../../cases/catalogue.ts';
import { codeName, codeOptions } from '../../labels.ts';
import { todayInVilnius } from '../../time.ts';
import { ActionForm } from '../cases/ActionForm.tsx';
import { DateField, SelectField, TextAreaField, TextField } from '../Field.tsx';
import { assistanceApi } from './api.ts';
import {
  type AssessmentView,
  NEED_DOMAINS,
  type NeedDomain,
  RISK_LEVELS,
  type RiskLevel,
  URGENCIES,
  type Urgency,
} from './types.ts';
import type { RecordAssistance } from './useAssistance.ts';

type UrgentNeed = (typeof URGENT_NEEDS)[number];
type ByNeed<T> = Record<NeedDomain, T>;
const byNeed = <T,>(value: (domain: NeedDomain) => T) =>
  Object.fromEntries(NEED_DOMAINS.map((d) => [d, value(d)])) as ByNeed<T>;

/**
 * Where a first assessment starts: each urgent need the first responder ticked at intake as the
 * domain it belongs to, marked immediate; the case worker changes what they find.
 */
const URGENT_NEED_DOMAINS: Record<UrgentNeed, NeedDomain> = {
  medical: 'health',
  shelter: 'accommodation',
  safety: 'safety',
  food: 'financial',
  clothing: 'financial',
  interpreter: 'interpreter',
};

/** The domains of the urgent needs ticked at intake. */
export const domainsOfUrgentNeeds = (urgentNeeds: readonly string[]): Set<NeedDomain> =>
  new Set(
    urgentNeeds.flatMap((need) =>
      need in URGENT_NEED_DOMAINS ? [URGENT_NEED_DOMAINS[need as UrgentNeed]] : [],
    ),
  );

/**
 * The individual assessment (Directive 2012/29/EU, art. 22): each need with its urgency, and the risk
 * with its reasons. A re-assessment starts from the current one and says what changed; the first
 * starts from the urgent needs ticked at intake, marked immediate.
 */
export function AssessmentForm({
  current,
  urgentNeeds,
  record,
}: {
  current: AssessmentView | undefined;
  urgentNeeds: readonly string[];
  record: RecordAssistance;
}) {
  const { t } = useTranslation();
  const today = todayInVilnius();
  const earlier = (domain: NeedDomain) => current?.needs.find((n) => n.domain === domain);
  const fromIntake = domainsOfUrgentNeeds(current ? [] : urgentNeeds);
  const [assessedOn, setAssessedOn] = useState(today);
  const [urgency, setUrgency] = useState(
    byNeed<Urgency>((d) => earlier(d)?.urgency ?? (fromIntake.has(d) ? 'immediate' : 'none')),
  );
  const [notes, setNotes] = useState(byNeed((d) => earlier(d)?.note ?? ''));
  const [level, setLevel] = useState<RiskLevel | ''>('');
  const [reasons, setReasons] = useState('');
  const [changeReason, setChangeReason] = useState('');
  return (
    <ActionForm
      label={current ? t('assistance.assessment.reassess') : t('assistance.assessment.assess')}
      submitLabel={t('assistance.assessment.save')}
      testId="assessment-form"
      marksRequired
      check={() => ({
        assessedOn:
          (!assessedOn && t('validation.required')) || (assessedOn > today && t('assistance.notInFuture')),
        'risk.level': !level && t('assistance.assessment.chooseRisk'),
        'risk.reasons': !reasons.trim() && t('validation.required'),
      })}
      onSubmit={async () => {
        await record((id) =>
          assistanceApi.assess(id, {
            assessedOn,
            needs: NEED_DOMAINS.map((domain) => ({
              domain,
              urgency: urgency[domain],
              ...(notes[domain].trim() ? { note: notes[domain].trim() } : {}),
            })),
            risk: { level: level as RiskLevel, reasons: reasons.trim() },
            ...(changeReason.trim() ? { changeReason: changeReason.trim() } : {}),
          }),
        );
        setChangeReason('');
      }}
    >
      {(errors) => (
        <>
          <DateField
            id="assessment-date"
            label={t('assistance.assessment.assessedOn')}
            value={assessedOn}
            onValueChange={setAssessedOn}
            max={today}
            required
            error={errors.assessedOn}
          />
          <fieldset className="need-grid">
            <legend>{t('assistance.assessment.needs')}</legend>
            <p className="field-hint">{t('assistance.assessment.needsHint')}</p>
            {errors.needs ? <p className="field-error">{errors.needs}</p> : null}
            {NEED_DOMAINS.map((domain) => (
              <div key={domain} className="need-row">
                <SelectField
                  id={`assessment-need-${domain}-urgency`}
                  testId={`assessment-need-${domain}-urgency`}
                  label={codeName(t, 'needDomain', domain)}
                  value={urgency[domain]}
                  onValueChange={(value) => setUrgency({ ...urgency, [domain]: value as Urgency })}
                  options={codeOptions(t, 'urgency', URGENCIES)}
                />
                <TextField
                  id={`assessment-need-${domain}-note`}
                  label={t('assistance.assessment.noteOn', { need: codeName(t, 'needDomain', domain) })}
                  value={notes[domain]}
                  onValueChange={(value) => setNotes({ ...notes, [domain]: value })}
                  maxLength={2000}
                />
              </div>
            ))}
          </fieldset>
          <SelectField
            id="assessment-risk-level"
            testId="assessment-risk-level"
            label={t('assistance.assessment.risk')}
            value={level}
            onValueChange={(value) => setLevel(value as RiskLevel | '')}
            options={[
              { value: '', label: t('assistance.choose') },
              ...codeOptions(t, 'riskLevel', RISK_LEVELS),
            ]}
            required
            error={errors['risk.level']}
          />
          <TextAreaField
            id="assessment-risk-reasons"
            label={t('assistance.assessment.riskReasons')}
            hint={t('assistance.assessment.riskReasonsHint')}
            rows={3}
            maxLength={2000}
            value={reasons}
            onValueChange={setReasons}
            required
            error={errors['risk.reasons']}
          />
          {current ? (
            <TextAreaField
              id="assessment-change-reason"
              label={t('assistance.assessment.changeReason')}
              rows={2}
              maxLength={1000}
              value={changeReason}
              onValueChange={setChangeReason}
              error={errors.changeReason}
            />
          ) : null}
        </>
      )}
    </ActionForm>
  );
}
