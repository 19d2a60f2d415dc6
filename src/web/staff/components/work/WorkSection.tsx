import type { ReactNode } from 'react';

/** A part of "My work" or of the caseload: a panel with its heading and how many it holds. */
export function WorkSection({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: string;
  count: number;
  children: ReactNode;
}) {
  return (
    <section className="panel" id={id} aria-labelledby={`${id}-heading`} tabIndex={-1}>
      <h2 id={`${id}-heading`}>
        {title} <span className="count-badge">{count}</span>
      </h2>
      {children}
    </section>
  );
}
