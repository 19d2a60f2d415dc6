import { useTranslation } from 'react-i18next';
import { formatDate, localName } from '../../format.ts';
import { ToggleField } from '../ChoiceField.tsx';
import type { OverlapWarning } from './types.ts';

/**
 * Other organisations of the team that already plan or give this help (seed 004: no two services
 * paid for the same help), and the choice to plan it anyway. A live region, so that the warning is
 * heard when it appears.
 */
export function OverlapNotice({
  warnings,
  acknowledged,
  onAcknowledge,
  error,
}: {
  warnings: OverlapWarning[] | null;
  acknowledged: boolean;
  onAcknowledge: (acknowledged: boolean) => void;
  error?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <div role="status" className="overlap-region">
      {warnings && warnings.length > 0 ? (
        <div className="alert alert-warn" data-testid="plan-overlap-warning">
          <p>{t('assistance.plan.overlap')}</p>
          <ul>
            {warnings.map((w) => (
              <li key={`${w.organisation.id}-${w.source}`}>
                <strong>{localName(w.organisation.name, language)}</strong>:{' '}
                {w.source === 'plan'
                  ? t('assistance.plan.overlapPlanned', { date: formatDate(w.on, language) })
                  : t('assistance.plan.overlapGiven', { date: formatDate(w.on, language) })}
              </li>
            ))}
          </ul>
          <ToggleField
            label={t('assistance.plan.planAnyway')}
            checked={acknowledged}
            onCheckedChange={onAcknowledge}
            testId="plan-overlap-acknowledge"
          />
          {error ? <p className="field-error">{error}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
