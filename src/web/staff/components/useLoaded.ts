import { useCallback, useEffect, useState } from 'react';

/**
 * What a loader answers, loaded again whenever the loader changes (keep it in useCallback) or
 * reload() is called; what was shown stays until the new answer comes.
 */
export function useLoaded<T>(load: () => Promise<T>): {
  data: T | null;
  error: unknown;
  setData: (data: T) => void;
  reload: () => void;
} {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [round, setRound] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new round is how reload() asks again
  useEffect(() => {
    let cancelled = false;
    setError(null);
    load()
      .then((result) => {
        if (!cancelled) setData(result);
      })
      .catch((caught: unknown) => {
        if (!cancelled) setError(caught);
      });
    return () => {
      cancelled = true;
    };
  }, [load, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { data, error, setData, reload };
}
