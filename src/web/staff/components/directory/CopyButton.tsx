import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type CopyState = { outcome: 'copied' | 'failed'; at: number } | null;

/** How long the "Copied" note stays next to the button. */
const NOTE_MS = 4_000;

/**
 * Copies a phone number or an address to the clipboard, and says so in a polite live region next
 * to the button, so that screen reader users hear it too.
 */
export function CopyButton({ value }: { value: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>(null);

  useEffect(() => {
    if (state === null) return;
    const timer = window.setTimeout(() => setState(null), NOTE_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async (): Promise<void> => {
    try {
      if (!navigator.clipboard) throw new Error('clipboard unavailable');
      await navigator.clipboard.writeText(value);
      setState({ outcome: 'copied', at: Date.now() });
    } catch {
      setState({ outcome: 'failed', at: Date.now() });
    }
  };

  return (
    <span className="copy">
      <button
        type="button"
        className="button-secondary button-small"
        aria-label={t('directory.copyValue', { value })}
        data-testid={`copy-${value}`}
        onClick={() => void copy()}
      >
        {t('directory.copy')}
      </button>
      <span className="copy-note" role="status">
        {state?.outcome === 'copied' ? t('directory.copied') : null}
        {state?.outcome === 'failed' ? t('directory.copyFailed') : null}
      </span>
    </span>
  );
}
