import { useEffect, useState } from 'react';

/** What a loader answers, loaded again whenever the loader changes (keep it in useCallback). */
export function useLoaded<T>(load: () => Promise<T>): {
  data: T | null;
  error: unknown;
  setData: (data: T) => void;
} {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
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
  }, [load]);
  return { data, error, setData };
}
