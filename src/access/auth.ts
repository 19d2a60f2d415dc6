import { hash, verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { notify } from '../alerts/store.ts';
import { recordAudit } from '../audit/record.ts';
import { sealJson, unsealJson } from '../platform/crypto/sealing.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor, RequestContext } from '../platform/http/context.ts';
import type {
  ChangePasswordInput,
  LoginInput,
  Role,
  SessionStage,
  SessionView,
  TotpEnrolmentInput,
} from './model.ts';
import {
  checkPassword,
  decideTry,
  effectiveStage,
  idleExpiry,
  PASSWORD_MESSAGES,
  stageAfterPassword,
  stageAfterSecondFactor,
} from './rules.ts';
import {
  createSession,
  endAllSessions,
  endSession,
  getSessionRow,
  isNewDevice,
  listLiveSessions,
  membershipsOf,
  updateSession,
} from './sessions.ts';
import { findUserByEmail, getUser, membershipView } from './store.ts';
import { users } from './tables.ts';
import { countTry, forgetTries, lockOf, type ThrottleSubject, throttleSubject } from './throttle.ts';
import { enrolmentView, hashRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret } from './totp.ts';

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes).
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
let dummyHash: Promise<string> | null = null;

export const hashPassword = (password: string) => hash(password, ARGON2);

export function assertPasswordAcceptable(password: string, email: string, field: string) {
  const problems = checkPassword(password, email);
  if (problems.length > 0) {
    throw new AppError(
      'validation_failed',
      PASSWORD_MESSAGES[problems[0]!],
      problems.map((p) => ({ field, message: PASSWORD_MESSAGES[p] })),
    );
  }
}

const totpAad = (userId: string) => `totp:${userId}`;

function actorFor(user: { id: string; email: string }, sessionId: string, stage: SessionStage): Actor {
  return { userId: user.id, email: user.email, sessionId, stage, membership: null };
}

export async function sessionView(ctx: RequestContext, sessionId: string): Promise<SessionView> {
  const session = await getSessionRow(ctx.db, sessionId);
  const user = session && (await getUser(ctx.db, session.userId));
  if (!session || !user) throw new AppError('unauthenticated', 'Log in to continue.');
  return {
    user: { id: user.id, email: user.email, displayName: user.displayName },
    stage: effectiveStage(session.stage as SessionStage, session.membershipId !== null),
    memberships: (await membershipsOf(ctx.db, user.id)).map(membershipView),
    activeMembershipId: session.membershipId,
    totpEnrolled: user.totpSecretSealed !== null,
    idleExpiresAt: idleExpiry(session).toISOString(),
    absoluteExpiresAt: session.absoluteExpiresAt.toISOString(),
  };
}

/**
 * One try, counted before it is checked: past the limit it is refused unchecked (423); a failure
 * that reaches the limit locks (423); any other failure is the caller's to answer. True when it passed.
 */
async function countedTry(
  ctx: RequestContext,
  subject: ThrottleSubject,
  check: () => Promise<boolean>,
  audit: (outcome: 'denied' | 'failure') => Promise<unknown>,
  /** The account the tries are on, if there is one: told when they lock it. */
  holder: string | null,
): Promise<boolean> {
  const now = new Date();
  const decision = decideTry(await countTry(ctx.db, subject, now), now);
  if (decision.kind === 'locked') {
    await audit('denied');
    throw lockedError(decision.until);
  }
  if (await check()) return true;
  await audit('failure');
  if (decision.lockOnFailure) {
    const until = (await lockOf(ctx.db, subject, now)) ?? now;
    if (holder) {
      await notify(ctx.db, {
        kind: 'account_locked',
        audiences: [{ users: [holder] }],
        link: '/account',
        dueAt: until,
        onceKey: `locked:${subject}:${until.toISOString()}`,
      });
    }
    throw lockedError(until);
  }
  return false;
}

/** The account of a live session. */
async function accountOf(ctx: RequestContext, actor: Actor) {
  const user = await getUser(ctx.db, actor.userId);
  if (!user) throw new AppError('unauthenticated', 'Log in to continue.');
  return user;
}

