import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { todayInVilnius } from '../../time.ts';
import { RadioGroupField } from '../ChoiceField.tsx';
import { ActionForm } from '../cases/ActionForm.tsx';
import { CasePanel } from '../cases/CasePanel.tsx';
import { rethrowRefusal } from '../cases/refusals.ts';
import { DateField, TextAreaField } from '../Field.tsx';
import { useLoaded } from '../useLoaded.ts';
import { type ReconsiderationList, reviewApi } from './api.ts';

const REQUESTERS = ['representative', 'team'] as const;
const OUTCOMES = ['identified', 'not_identified'] as const;

/** The team records the request, on the person's representative's behalf or its own, with reasons. */
function RequestForm({
  caseId,
  version,
  done,
}: {
  caseId: string;
  version: number;
  done: (l: ReconsiderationList) => void;
}) {
  const { t } = useTranslation();
  const [requestedBy, setRequestedBy] = useState<(typeof REQUESTERS)[number] | ''>('');
  const [reasons, setReasons] = useState('');
  return (
    <ActionForm
      label={t('review.reconsideration.ask')}
      submitLabel={t('review.reconsideration.send')}
      testId="reconsideration-request"
      check={() => ({
        requestedBy: !requestedBy && t('review.reconsideration.chooseWho'),
        reasons: !reasons.trim() && t('review.reconsideration.reasonsNeeded'),
      })}
      onSubmit={async () => {
        const list = await reviewApi
          .requestReconsideration(caseId, {
            requestedBy: requestedBy as 'team',
            reasons: reasons.trim(),
            version,
          })
          .catch(rethrowRefusal);
        setReasons('');
        done(list);
      }}
    >
      {(errors) => (
        <>
          <RadioGroupField
            id="reconsideration-by"
            legend={t('review.reconsideration.who')}
            options={REQUESTERS.map((value) => ({ value, label: t(`review.requestedBy.${value}`) }))}
            value={requestedBy}
            onValueChange={setRequestedBy}
            error={errors.requestedBy}
            testId="reconsideration-by"
          />
          <TextAreaField
            id="reconsideration-reasons"
            label={t('review.reconsideration.reasons')}
            hint={t('review.reconsideration.reasonsHint')}
            rows={4}
            maxLength={4000}
            value={reasons}
            onValueChange={setReasons}
            error={errors.reasons ?? errors['body.reasons']}
          />
        </>
      )}
    </ActionForm>
  );
}

/** The national coordinator decides again, with reasons: the same outcome upholds the first decision. */
function DecisionForm({
  caseId,
  version,
  done,
}: {
  caseId: string;
  version: number;
  done: (l: ReconsiderationList) => void;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number] | ''>('');
  const [reasons, setReasons] = useState('');
  const [decidedOn, setDecidedOn] = useState(todayInVilnius());
  return (
    <ActionForm
      label={t('review.reconsideration.decide')}
      submitLabel={t('decisions.record')}
      testId="reconsideration-decision"
      check={() => ({
        outcome: !outcome && t('decisions.chooseOutcome'),
        reasons: !reasons.trim() && t('review.reconsideration.reasonsNeeded'),
      })}
      onSubmit={async () => {
        done(
          await reviewApi
            .decideReconsideration(caseId, {
              outcome: outcome as 'identified',
              reasons: reasons.trim(),
              decidedOn,
              version,
            })
            .catch(rethrowRefusal),
        );
      }}
    >
      {(errors) => (
        <>
          <RadioGroupField
            id="reconsideration-outcome"
            legend={t('decisions.outcome')}
            options={OUTCOMES.map((value) => ({ value, label: codeName(t, 'identification', value) }))}
            value={outcome}
            onValueChange={setOutcome}
            error={errors.outcome}
            testId="reconsideration-outcome"
          />
          <TextAreaField
            id="reconsideration-decision-reasons"
            label={t('decisions.identification.reasons')}
            rows={4}
            maxLength={4000}
            value={reasons}
            onValueChange={setReasons}
            error={errors.reasons ?? errors['body.reasons']}
          />
          <DateField
            id="reconsideration-date"
            label={t('decisions.decidedOn')}
            value={decidedOn}
            onValueChange={setDecidedOn}
            error={errors.decidedOn ?? errors['body.decidedOn']}
          />
        </>
      )}
    </ActionForm>
  );
}

/**
 * Reconsidering the identification decision, on the case page: every request with its reasons and
 * the coordinator's decision beside the first one; the form the acting person may use now.
 */
export function ReconsiderationPanel({
  caseId,
  refreshKey,
  onChanged,
}: {
  caseId: string;
  refreshKey: unknown;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new refreshKey is how the page asks again
  const load = useCallback(() => reviewApi.reconsiderations(caseId), [caseId, refreshKey]);
  const { data, setData } = useLoaded(load);
  if (!data || (data.items.length === 0 && !data.mayRequest)) return null;
  const day = (iso: string) => formatDate(iso, i18n.language);
  const done = (list: ReconsiderationList) => {
    setData(list);
    onChanged();
  };
  return (
    <CasePanel name="reconsideration" title={t('review.reconsideration.title')}>
      <ul data-testid="reconsiderations" className="plain-list divided-list">
        {[...data.items].reverse().map((item) => (
          <li key={item.id} data-testid={`reconsideration-${item.status}`}>
            <p>
              {t('review.reconsideration.asked', {
                who: t(`review.requestedBy.${item.requestedBy}`),
                date: day(item.requestedOn),
                earlier: codeName(t, 'identification', item.earlierOutcome),
              })}
            </p>
            {item.reasons ? <p className="pre-line cell-detail">{item.reasons}</p> : null}
            {item.status === 'decided' && item.outcome ? (
              <>
                <p>
                  <strong>
                    {t(
                      item.outcome === item.earlierOutcome
                        ? 'review.reconsideration.upheld'
                        : 'review.reconsideration.changed',
                      {
                        outcome: codeName(t, 'identification', item.outcome),
                        date: item.decidedOn ? day(item.decidedOn) : '',
                        by: item.decidedBy ?? '—',
                      },
                    )}
                  </strong>
                </p>
                {item.decisionReasons ? <p className="pre-line">{item.decisionReasons}</p> : null}
              </>
            ) : (
              <p className="muted">{t('review.reconsideration.waiting')}</p>
            )}
          </li>
        ))}
      </ul>
      {data.mayRequest ? <RequestForm caseId={caseId} version={data.version} done={done} /> : null}
      {data.mayDecide ? <DecisionForm caseId={caseId} version={data.version} done={done} /> : null}
    </CasePanel>
  );
}
