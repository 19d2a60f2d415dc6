import type { ReactNode } from 'react';

/** An error, announced to screen readers as soon as it appears. */
export function ErrorAlert({ children }: { children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div className="alert alert-error" role="alert">
      {children}
    </div>
  );
}

/** A polite status message (saved, removed, and the like). */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <div className="status-region" role="status">
      {children ? <div className="alert alert-success">{children}</div> : null}
    </div>
  );
}

export function InfoNote({ children }: { children: ReactNode }) {
  return <div className="alert alert-info">{children}</div>;
}
