import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../api.ts';
import type { DraftView, IntakeDraftData } from '../../contract/cases.ts';
import { DraftSaver, type SaveStatus } from './saver.ts';

/** A DraftSaver for one draft, living as long as the screen; its status as React state. */
export function useDraftSaver(
  draftId: string,
  version: number | undefined,
  onReloaded: (draft: DraftView) => void,
  savedAt?: string,
): {
  status: SaveStatus;
  change: (data: IntakeDraftData) => void;
  flush: () => Promise<boolean>;
  stop: () => Promise<void>;
} {
  // A draft opened again was saved before: it says when, not "not saved yet".
  const [status, setStatus] = useState<SaveStatus>(
    savedAt ? { kind: 'saved', at: savedAt } : { kind: 'idle' },
  );
  const reloaded = useRef(onReloaded);
  reloaded.current = onReloaded;
  const saver = useRef<DraftSaver | null>(null);
  if (saver.current === null) {
    saver.current = new DraftSaver(
      {
        save: (data, v) => api.saveIntakeDraft(draftId, data, v),
        load: () => api.intakeDraft(draftId),
      },
      { status: setStatus, reloaded: (draft) => reloaded.current(draft) },
      version,
    );
  }
  // Leaving the screen saves what is still waiting at once rather than after the pause.
  useEffect(
    () => () => {
      void saver.current?.flush();
    },
    [],
  );
  const current = saver.current;
  const actions = useMemo(
    () => ({
      change: (data: IntakeDraftData) => current.change(data),
      flush: () => current.flush(),
      stop: () => current.stop(),
    }),
    [current],
  );
  return { status, ...actions };
}
