import { useTranslation } from 'react-i18next';
import { codeName } from '../../labels.ts';
import type { MeasureSummary } from './types.ts';

const TONE = {
  planned: 'badge-off',
  in_progress: 'badge-warn',
  late: 'badge-error',
  done: 'badge-ok',
} as const;

/** Where a measure stands, in words; a late one says why: the years without a report, the deadline passed. */
export function StateBadge({
  measure,
}: {
  measure: Pick<MeasureSummary, 'state' | 'missingYears' | 'overdue'>;
}) {
  const { t } = useTranslation();
  const why = [
    measure.overdue ? t('programme.plan.overdue') : null,
    measure.missingYears.length
      ? t('programme.plan.missing', { years: measure.missingYears.join(', ') })
      : null,
  ].filter(Boolean);
  return (
    <span data-testid="measure-state" data-state={measure.state}>
      <span className={`badge ${TONE[measure.state]}`}>{codeName(t, 'measureState', measure.state)}</span>
      {why.length ? <span className="cell-detail">{why.join(' · ')}</span> : null}
    </span>
  );
}
