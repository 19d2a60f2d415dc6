import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, onStageChanged, onUnauthorised } from './api.ts';
import type { Membership, SessionView } from './contract/access.ts';

/** Why the login screen is shown again, when there is something to tell. */
export type SignedOutNotice = 'expired' | 'logged_out_everywhere' | 'password_reset' | null;

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; notice: SignedOutNotice }
  | { status: 'authenticated'; session: SessionView };

export interface SessionControls {
  state: SessionState;
  /** Replaces the session with a fresh view from the server. */
  setSession: (session: SessionView) => void;
  /** Forgets the session locally and shows the login screen, optionally with a notice. */
  signOut: (notice?: SignedOutNotice) => void;
  /** Ends the session on the server, then signs out locally. */
  logout: () => Promise<void>;
}

/** Longest delay setTimeout accepts without firing at once. */
const MAX_TIMEOUT_MS = 2_147_483_647;
/** How long after the expiry time to ask the server, so that its clock has surely passed it too. */
const EXPIRY_GRACE_MS = 1_500;
const RETRY_MS = 30_000;

export function useSessionState(): SessionControls {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const setSession = useCallback((session: SessionView) => {
    setState({ status: 'authenticated', session });
  }, []);

  const signOut = useCallback((notice: SignedOutNotice = null) => {
    setState({ status: 'anonymous', notice });
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } catch (error) {
      // 401: the session had already ended, which is what the user wanted.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    setState({ status: 'anonymous', notice: null });
  }, []);

  // Any API call answering 401 (other than a wrong password or code) means the session is gone.
  useEffect(() => {
    onUnauthorised(() => setState({ status: 'anonymous', notice: 'expired' }));
    // A removed membership: reload the session, which now asks where to act.
    onStageChanged(() => {
      api
        .session()
        .then((session) => setState({ status: 'authenticated', session }))
        .catch(() => setState({ status: 'anonymous', notice: 'expired' }));
    });
    return () => {
      onUnauthorised(null);
      onStageChanged(null);
    };
  }, []);

  // Find out whether a session already exists.
  useEffect(() => {
    let cancelled = false;
    api
      .session()
      .then((session) => {
        if (!cancelled) setState({ status: 'authenticated', session });
      })
      .catch(() => {
        if (!cancelled) setState({ status: 'anonymous', notice: null });
      });
    return () => {
      cancelled = true;
    };
  }, []);

  // When the idle (or absolute) expiry time passes, ask the server whether the session still
  // lives: other requests may have extended it meanwhile. If it does not, show the login screen.
  const expiresAt = state.status === 'authenticated' ? earliest(state.session) : null;
  useEffect(() => {
    if (expiresAt === null) return;
    let timer = 0;
    let cancelled = false;
    const check = (): void => {
      api
        .session()
        .then((session) => {
          if (!cancelled) setState({ status: 'authenticated', session });
        })
        .catch((error: unknown) => {
          if (cancelled) return;
          if (error instanceof ApiError && error.status === 401) {
            setState({ status: 'anonymous', notice: 'expired' });
          } else {
            timer = window.setTimeout(check, RETRY_MS);
          }
        });
    };
    const delay = Math.min(Math.max(expiresAt - Date.now() + EXPIRY_GRACE_MS, 0), MAX_TIMEOUT_MS);
    timer = window.setTimeout(check, delay);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [expiresAt]);

  return useMemo(() => ({ state, setSession, signOut, logout }), [state, setSession, signOut, logout]);
}

function earliest(session: SessionView): number | null {
  const times = [session.idleExpiresAt, session.absoluteExpiresAt]
    .map((iso) => Date.parse(iso))
    .filter((ms) => !Number.isNaN(ms));
  return times.length === 0 ? null : Math.min(...times);
}

export const SessionContext = createContext<SessionControls | null>(null);

export function useSession(): SessionControls {
  const controls = useContext(SessionContext);
  if (!controls) throw new Error('useSession must be used inside SessionContext');
  return controls;
}

/** The authenticated session; only for components rendered after sign-in. */
export function useAuthenticatedSession(): SessionView {
  const { state } = useSession();
  if (state.status !== 'authenticated') throw new Error('No authenticated session');
  return state.session;
}

export function activeMembership(session: SessionView): Membership | null {
  return session.memberships.find((m) => m.id === session.activeMembershipId) ?? null;
}

export type Area =
  | 'work'
  | 'caseload'
  | 'mail'
  | 'requests'
  | 'intake'
  | 'desk'
  | 'cases'
  | 'users'
  | 'organisations'
  | 'audit'
  | 'access-review'
  | 'subjects'
  | 'consultations'
  | 'statistics'
  | 'funding'
  | 'trainings'
  | 'plan'
  | 'police'
  | 'claims';

/** The catalogue key of an area's name in the navigation. */
export function areaLabelKey(area: Area): string {
  return area === 'access-review' ? 'nav.accessReview' : `nav.${area}`;
}

/**
 * Which staff areas a role may open, most used first. The server decides access; this only shapes
 * the navigation. A role with "work" has "My work" as its home screen.
 */
export function areasFor(role: string | undefined): Area[] {
  switch (role) {
    case 'first_responder':
      return ['intake', 'cases'];
    case 'national_coordinator':
      return ['work', 'desk', 'cases', 'plan', 'statistics', 'funding', 'trainings'];
    case 'case_worker':
      return ['work', 'cases', 'intake', 'consultations'];
    case 'return_officer':
      return ['cases', 'consultations'];
    case 'consular_officer':
      return ['intake', 'cases'];
    case 'administrator':
      return ['users', 'organisations', 'mail'];
    case 'organisation_manager':
      return [
        'work',
        'caseload',
        'cases',
        'intake',
        'consultations',
        'users',
        'access-review',
        'statistics',
        'funding',
        'trainings',
        'plan',
      ];
    case 'investigator':
      return ['police'];
    case 'compensation_officer':
      return ['claims'];
    case 'statistician':
      return ['statistics', 'funding', 'trainings', 'plan'];
    case 'auditor':
      return ['audit', 'access-review'];
    case 'data_protection_officer':
      return ['requests', 'subjects', 'audit', 'access-review'];
    default:
      return [];
  }
}
