import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_PROGRESS } from '../../../../programme/catalogue.ts';
import { localName } from '../../format.ts';
import { codeOptions } from '../../labels.ts';
import { RadioGroupField } from '../ChoiceField.tsx';
import { ActionForm } from '../cases/ActionForm.tsx';
import { rethrowRefusal } from '../cases/refusals.ts';
import { SelectField, TextAreaField, TextField } from '../Field.tsx';
import { programmeApi } from './api.ts';
import type { MeasureView } from './types.ts';

type Progress = (typeof REPORT_PROGRESS)[number];

/** The responsible body's report for one year: what was done, what it cost, each indicator reached. */
export function ReportForm({
  measure,
  years,
  onReported,
}: {
  measure: MeasureView;
  years: number[];
  onReported: (measure: MeasureView) => void;
}) {
  const { t, i18n } = useTranslation();
  // The oldest year without a report first: the one most likely due.
  const [year, setYear] = useState(years.at(-1)!);
  const [progress, setProgress] = useState<Progress>('in_progress');
  const [summary, setSummary] = useState('');
  const [spent, setSpent] = useState('');
  const [achieved, setAchieved] = useState<Record<string, string>>({});
  return (
    <ActionForm
      label={t('programme.report.record')}
      submitLabel={t('programme.report.submit')}
      testId="report-form"
      marksRequired
      check={() => ({
        summary: !summary.trim() && t('validation.required'),
        ...Object.fromEntries(
          measure.indicators.map((i) => [
            `achieved.${i.id}`,
            (achieved[i.id] ?? '') !== '' && !(Number(achieved[i.id]) >= 0) && t('programme.wholeNumber'),
          ]),
        ),
      })}
      onSubmit={async () => {
        const view = await programmeApi
          .report(measure.id, {
            year,
            progress,
            summary: summary.trim(),
            spentEur: spent.trim() ? Math.round(Number(spent) * 100) / 100 : null,
            achieved: measure.indicators
              .filter((i) => (achieved[i.id] ?? '').trim() !== '')
              .map((i) => ({ indicatorId: i.id, value: Number(achieved[i.id]) })),
          })
          .catch(rethrowRefusal);
        setSummary('');
        setSpent('');
        setAchieved({});
        onReported(view);
      }}
    >
      {(errors) => (
        <>
          <div className="form-grid">
            <SelectField
              id="report-year"
              className="field-short"
              label={t('programme.report.year')}
              value={String(year)}
              onValueChange={(value) => setYear(Number(value))}
              options={years.map((y) => ({ value: String(y), label: String(y) }))}
            />
            <TextField
              id="report-spent"
              label={t('programme.report.spentEur')}
              type="number"
              inputMode="decimal"
              min="0"
              step="0.01"
              value={spent}
              onValueChange={setSpent}
              error={errors.spentEur}
            />
          </div>
          <RadioGroupField
            legend={t('programme.report.progress')}
            testId="report-progress"
            options={codeOptions(t, 'reportProgress', REPORT_PROGRESS)}
            value={progress}
            onValueChange={setProgress}
          />
          <TextAreaField
            id="report-summary"
            label={t('programme.report.summary')}
            required
            value={summary}
            onValueChange={setSummary}
            error={errors.summary}
          />
          {measure.indicators.length ? (
            <div className="form-grid">
              {measure.indicators.map((i) => (
                <TextField
                  key={i.id}
                  id={`report-achieved-${i.id}`}
                  label={t('programme.report.achieved', { indicator: localName(i.name, i18n.language) })}
                  type="number"
                  inputMode="decimal"
                  min="0"
                  value={achieved[i.id] ?? ''}
                  onValueChange={(value) => setAchieved((a) => ({ ...a, [i.id]: value }))}
                  error={errors[`achieved.${i.id}`]}
                />
              ))}
            </div>
          ) : null}
        </>
      )}
    </ActionForm>
  );
}
