import { useCallback, useRef, useState } from 'react';
import { ApiError, api } from '../../api.ts';
import type { CaseView } from '../../contract/cases.ts';
import { useLoaded } from '../useLoaded.ts';
import { type CaseChanges, caseChanges } from './changes.ts';
import { caseRefusal } from './refusals.ts';

export interface CaseControls {
  view: CaseView | null;
  error: unknown;
  /** What others changed, when a change of ours met a newer version of the case. */
  changes: CaseChanges | null;
  /**
   * Does one thing to the case with its current version. The answer replaces the case; an answer
   * that is not the case (a referral) reloads it. A stale version reloads it, records what
   * changed, and fails with code "stale_case" so that the form says to look and try again.
   */
  act: (run: (view: CaseView) => Promise<CaseView | unknown>) => Promise<void>;
  /** Reads the case again, after a change made elsewhere on the page (assistance) moved it on. */
  reload: () => void;
}

function isCaseView(value: unknown): value is CaseView {
  return typeof value === 'object' && value !== null && 'allowedTransitions' in value;
}

export function useCase(caseId: string): CaseControls {
  const load = useCallback(() => api.case(caseId), [caseId]);
  const { data: view, error, setData: setView, reload } = useLoaded(load);
  const [changes, setChanges] = useState<CaseChanges | null>(null);
  const current = useRef<CaseView | null>(null);
  current.current = view;

  const act = useCallback(
    async (run: (view: CaseView) => Promise<CaseView | unknown>) => {
      const before = current.current;
      if (!before) return;
      setChanges(null);
      try {
        const answer = await run(before);
        setView(isCaseView(answer) ? answer : await api.case(caseId));
      } catch (caught) {
        if (!(caught instanceof ApiError && caught.status === 409)) throw caught;
        const fresh = await api.case(caseId);
        setView(fresh);
        if (fresh.version === before.version) throw caseRefusal(caught);
        setChanges(caseChanges(before, fresh));
        throw new ApiError({ status: 409, code: 'stale_case' });
      }
    },
    [caseId, setView],
  );

  return { view, error, changes, act, reload };
}
