import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../contract/access.ts';
import { localName } from '../../format.ts';
import { CheckboxGroupField } from '../ChoiceField.tsx';
import { ActionForm } from '../cases/ActionForm.tsx';
import { rethrowRefusal } from '../cases/refusals.ts';
import { DateField, SelectField, TextAreaField, TextField } from '../Field.tsx';
import { programmeApi } from './api.ts';
import type { MeasureView } from './types.ts';

type Indicator = { lt: string; en: string; target: string };
const blank = (): Indicator => ({ lt: '', en: '', target: '' });

/** The national coordinator adds a measure to the action plan: goal, bodies, period, budget, indicators. */
export function MeasureForm({
  organisations,
  onCreated,
}: {
  organisations: Organisation[];
  onCreated: (measure: MeasureView) => void;
}) {
  const { t, i18n } = useTranslation();
  const [code, setCode] = useState('');
  const [title, setTitle] = useState({ lt: '', en: '' });
  const [goal, setGoal] = useState({ lt: '', en: '' });
  const [responsibleId, setResponsibleId] = useState('');
  const [coResponsibleIds, setCoResponsibleIds] = useState<string[]>([]);
  const [startsOn, setStartsOn] = useState('');
  const [deadline, setDeadline] = useState('');
  const [budget, setBudget] = useState('');
  const [indicators, setIndicators] = useState<Indicator[]>([blank()]);
  const required = (value: string) => !value.trim() && t('validation.required');
  const named = indicators.filter((i) => i.lt.trim() || i.en.trim() || i.target.trim());
  const options = organisations.map((o) => ({ value: o.id, label: localName(o.name, i18n.language) }));
  const setIndicator = (n: number, change: Partial<Indicator>) =>
    setIndicators((all) => all.map((i, k) => (k === n ? { ...i, ...change } : i)));
  return (
    <ActionForm
      label={t('programme.plan.add')}
      submitLabel={t('programme.plan.submit')}
      testId="measure-form"
      marksRequired
      check={() => ({
        code: required(code),
        'title.lt': required(title.lt),
        'title.en': required(title.en),
        'goal.lt': required(goal.lt),
        'goal.en': required(goal.en),
        responsibleId: required(responsibleId),
        startsOn: required(startsOn),
        deadline: required(deadline) || (deadline < startsOn && t('programme.measureEndBeforeStart')),
        ...Object.fromEntries(
          named.map((i, n) => [
            `indicators.${n}`,
            (!i.lt.trim() || !i.en.trim() || !(Number(i.target) >= 0) || !i.target.trim()) &&
              t('programme.plan.indicatorIncomplete'),
          ]),
        ),
      })}
      onSubmit={async () => {
        const created = await programmeApi
          .createMeasure({
            code: code.trim(),
            title: { lt: title.lt.trim(), en: title.en.trim() },
            goal: { lt: goal.lt.trim(), en: goal.en.trim() },
            responsibleId,
            coResponsibleIds: coResponsibleIds.filter((id) => id !== responsibleId),
            startsOn,
            deadline,
            budgetEur: budget.trim() ? Math.round(Number(budget) * 100) / 100 : null,
            indicators: named.map((i) => ({
              name: { lt: i.lt.trim(), en: i.en.trim() },
              target: Number(i.target),
            })),
          })
          .catch(rethrowRefusal);
        onCreated(created);
      }}
    >
      {(errors) => (
        <>
          <div className="form-grid">
            <TextField
              id="measure-code"
              className="field-short"
              label={t('programme.plan.code')}
              required
              value={code}
              onValueChange={setCode}
              error={errors.code}
            />
            <TextField
              id="measure-title-lt"
              label={t('programme.plan.titleLt')}
              required
              lang="lt"
              value={title.lt}
              onValueChange={(lt) => setTitle((v) => ({ ...v, lt }))}
              error={errors['title.lt']}
            />
            <TextField
              id="measure-title-en"
              label={t('programme.plan.titleEn')}
              required
              lang="en"
              value={title.en}
              onValueChange={(en) => setTitle((v) => ({ ...v, en }))}
              error={errors['title.en']}
            />
          </div>
          <TextAreaField
            id="measure-goal-lt"
            label={t('programme.plan.goalLt')}
            required
            lang="lt"
            value={goal.lt}
            onValueChange={(lt) => setGoal((v) => ({ ...v, lt }))}
            error={errors['goal.lt']}
          />
          <TextAreaField
            id="measure-goal-en"
            label={t('programme.plan.goalEn')}
            required
            lang="en"
            value={goal.en}
            onValueChange={(en) => setGoal((v) => ({ ...v, en }))}
            error={errors['goal.en']}
          />
          <div className="form-grid">
            <SelectField
              id="measure-responsible"
              label={t('programme.plan.responsible')}
              required
              value={responsibleId}
              onValueChange={setResponsibleId}
              error={errors.responsibleId}
              options={[{ value: '', label: t('programme.plan.chooseResponsible') }, ...options]}
            />
            <DateField
              id="measure-starts-on"
              label={t('programme.startsOn')}
              required
              value={startsOn}
              onValueChange={setStartsOn}
              error={errors.startsOn}
            />
            <DateField
              id="measure-deadline"
              label={t('programme.plan.deadline')}
              required
              value={deadline}
              onValueChange={setDeadline}
              error={errors.deadline}
            />
            <TextField
              id="measure-budget"
              label={t('programme.plan.budgetEur')}
              type="number"
              inputMode="decimal"
              min="0"
              step="0.01"
              value={budget}
              onValueChange={setBudget}
              error={errors.budgetEur}
            />
          </div>
          <details className="programme-co-responsible">
            <summary>{t('programme.plan.coResponsible')}</summary>
            <CheckboxGroupField
              legend={t('programme.plan.coResponsible')}
              testId="measure-co-responsible"
              options={options.filter((o) => o.value !== responsibleId)}
              values={coResponsibleIds}
              onValuesChange={setCoResponsibleIds}
            />
          </details>
          <fieldset className="programme-audience">
            <legend>{t('programme.plan.indicators')}</legend>
            {indicators.map((indicator, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are only added at the end
              <div className="form-grid" key={n} data-testid="measure-indicator">
                <TextField
                  id={`measure-indicator-${n}-lt`}
                  label={t('programme.plan.indicatorLt')}
                  lang="lt"
                  value={indicator.lt}
                  onValueChange={(lt) => setIndicator(n, { lt })}
                  error={errors[`indicators.${n}`]}
                />
                <TextField
                  id={`measure-indicator-${n}-en`}
                  label={t('programme.plan.indicatorEn')}
                  lang="en"
                  value={indicator.en}
                  onValueChange={(en) => setIndicator(n, { en })}
                />
                <TextField
                  id={`measure-indicator-${n}-target`}
                  className="field-short"
                  label={t('programme.plan.target')}
                  type="number"
                  inputMode="decimal"
                  min="0"
                  value={indicator.target}
                  onValueChange={(target) => setIndicator(n, { target })}
                />
              </div>
            ))}
            <button
              type="button"
              className="button-secondary"
              onClick={() => setIndicators((all) => [...all, blank()])}
            >
              {t('programme.plan.addIndicator')}
            </button>
          </fieldset>
        </>
      )}
    </ActionForm>
  );
}
