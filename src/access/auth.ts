import { hash, verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { sealJson, unsealJson } from '../platform/crypto/sealing.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor, RequestContext } from '../platform/http/context.ts';
import type { ChangePasswordInput, LoginInput, Role, SessionStage, SessionView } from './model.ts';
import {
  afterFailedLogin,
  checkPassword,
  effectiveStage,
  idleExpiry,
  isLocked,
  PASSWORD_MESSAGES,
  stageAfterPassword,
  stageAfterSecondFactor,
} from './rules.ts';
import { createSession, getSessionRow, membershipsOf, updateSession } from './sessions.ts';
import { findUserByEmail, getUser, membershipView } from './store.ts';
import { users } from './tables.ts';
import { enrolmentView, hashRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret } from './totp.ts';

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes).
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
// Verifying against this when the e-mail is unknown keeps the response time the same.
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

export async function login(ctx: RequestContext, input: z.output<typeof LoginInput>) {
  const now = new Date();
  const user = await findUserByEmail(ctx.db, input.email);
  if (!user?.active) {
    dummyHash ??= hashPassword('not-a-real-password-for-timing');
    await verify(await dummyHash, input.password).catch(() => false);
    await recordAudit(ctx.db, ctx, {
      action: 'auth.login',
      outcome: 'failure',
      detail: { reason: 'unknown' },
    });
    throw new AppError('invalid_credentials', 'The e-mail or password is wrong.');
  }
  const asActor = actorFor(user, '', 'totp_required');
  if (isLocked(user, now)) {
    await recordAudit(
      ctx.db,
      ctx,
      { action: 'auth.login', outcome: 'denied', detail: { reason: 'locked' } },
      asActor,
    );
    throw lockedError(user.lockedUntil!);
  }
  if (!(await verify(user.passwordHash, input.password).catch(() => false))) {
    const next = afterFailedLogin(user, now);
    await ctx.db.transaction(async (tx) => {
      await tx.update(users).set(next).where(eq(users.id, user.id));
      await recordAudit(
        tx,
        ctx,
        { action: 'auth.login', outcome: 'failure', detail: { reason: 'password' } },
        asActor,
      );
    });
    if (next.lockedUntil) throw lockedError(next.lockedUntil);
    throw new AppError('invalid_credentials', 'The e-mail or password is wrong.');
  }
  const owned = await membershipsOf(ctx.db, user.id);
  const facts = owned.map((m) => ({ ...m, role: m.role as Role }));
  const stage = stageAfterPassword(facts, user.totpSecretSealed !== null);
  return ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
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

function lockedError(until: Date) {
  return new AppError(
    'account_locked',
    `Too many wrong passwords. The account is locked until ${until.toISOString()}.`,
    [],
    { lockedUntil: until.toISOString() },
  );
}

function readSecret(ctx: RequestContext, userId: string, sealed: Buffer) {
  return unsealJson(ctx.keys.master, sealed, totpAad(userId)) as string;
}

/** Second factor: a TOTP code (never the same time step twice) or a one-time recovery code. */
export async function verifySecondFactor(ctx: RequestContext, actor: Actor, code: string) {
  const user = await getUser(ctx.db, actor.userId);
  if (!user?.totpSecretSealed) throw new AppError('invalid_code', 'Two-factor authentication is not set up.');
  const step = matchTotp(readSecret(ctx, user.id, user.totpSecretSealed), user.email, code);
  const recoveryHash = hashRecoveryCode(code);
  const usesRecovery = step === null && user.recoveryCodeHashes.includes(recoveryHash);
  const validStep = step !== null && step > (user.totpLastStep ?? 0);
  if (!validStep && !usesRecovery) {
    await recordAudit(ctx.db, ctx, { action: 'auth.second_factor', outcome: 'failure' });
    throw new AppError('invalid_code', 'That code is not valid. Check the time on your phone and try again.');
  }
  const owned = await membershipsOf(ctx.db, user.id);
  const stage = stageAfterSecondFactor(owned.map((m) => ({ ...m, role: m.role as Role })));
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set(
        usesRecovery
          ? { recoveryCodeHashes: user.recoveryCodeHashes.filter((h) => h !== recoveryHash) }
          : { totpLastStep: step },
      )
      .where(eq(users.id, user.id));
    await updateSession(tx, actor.sessionId, {
      stage,
      membershipId: stage === 'active' ? (owned[0]?.id ?? null) : null,
    });
    await recordAudit(tx, ctx, {
      action: 'auth.second_factor',
      outcome: 'success',
      detail: { method: usesRecovery ? 'recovery_code' : 'totp' },
    });
  });
  return sessionView(ctx, actor.sessionId);
}

export async function startTotpEnrolment(ctx: RequestContext, actor: Actor) {
  const secret = newTotpSecret();
  await ctx.db
    .update(users)
    .set({ totpPendingSealed: sealJson(ctx.keys.master, secret, totpAad(actor.userId)) })
    .where(eq(users.id, actor.userId));
  return enrolmentView(secret, actor.email);
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
  const user = await getUser(ctx.db, actor.userId);
  if (!user || !(await verify(user.passwordHash, input.currentPassword).catch(() => false))) {
    throw new AppError('invalid_credentials', 'The current password is wrong.');
  }
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
  });
}
