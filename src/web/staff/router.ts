import { useSyncExternalStore } from 'react';

/** The base path the app is served under, always with a trailing slash ("/staff/"). */
const BASE = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

export type AppPath =
  | '/'
  | '/account'
  | '/directory'
  | '/users'
  | '/organisations'
  | '/audit'
  | '/access-review'
  | '/intake'
  | '/desk'
  | '/cases'
  | '/subjects'
  | '/consultations'
  | '/statistics'
  | '/funding'
  | '/trainings'
  | '/plan'
  | `/plan/${string}`
  | '/work'
  | '/caseload'
  | '/alerts'
  | '/mail'
  | '/requests'
  | '/forgot-password'
  | '/reset-password'
  | `/intake/${string}`
  | `/cases/${string}`
  | `/referrals/${string}`
  | '/police'
  | `/police/${string}`
  | '/claims'
  | `/claims/${string}`;

const listeners = new Set<() => void>();

/** The current path relative to the base, always starting with "/" and without a trailing slash. */
function readPath(): string {
  const full = window.location.pathname;
  const baseNoSlash = BASE.slice(0, -1);
  let rest = full.startsWith(BASE) ? full.slice(BASE.length - 1) : full === baseNoSlash ? '/' : full;
  if (rest.length > 1 && rest.endsWith('/')) rest = rest.slice(0, -1);
  return rest === '' ? '/' : rest;
}

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

/** Turns an app path ("/users") into a URL under the base ("/staff/users"). */
export function href(path: AppPath): string {
  return path === '/' ? BASE : `${BASE}${path.slice(1)}`;
}

/** The id in a path of the form "/cases/:id" (for the prefix "/cases"), or null for any other path. */
export function pathId(
  path: string,
  prefix: '/cases' | '/intake' | '/referrals' | '/plan' | '/police' | '/claims',
): string | null {
  if (!path.startsWith(`${prefix}/`)) return null;
  const rest = path.slice(prefix.length + 1);
  if (rest === '' || rest.includes('/')) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}

export function navigate(path: AppPath, options: { replace?: boolean } = {}): void {
  const target = href(path);
  if (target === window.location.pathname) return;
  if (options.replace) window.history.replaceState(null, '', target);
  else window.history.pushState(null, '', target);
  notify();
}

/** A parameter of the address's query ("token" of "/reset-password?token=…"), or null. */
export function queryParam(name: string): string | null {
  if (typeof window === 'undefined') return null;
  return new URLSearchParams(window.location.search).get(name);
}

/**
 * Whether an address from the server (an alert's link, "/cases/…") is a path of this app; anything
 * else is not followed.
 */
export function isAppPath(path: string): path is AppPath {
  return /^\/[A-Za-z0-9\-/._~%]*$/.test(path) && !path.startsWith('//');
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, readPath, () => '/');
}
