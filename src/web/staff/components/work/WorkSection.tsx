import type { ReactNode } from 'react';

/**
 * A part of "My work", of the caseload or of the coordinator's desk: a panel with its heading and how
 * many it holds. An anchored part carries the id itself and takes focus, so that a link on the page
 * (the figures at the top of "My work") can lead to it.
 */
export function WorkSection({
  id,
  title,
  count,
  anchored = true,
  children,
}: {
  id: string;
  title: string;
  count: number;
  anchored?: boolean;
  children: ReactNode;
}) {
  return (
    <section className="panel" {...(anchored ? { id, tabIndex: -1 } : {})} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {title} <span className="count-badge">{count}</span>
      </h2>
      {children}
    </section>
  );
}