export async function login(ctx: RequestContext, input: z.output<typeof LoginInput>) {
  // Counted per e-mail address as typed, whether or not an account has it: past the limit an
  // unknown address and a locked account answer alike, without checking anything.
  const subject = throttleSubject(ctx.keys.blindIndex, 'password', input.email);
  const user = await findUserByEmail(ctx.db, input.email);
  const asActor = user?.active ? actorFor(user, '', 'totp_required') : undefined;
  const passed = await countedTry(
    ctx,
    subject,
    async () => {
      const passwordHash = user?.active ? user.passwordHash : await dummyPasswordHash();
      return (await verify(passwordHash, input.password).catch(() => false)) && user?.active === true;
    },
    (outcome) =>
      recordAudit(
        ctx.db,
        ctx,
        {
          action: 'auth.login',
          outcome,
          detail: { reason: outcome === 'denied' ? 'locked' : user?.active ? 'password' : 'unknown' },
        },
        asActor,
      ),
    user?.active ? user.id : null,
  );
  if (!passed || !user) throw new AppError('invalid_credentials', 'The e-mail or password is wrong.');
  const owned = await membershipsOf(ctx.db, user.id);
  const facts = owned.map((m) => ({ ...m, role: m.role as Role }));
  const stage = stageAfterPassword(facts, user.totpSecretSealed !== null);
  return ctx.db.transaction(async (tx) => {
    await forgetTries(tx, subject);
    if (await isNewDevice(tx, user.id, ctx.userAgent)) {
      await notify(tx, { kind: 'new_device_login', audiences: [{ users: [user.id] }], link: '/account' });
    }
    const { token, session } = await createSession(tx, {
      userId: user.id,
      stage,
      membershipId: stage === 'active' ? (owned[0]?.id ?? null) : null,
      userAgent: ctx.userAgent,
    });
    await recordAudit(
      tx,
      ctx,
      { action: 'auth.login', outcome: 'success' },
      actorFor(user, session.id, stage),
    );
    return { token, sessionId: session.id };
  });
}

/** Verifying against this when the e-mail is unknown keeps the response time the same. */
function dummyPasswordHash() {
  dummyHash ??= hashPassword('not-a-real-password-for-timing');
  return dummyHash;
}

function lockedError(until: Date) {
  return new AppError(
    'account_locked',
    `Too many wrong tries. Logging in is locked until ${until.toISOString()}.`,
    [],
    { lockedUntil: until.toISOString() },
  );
}

function readSecret(ctx: RequestContext, userId: string, sealed: Buffer) {
  return unsealJson(ctx.keys.master, sealed, totpAad(userId)) as string;
}

type UserRow = NonNullable<Awaited<ReturnType<typeof getUser>>>;

/**
 * Check a second-factor code (a TOTP code never used before, or an unused recovery code), counted
 * per account and locked like passwords. Answers the change to the account that spends the code.
 */
async function checkSecondFactor(ctx: RequestContext, user: UserRow, code: string) {
  const sealed = user.totpSecretSealed;
  if (!sealed) throw new AppError('invalid_code', 'Two-factor authentication is not set up.');
  const subject = throttleSubject(ctx.keys.blindIndex, 'second_factor', user.id);
  const step = matchTotp(readSecret(ctx, user.id, sealed), user.email, code);
  const recoveryHash = hashRecoveryCode(code);
  const usesRecovery = step === null && user.recoveryCodeHashes.includes(recoveryHash);
  const validStep = step !== null && step > (user.totpLastStep ?? 0);
  const passed = await countedTry(
    ctx,
    subject,
    async () => validStep || usesRecovery,
    (outcome) =>
      recordAudit(ctx.db, ctx, {
        action: 'auth.second_factor',
        outcome,
        ...(outcome === 'denied' ? { detail: { reason: 'locked' } } : {}),
      }),
    user.id,
  );
  if (!passed) {
    throw new AppError('invalid_code', 'That code is not valid. Check the time on your phone and try again.');
  }
  return {
    method: usesRecovery ? ('recovery_code' as const) : ('totp' as const),
    spend: async (db: RequestContext['db']) => {
      await forgetTries(db, subject);
      await db
        .update(users)
        .set(
          usesRecovery
            ? { recoveryCodeHashes: user.recoveryCodeHashes.filter((h) => h !== recoveryHash) }
            : { totpLastStep: step },
        )
        .where(eq(users.id, user.id));
    },
  };
}

