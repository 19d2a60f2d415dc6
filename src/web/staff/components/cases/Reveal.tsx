import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A button that opens a form in place; the form closes itself when done, or with Cancel. */
export function Reveal({
  label,
  children,
  testId,
}: {
  label: string;
  children: (close: () => void) => ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button-secondary" onClick={() => setOpen(true)} data-testid={testId}>
        {label}
      </button>
    );
  }
  return (
    <div className="reveal">
      {children(() => setOpen(false))}
      <button type="button" className="button-link" onClick={() => setOpen(false)}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
