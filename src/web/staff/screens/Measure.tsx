import '../components/programme/programme.css';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../components/Alerts.tsx';
import { SelectField } from '../components/Field.tsx';
import { useEuros } from '../components/funding/FundingTable.tsx';
import { Link } from '../components/Link.tsx';
import { programmeApi } from '../components/programme/api.ts';
import { ReportForm } from '../components/programme/ReportForm.tsx';
import { StateBadge } from '../components/programme/StateBadge.tsx';
import type { MeasureView } from '../components/programme/types.ts';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { useLoaded } from '../components/useLoaded.ts';
import { formatDate, formatNumber, localName } from '../format.ts';
import { codeName } from '../labels.ts';
import { todayInVilnius } from '../time.ts';

const yearOf = (day: string) => Number(day.slice(0, 4));

/** The years of a measure up to this one, newest first: those a report can be for. */
function yearsOf(m: MeasureView): number[] {
  const last = Math.min(yearOf(m.deadline), yearOf(todayInVilnius()));
  const years: number[] = [];
  for (let y = last; y >= yearOf(m.startsOn); y--) years.push(y);
  return years;
}

/**
 * One measure of the national action plan: its goal, bodies, period and budget, each indicator's
 * target and what was reached, the yearly reports, and a year's report as PDF or XLSX. The
 * responsible body's manager reports here.
 */
export function Measure({ measureId }: { measureId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const lang = language === 'en' ? 'en' : 'lt';
  const { errorText } = useErrorText();
  const euros = useEuros();
  const loaded = useLoaded(useCallback(() => programmeApi.measure(measureId), [measureId]));
  const [saved, setSaved] = useState(false);
  const m = loaded.data;
  const years = m ? yearsOf(m) : [];
  const [fileYear, setFileYear] = useState<number | null>(null);
  // The newest year reported on first, else the newest year of the measure.
  const chosenYear = fileYear ?? m?.reports.at(-1)?.year ?? years[0] ?? yearOf(todayInVilnius());
  if (!m)
    return (
      <div className="stack">
        <section className="panel">
          <ErrorAlert>{loaded.error ? errorText(loaded.error) : null}</ErrorAlert>
          {loaded.error ? null : <p className="loading">{t('common.loading')}</p>}
          <Link to="/plan">{t('programme.plan.back')}</Link>
        </section>
      </div>
    );
  const heading = `${m.code} ${localName(m.title, language)}`;
  const unreported = years.filter((y) => !m.reports.some((r) => r.year === y));
  return (
    <div className="stack">
      <section className={`panel${m.state === 'late' ? ' measure-late' : ''}`}>
        <Link to="/plan">{t('programme.plan.back')}</Link>
        <ScreenHeading title={heading}>{heading}</ScreenHeading>
        <StateBadge measure={m} />
        <p className="measure-goal">{localName(m.goal, language)}</p>
        <dl className="facts">
          {[
            [t('programme.plan.responsible'), localName(m.responsible.name, language)],
            [
              t('programme.plan.coResponsible'),
              m.coResponsible.map((o) => localName(o.name, language)).join('; ') || '—',
            ],
            [
              t('programme.plan.period'),
              `${formatDate(m.startsOn, language)} – ${formatDate(m.deadline, language)}`,
            ],
            [t('programme.plan.budgetEur'), m.budgetEur === null ? '—' : euros(m.budgetEur)],
          ].map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="panel" aria-labelledby="indicators-heading">
        <h2 id="indicators-heading">{t('programme.plan.indicators')}</h2>
        {m.indicators.length === 0 ? (
          <p className="muted">{t('programme.plan.noIndicators')}</p>
        ) : (
          <ul className="plain-list divided-list" data-testid="indicators">
            {m.indicators.map((i) => (
              <li key={i.id}>
                <strong>{localName(i.name, language)}</strong>
                <span className="cell-detail">
                  {t('programme.plan.targetAchieved', {
                    target: formatNumber(i.target, language),
                    achieved: i.achieved === null ? '—' : formatNumber(i.achieved, language),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="reports-heading">
        <h2 id="reports-heading">{t('programme.report.list')}</h2>
        {m.reports.length === 0 ? (
          <p className="muted">{t('programme.report.none')}</p>
        ) : (
          <ul className="plain-list divided-list" data-testid="reports">
            {[...m.reports].reverse().map((r) => (
              <li key={r.year} data-testid="report">
                <strong>
                  {r.year}: {codeName(t, 'reportProgress', r.progress)}
                </strong>
                <p>{r.summary}</p>
                <span className="cell-detail">
                  {[
                    r.spentEur === null
                      ? null
                      : t('programme.report.spentValue', { amount: euros(r.spentEur) }),
                    localName(r.organisation.name, language),
                    formatDate(r.recordedAt, language),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        )}
        {m.mayReport && unreported.length ? (
          <>
            <h3>{t('programme.report.record')}</h3>
            <ReportForm
              measure={m}
              years={unreported}
              onReported={(view) => {
                setSaved(true);
                loaded.setData(view);
              }}
            />
          </>
        ) : null}
        <StatusMessage>{saved ? t('programme.report.saved') : null}</StatusMessage>
      </section>
      <section className="panel" aria-labelledby="files-heading">
        <h2 id="files-heading">{t('programme.report.files')}</h2>
        <SelectField
          id="report-file-year"
          className="field-short"
          label={t('programme.report.year')}
          value={String(chosenYear)}
          onValueChange={(value) => setFileYear(Number(value))}
          options={(years.length ? years : [chosenYear]).map((y) => ({ value: String(y), label: String(y) }))}
        />
        <ul className="plain-list download-list">
          {(['pdf', 'xlsx'] as const).map((format) => (
            <li key={format}>
              <a
                href={programmeApi.reportUrl(m.id, chosenYear, format, lang)}
                download
                data-testid={`report-${format}`}
              >
                {t('programme.report.download', { year: chosenYear, format: format.toUpperCase() })}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
