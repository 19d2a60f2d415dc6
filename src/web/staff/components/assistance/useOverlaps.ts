import { useCallback, useEffect, useState } from 'react';
import { assistanceApi } from './api.ts';
import type { OverlapWarning, ServiceType } from './types.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Who else on the team already plans or gives this help in the period, asked as soon as the help,
 * the organisation and the due date are chosen, so that the warning shows before anything is saved.
 * Null while not asked (or a question is on its way).
 */
export function useOverlaps(
  caseId: string,
  item: { measure: ServiceType | ''; organisationId: string; dueOn: string },
): { warnings: OverlapWarning[] | null; recheck: () => void } {
  const { measure, organisationId, dueOn } = item;
  const [warnings, setWarnings] = useState<OverlapWarning[] | null>(null);
  const [round, setRound] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new round is how recheck() asks again
  useEffect(() => {
    setWarnings(null);
    if (!measure || !organisationId || !DATE.test(dueOn)) return;
    let cancelled = false;
    assistanceApi
      .overlaps(caseId, { measure, organisationId, dueOn })
      .then((answer) => {
        if (!cancelled) setWarnings(answer.items);
      })
      // The server checks again when the item is saved; a failed look-up only loses the early warning.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [caseId, measure, organisationId, dueOn, round]);
  const recheck = useCallback(() => setRound((n) => n + 1), []);
  return { warnings, recheck };
}
