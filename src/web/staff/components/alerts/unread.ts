// The header's unread count is asked again when alerts are read elsewhere in the app.
const listeners = new Set<() => void>();

/** Says that alerts were read (one, or all), so that the count is asked again. */
export function alertsChanged(): void {
  for (const listener of listeners) listener();
}

export function onAlertsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
