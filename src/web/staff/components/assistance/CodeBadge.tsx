import { useTranslation } from 'react-i18next';
import { codeName, type LabelledList } from '../../labels.ts';

type Tone = 'ok' | 'warn' | 'error' | 'off';

/** How each code that is shown as a badge reads at a glance: done is green, at risk is red. */
const TONES: Record<string, Tone> = {
  low: 'ok',
  medium: 'warn',
  high: 'error',
  immediate: 'error',
  in_progress: 'warn',
  done: 'ok',
  granted: 'ok',
  valid: 'ok',
  returned: 'ok',
  refused: 'error',
  revoked: 'error',
  travel_booked: 'warn',
  to_do: 'warn',
};

/** A code of a closed list as a coloured badge, in words. */
export function CodeBadge({ list, code, testId }: { list: LabelledList; code: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${TONES[code] ?? 'off'}`} data-testid={testId}>
      {codeName(t, list, code)}
    </span>
  );
}
