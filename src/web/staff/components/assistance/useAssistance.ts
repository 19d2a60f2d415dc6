import { useCallback } from 'react';
import { ApiError } from '../../api.ts';
import type { CaseView } from '../../contract/cases.ts';
import { caseRefusal } from '../cases/refusals.ts';
import { useLoaded } from '../useLoaded.ts';
import { assistanceApi } from './api.ts';
import type { AssistanceView } from './types.ts';

/** Records one change to a case's assistance; the server answers with the whole view. */
export type RecordAssistance = (run: (caseId: string) => Promise<AssistanceView>) => Promise<void>;

export interface AssistanceControls {
  view: AssistanceView | null;
  error: unknown;
  record: RecordAssistance;
}

/**
 * The assistance of one case. Each change replaces the view with the answer and tells the case page
 * (`onRecorded`), whose state, timeline and deadlines it may have moved. A refusal is worded from its
 * code; a change that met someone else's newer version reloads the view and says so.
 */
export function useAssistance(caseId: string, onRecorded: () => void): AssistanceControls {
  const load = useCallback(() => assistanceApi.view(caseId), [caseId]);
  const { data, error, setData, reload } = useLoaded(load);
  const record = useCallback<RecordAssistance>(
    async (run) => {
      try {
        setData(await run(caseId));
      } catch (caught) {
        if (!(caught instanceof ApiError && caught.status === 409)) throw caught;
        const refusal = caught.problem.refusal;
        if (refusal === undefined || refusal === 'stale') {
          reload();
          throw new ApiError({ status: 409, code: 'refused.stale' });
        }
        throw caseRefusal(caught);
      }
      onRecorded();
    },
    [caseId, setData, reload, onRecorded],
  );
  return { view: data, error, record };
}

/** What every assistance tab is given: the case, its assistance, and the way to record. */
export interface AssistanceTabProps {
  caseView: CaseView;
  assistance: AssistanceView;
  record: RecordAssistance;
}
