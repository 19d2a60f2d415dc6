import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The screen's <h1>. It takes focus when the screen opens, so that keyboard and screen reader
 * users start at the top of the new screen, and it names the browser tab. A screen whose whole
 * purpose is one field (log in, enter a code) may name that field to focus instead.
 */
export function ScreenHeading({
  children,
  title,
  focusId,
}: {
  children: ReactNode;
  title: string;
  focusId?: string;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();
  const appName = t('app.name');

  useEffect(() => {
    const target = focusId ? document.getElementById(focusId) : null;
    (target ?? ref.current)?.focus();
  }, [focusId]);

  useEffect(() => {
    document.title = `${title} · ${appName}`;
  }, [title, appName]);

  return (
    <h1 ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}