/** Second factor: a TOTP code (never the same time step twice) or a one-time recovery code. */
export async function verifySecondFactor(ctx: RequestContext, actor: Actor, code: string) {
  const user = await accountOf(ctx, actor);
  const checked = await checkSecondFactor(ctx, user, code);
  const owned = await membershipsOf(ctx.db, user.id);
  const stage = stageAfterSecondFactor(owned.map((m) => ({ ...m, role: m.role as Role })));
  await ctx.db.transaction(async (tx) => {
    await checked.spend(tx);
    await updateSession(tx, actor.sessionId, {
      stage,
      membershipId: stage === 'active' ? (owned[0]?.id ?? null) : null,
    });
    await recordAudit(tx, ctx, {
      action: 'auth.second_factor',
      outcome: 'success',
      detail: { method: checked.method },
    });
  });
  return sessionView(ctx, actor.sessionId);
}

/**
 * A new secret to enrol. Replacing a second factor already set up (which also gives new recovery
 * codes) takes the password and a current code, so a session left open is not enough to take over
 * the account's second factor.
 */
export async function startTotpEnrolment(
  ctx: RequestContext,
  actor: Actor,
  proof: z.output<typeof TotpEnrolmentInput>,
) {
  const user = await accountOf(ctx, actor);
  if (user.totpSecretSealed) {
    if (!proof.password || !proof.code) {
      throw new AppError(
        'validation_failed',
        'Replacing two-factor authentication needs your password and a current code.',
        [
          ...(proof.password ? [] : [{ field: 'body.password', message: 'required' }]),
          ...(proof.code ? [] : [{ field: 'body.code', message: 'required' }]),
        ],
      );
    }
    await checkCurrentPassword(ctx, user, proof.password, 'body.password');
    const checked = await checkSecondFactor(ctx, user, proof.code);
    await checked.spend(ctx.db);
  }
  const secret = newTotpSecret();
  await ctx.db
    .update(users)
    .set({ totpPendingSealed: sealJson(ctx.keys.master, secret, totpAad(actor.userId)) })
    .where(eq(users.id, actor.userId));
  return enrolmentView(secret, actor.email);
}

/** The password of a logged-in account, counted with the login page's tries for its address. */
async function checkCurrentPassword(ctx: RequestContext, user: UserRow, password: string, field: string) {
  const subject = throttleSubject(ctx.keys.blindIndex, 'password', user.email);
  const passed = await countedTry(
    ctx,
    subject,
    () => verify(user.passwordHash, password).catch(() => false),
    (outcome) =>
      recordAudit(ctx.db, ctx, {
        action: 'auth.password_changed',
        recordType: 'user',
        recordId: user.id,
        outcome,
      }),
    user.id,
  );
  if (!passed) {
    throw new AppError('invalid_credentials', 'The current password is wrong.', [
      { field, message: 'wrong_password' },
    ]);
  }
  await forgetTries(ctx.db, subject);
}

