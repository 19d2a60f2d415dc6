// Shared by the tests that render screens to static HTML: a session, a renderer with the header,
// and the check that no catalogue key is shown untranslated.
import i18next from 'i18next';
import { createElement as h, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { Header } from './components/Header.tsx';
import type { Role, SessionView } from './contract/access.ts';
import en from './i18n/en.json';
import figuresEn from './i18n/figures.en.json';
import figuresLt from './i18n/figures.lt.json';
import lt from './i18n/lt.json';
import { SessionContext, type SessionControls } from './session.ts';

export const police = {
  id: 'o1',
  slug: 'policija',
  name: { lt: 'Lietuvos policija', en: 'Lithuanian Police' },
};

export const caritas = {
  id: 'o2',
  slug: 'caritas',
  name: { lt: 'Vilniaus arkivyskupijos Caritas', en: 'Caritas of the Vilnius Archdiocese' },
};

export function session(stage: SessionView['stage'], role: Role = 'administrator'): SessionView {
  return {
    user: { id: 'u1', email: 'egle@atrama.test', displayName: 'Eglė Jankauskienė' },
    stage,
    memberships: [
      { id: 'm1', role, organisation: police },
      { id: 'm2', role: 'case_worker', organisation: caritas },
    ],
    activeMembershipId: stage === 'active' ? 'm1' : null,
    totpEnrolled: true,
    idleExpiresAt: new Date(Date.now() + 600_000).toISOString(),
    absoluteExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  };
}

export function render(current: SessionView | null, element: ReactElement): string {
  const controls: SessionControls = {
    state: current
      ? { status: 'authenticated', session: current }
      : { status: 'anonymous', notice: 'expired' },
    setSession: () => undefined,
    signOut: () => undefined,
    logout: async () => undefined,
  };
  return renderToStaticMarkup(h(SessionContext.Provider, { value: controls }, h(Header), element));
}

/**
 * Visible text plus the text of aria-label and alt attributes. Machine codes shown on purpose in
 * <code> (an audit entry's action, such as case.identity.open) are left out.
 */
function readable(html: string): string {
  const attributes = [...html.matchAll(/(?:aria-label|alt)="([^"]*)"/g)].map((m) => m[1]);
  const text = html.replace(/<code\b[^>]*>[\s\S]*?<\/code>/g, ' ');
  return `${text.replace(/<[^>]+>/g, ' ')} ${attributes.join(' ')}`;
}

const KEY_LIKE =
  /\b(app|language|common|header|nav|login|totp|enrol|recovery|membership|home|account|users|organisations|audit|directory|notAvailable|roles|functions|validation|errors|catalogue|intake|identity|cases|caseIdentity|deadlines|decisions|transitions|referrals|inbox|team|consents|notes|timeline|desk|subjects|accessReview|assistance|consultations|figures|statistics|funding|alerts|work|referral|caseload|forgot|reset|mail|requests)\.[a-zA-Z_]+/;

/** The first thing in the page that looks like a catalogue key rather than text, if any. */
export function untranslated(html: string): string | undefined {
  return KEY_LIKE.exec(readable(html))?.[0];
}

export async function initTestI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    // Every catalogue at once: the staff app's and the statistics screens'.
    resources: {
      lt: { translation: { ...lt, ...figuresLt } },
      en: { translation: { ...en, ...figuresEn } },
    },
    lng: 'lt',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
}
