import { actorOf } from '../platform/http/actor.ts';
import { route } from '../platform/http/route.ts';
import {
  changePassword,
  chooseMembership,
  confirmTotpEnrolment,
  endOwnSession,
  login,
  logout,
  logoutEverywhere,
  ownSessions,
  sessionView,
  startTotpEnrolment,
  verifySecondFactor,
} from './auth.ts';
import {
  ChangePasswordInput,
  ChooseMembershipInput,
  IdParams,
  LoginInput,
  SessionList,
  SessionView,
  TotpConfirmation,
  TotpEnrolmentInput,
  TotpEnrolmentView,
  TotpInput,
} from './model.ts';
import { SESSION_COOKIE } from './sessions.ts';

const ANY_STAGE = ['totp_required', 'totp_enrolment_required', 'membership_required', 'active'] as const;
const tag = 'Accounts and sessions';

export const authRoutes = [
  route({
    method: 'POST',
    url: '/api/auth/login',
    summary: 'Log in with e-mail and password; sets the session cookie',
    tag,
    policy: { kind: 'public' },
    // Per client address; many staff may share one office address, so the account lockout is the
    // finer guard and this one stops scripted guessing.
    rateLimitPerMinute: 30,
    body: LoginInput,
    response: SessionView,
    handler: async (ctx, { body }, reply) => {
      const { token, sessionId } = await login(ctx, body);
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        // Never sent in the clear where the service is meant to be reached over https.
        secure: ctx.config.env === 'production' || ctx.config.publicUrl?.startsWith('https:') ? true : 'auto',
      });
      return sessionView(ctx, sessionId);
    },
  }),
  route({
    method: 'GET',
    url: '/api/auth/session',
    summary: 'The current session: stage, memberships and expiry',
    tag,
    policy: { kind: 'session', stages: ANY_STAGE },
    response: SessionView,
    handler: async (ctx) => sessionView(ctx, actorOf(ctx).sessionId),
  }),
  route({
    method: 'POST',
    url: '/api/auth/totp',
    summary: 'Second factor: a TOTP code or a recovery code',
    tag,
    policy: { kind: 'session', stages: ['totp_required'] },
    rateLimitPerMinute: 20,
    body: TotpInput,
    response: SessionView,
    handler: async (ctx, { body }) => verifySecondFactor(ctx, actorOf(ctx), body.code),
  }),
  route({
    method: 'POST',
    url: '/api/auth/totp/enrolment',
    summary:
      'Start two-factor enrolment: a new secret and its QR code (replacing one needs the password and a current code)',
    tag,
    policy: { kind: 'session', stages: ['totp_enrolment_required', 'active'] },
    rateLimitPerMinute: 20,
    body: TotpEnrolmentInput,
    response: TotpEnrolmentView,
    handler: async (ctx, { body }) => startTotpEnrolment(ctx, actorOf(ctx), body),
  }),
  route({
    method: 'POST',
    url: '/api/auth/totp/enrolment/confirm',
    summary: 'Confirm enrolment with a code; returns one-time recovery codes',
    tag,
    policy: { kind: 'session', stages: ['totp_enrolment_required', 'active'] },
    rateLimitPerMinute: 20,
    body: TotpInput,
    response: TotpConfirmation,
    handler: async (ctx, { body }) => confirmTotpEnrolment(ctx, actorOf(ctx), body.code),
  }),
  route({
    method: 'POST',
    url: '/api/auth/membership',
    summary: 'Choose the membership (organisation and role) to act in',
    tag,
    policy: { kind: 'session', stages: ['membership_required', 'active'] },
    body: ChooseMembershipInput,
    response: SessionView,
    handler: async (ctx, { body }) => chooseMembership(ctx, actorOf(ctx), body.membershipId),
  }),
  route({
    method: 'POST',
    url: '/api/auth/logout',
    summary: 'End this session',
    tag,
    policy: { kind: 'session', stages: ANY_STAGE },
    response: null,
    handler: async (ctx, _input, reply) => {
      await logout(ctx, actorOf(ctx));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    },
  }),
  route({
    method: 'POST',
    url: '/api/auth/logout-everywhere',
    summary: 'End every session of this account, this one included',
    tag,
    policy: { kind: 'session', stages: ANY_STAGE },
    response: null,
    handler: async (ctx, _input, reply) => {
      await logoutEverywhere(ctx, actorOf(ctx));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    },
  }),
  route({
    method: 'POST',
    url: '/api/auth/password',
    summary: 'Change own password (ends the account’s other sessions)',
    tag,
    policy: { kind: 'session', stages: ['active', 'membership_required'] },
    rateLimitPerMinute: 20,
    body: ChangePasswordInput,
    response: null,
    handler: async (ctx, { body }) => changePassword(ctx, actorOf(ctx), body),
  }),
  route({
    method: 'GET',
    url: '/api/auth/sessions',
    summary: 'Own live sessions',
    tag,
    policy: { kind: 'session', stages: ['active', 'membership_required'] },
    response: SessionList,
    handler: async (ctx) => ownSessions(ctx, actorOf(ctx)),
  }),
  route({
    method: 'DELETE',
    url: '/api/auth/sessions/:id',
    summary: 'End one of own sessions',
    tag,
    policy: { kind: 'session', stages: ['active', 'membership_required'] },
    params: IdParams,
    response: null,
    handler: async (ctx, { params }) => endOwnSession(ctx, actorOf(ctx), params.id),
  }),
];
