import type { MouseEvent, ReactNode } from 'react';
import { type AppPath, href, navigate, usePath } from '../router.ts';

interface LinkProps {
  to: AppPath;
  children: ReactNode;
  className?: string;
  /** Marks the link with aria-current="page" when it points at the current screen or one below it. */
  markCurrent?: boolean;
  /** Called after an in-app navigation, e.g. to close the menu the link sits in. */
  onNavigate?: () => void;
}

export function Link({ to, children, className, markCurrent = false, onNavigate }: LinkProps) {
  const path = usePath();
  const onClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
    onNavigate?.();
  };
  return (
    <a
      href={href(to)}
      onClick={onClick}
      className={className}
      aria-current={
        markCurrent && (path === to || (to !== '/' && path.startsWith(`${to}/`))) ? 'page' : undefined
      }
    >
      {children}
    </a>
  );
}