export async function confirmTotpEnrolment(ctx: RequestContext, actor: Actor, code: string) {
  const user = await getUser(ctx.db, actor.userId);
  if (!user?.totpPendingSealed)
    throw new AppError('conflict', 'Start the set-up again: no pending enrolment.');
  const secret = readSecret(ctx, user.id, user.totpPendingSealed);
  const step = matchTotp(secret, user.email, code);
  if (step === null) {
    throw new AppError('validation_failed', 'That code is not valid. Type the 6 digits your app shows now.', [
      { field: 'body.code', message: 'invalid_code' },
    ]);
  }
  const recoveryCodes = newRecoveryCodes();
  const owned = await membershipsOf(ctx.db, user.id);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        totpSecretSealed: user.totpPendingSealed,
        totpPendingSealed: null,
        totpLastStep: step,
        recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode),
      })
      .where(eq(users.id, user.id));
    if (actor.stage === 'totp_enrolment_required') {
      const stage = stageAfterSecondFactor(owned.map((m) => ({ ...m, role: m.role as Role })));
      await updateSession(tx, actor.sessionId, {
        stage,
        membershipId: stage === 'active' ? (owned[0]?.id ?? null) : null,
      });
    }
    await recordAudit(tx, ctx, {
      action: 'auth.totp_enrolled',
      recordType: 'user',
      recordId: user.id,
      outcome: 'success',
    });
    await notify(tx, { kind: 'second_factor_changed', audiences: [{ users: [user.id] }], link: '/account' });
  });
  return { recoveryCodes, session: await sessionView(ctx, actor.sessionId) };
}

export async function chooseMembership(ctx: RequestContext, actor: Actor, membershipId: string) {
  const owned = await membershipsOf(ctx.db, actor.userId);
  if (!owned.some((m) => m.id === membershipId))
    throw new AppError('not_found', 'That membership was not found.');
  await ctx.db.transaction(async (tx) => {
    await updateSession(tx, actor.sessionId, { stage: 'active', membershipId });
    await recordAudit(tx, ctx, {
      action: 'auth.membership_chosen',
      recordType: 'membership',
      recordId: membershipId,
      outcome: 'success',
    });
  });
  return sessionView(ctx, actor.sessionId);
}

export async function changePassword(
  ctx: RequestContext,
  actor: Actor,
  input: z.output<typeof ChangePasswordInput>,
) {
  const user = await accountOf(ctx, actor);
  await checkCurrentPassword(ctx, user, input.currentPassword, 'body.currentPassword');
  assertPasswordAcceptable(input.newPassword, user.email, 'body.newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, user.id));
    await recordAudit(tx, ctx, {
      action: 'auth.password_changed',
      recordType: 'user',
      recordId: user.id,
      outcome: 'success',
    });
    await notify(tx, { kind: 'password_changed', audiences: [{ users: [user.id] }], link: '/account' });
  });
  // Whoever knew the old password is logged out everywhere but here.
  await endAllSessions(ctx.db, user.id, actor.sessionId);
}

export async function logout(ctx: RequestContext, actor: Actor) {
  await ctx.db.transaction(async (tx) => {
    await endSession(tx, actor.userId, actor.sessionId);
    await recordAudit(tx, ctx, { action: 'auth.logout', outcome: 'success' });
  });
}

export async function logoutEverywhere(ctx: RequestContext, actor: Actor) {
  await ctx.db.transaction(async (tx) => {
    await endAllSessions(tx, actor.userId);
    await recordAudit(tx, ctx, { action: 'auth.logout_everywhere', outcome: 'success' });
  });
}

/** The account's live sessions, the one asking marked. */
export async function ownSessions(ctx: RequestContext, actor: Actor) {
  const live = await listLiveSessions(ctx.db, actor.userId);
  return {
    items: live.map((s) => ({
      id: s.id,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      idleExpiresAt: idleExpiry(s).toISOString(),
      userAgent: s.userAgent,
      current: s.id === actor.sessionId,
    })),
  };
}

/** End one of the account's own sessions; another account's reads as not found. */
export async function endOwnSession(ctx: RequestContext, actor: Actor, sessionId: string) {
  const ended = await ctx.db.transaction(async (tx) => {
    const done = await endSession(tx, actor.userId, sessionId);
    if (done) {
      await recordAudit(tx, ctx, {
        action: 'auth.session_ended',
        recordType: 'session',
        recordId: sessionId,
        outcome: 'success',
      });
    }
    return done;
  });
  if (!ended) throw new AppError('not_found', 'That session was not found.');
}
