import type { ReactNode } from 'react';

/** One part of a case page: a panel named by its heading. */
export function CasePanel({ name, title, children }: { name: string; title: string; children: ReactNode }) {
  return (
    <section className="panel" aria-labelledby={`case-${name}-heading`}>
      <h2 id={`case-${name}-heading`}>{title}</h2>
      {children}
    </section>
  );
}
