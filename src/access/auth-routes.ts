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
import * as contract from './contract.ts';
import { requestPasswordReset, resetPassword } from './password-reset.ts';
import { SESSION_COOKIE } from './sessions.ts';

const ANY_STAGE = ['totp_required', 'totp_enrolment_required', 'membership_required', 'active'] as const;
const tag = 'Accounts and sessions';

export const authRoutes = [
  route({
    ...contract.login,
    summary: 'Log in with e-mail and password; sets the session cookie',
    tag,
    policy: { kind: 'public' },
    // Per client address; many staff may share one office address, so the account lockout is the
    // finer guard and this one stops scripted guessing.
    rateLimitPerMinute: 30,
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
    ...contract.session,
    summary: 'The current session: stage, memberships and expiry',
    tag,
    policy: { kind: 'session', stages: ANY_STAGE },
    handler: async (ctx) => sessionView(ctx, actorOf(ctx).sessionId),
  }),
  route({
    ...contract.verifyTotp,
    summary: 'Second factor: a TOTP code or a recovery code',
    tag,
    policy: { kind: 'session', stages: ['totp_required'] },
    rateLimitPerMinute: 20,
    handler: async (ctx, { body }) => verifySecondFactor(ctx, actorOf(ctx), body.code),
  }),
  route({
    ...contract.startTotpEnrolment,
    summary:
      'Start two-factor enrolment: a new secret and its QR code (replacing one needs the password and a current code)',
    tag,
    policy: { kind: 'session', stages: ['totp_enrolment_required', 'active'] },
    rateLimitPerMinute: 20,
    handler: async (ctx, { body }) => startTotpEnrolment(ctx, actorOf(ctx), body),
  }),
  route({
    ...contract.confirmTotpEnrolment,
    summary: 'Confirm enrolment with a code; returns one-time recovery codes',
    tag,
    policy: { kind: 'session', stages: ['totp_enrolment_required', 'active'] },
    rateLimitPerMinute: 20,
    handler: async (ctx, { body }) => confirmTotpEnrolment(ctx, actorOf(ctx), body.code),
  }),
  route({
    ...contract.chooseMembership,
    summary: 'Choose the membership (organisation and role) to act in',
    tag,
    policy: { kind: 'session', stages: ['membership_required', 'active'] },
    handler: async (ctx, { body }) => chooseMembership(ctx, actorOf(ctx), body.membershipId),
  }),
  route({
    ...contract.logout,
    summary: 'End this session',
    tag,
    policy: { kind: 'session', stages: ANY_STAGE },
    handler: async (ctx, _input, reply) => {
      await logout(ctx, actorOf(ctx));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    },
  }),
  route({
    ...contract.logoutEverywhere,
    summary: 'End every session of this account, this one included',
    tag,
    policy: { kind: 'session', stages: ANY_STAGE },
    handler: async (ctx, _input, reply) => {
      await logoutEverywhere(ctx, actorOf(ctx));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    },
  }),
  route({
    ...contract.forgotPassword,
    summary:
      'Forgot password: e-mails a link valid 30 minutes if an account has the address; the answer is the same either way',
    tag,
    policy: { kind: 'public' },
    rateLimitPerMinute: 5,
    handler: async (ctx, { body }) => requestPasswordReset(ctx, body),
  }),
  route({
    ...contract.resetPassword,
    summary:
      'Set a new password with the e-mailed link: every session of the account ends; the second factor is still asked at login',
    tag,
    policy: { kind: 'public' },
    rateLimitPerMinute: 10,
    handler: async (ctx, { body }) => resetPassword(ctx, body),
  }),
  route({
    ...contract.changePassword,
    summary: 'Change own password (ends the account’s other sessions)',
    tag,
    policy: { kind: 'session', stages: ['active', 'membership_required'] },
    rateLimitPerMinute: 20,
    handler: async (ctx, { body }) => changePassword(ctx, actorOf(ctx), body),
  }),
  route({
    ...contract.sessions,
    summary: 'Own live sessions',
    tag,
    policy: { kind: 'session', stages: ['active', 'membership_required'] },
    handler: async (ctx) => ownSessions(ctx, actorOf(ctx)),
  }),
  route({
    ...contract.endSession,
    summary: 'End one of own sessions',
    tag,
    policy: { kind: 'session', stages: ['active', 'membership_required'] },
    handler: async (ctx, { params }) => endOwnSession(ctx, actorOf(ctx), params.id),
  }),
];
