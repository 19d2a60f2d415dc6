import { createHash, randomBytes } from 'node:crypto';
import { and, count, eq, gt, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { queueSecretMail } from '../alerts/outbox.ts';
import { notify } from '../alerts/store.ts';
import { recordAudit } from '../audit/record.ts';
import { AppError } from '../platform/errors.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { assertPasswordAcceptable, hashPassword } from './auth.ts';
import type { ForgotPasswordInput, ResetPasswordInput } from './model.ts';
import { endAllSessions } from './sessions.ts';
import { findUserByEmail, getUser } from './store.ts';
import { passwordResets, users } from './tables.ts';
import { forgetTries, throttleSubject } from './throttle.ts';

// "Forgot password?": a link by e-mail with a single-use token, valid 30 minutes, kept only as its
// hash. The answer never says whether an account has the address. Setting a new password ends every
// session of the account and unlocks its password tries; the second factor stays, and is asked at the
// next login as always.

const VALID_MS = 30 * 60_000;
/** Links sent to one account in an hour at most, whoever asks: the address owner's inbox is not flooded. */
const MOST_PER_HOUR = 3;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export async function requestPasswordReset(ctx: RequestContext, input: z.output<typeof ForgotPasswordInput>) {
  const user = await findUserByEmail(ctx.db, input.email);
  if (!user?.active) return;
  const now = new Date();
  await ctx.db.transaction(async (tx) => {
    const [recent] = await tx
      .select({ n: count() })
      .from(passwordResets)
      .where(
        and(
          eq(passwordResets.userId, user.id),
          gt(passwordResets.createdAt, new Date(now.getTime() - 3_600_000)),
        ),
      );
    if ((recent?.n ?? 0) >= MOST_PER_HOUR) return;
    const token = randomBytes(32).toString('base64url');
    await tx.insert(passwordResets).values({
      tokenHash: hashOf(token),
      userId: user.id,
      expiresAt: new Date(now.getTime() + VALID_MS),
      createdAt: now,
    });
    await queueSecretMail(tx, ctx.keys, {
      userId: user.id,
      toAddress: user.email,
      kind: 'password_reset',
      secretLink: `/reset-password?token=${token}`,
    });
    await recordAudit(tx, ctx, {
      action: 'auth.password_reset_requested',
      recordType: 'user',
      recordId: user.id,
      outcome: 'success',
    });
  });
}

const EXPIRED = () =>
  new AppError('invalid_code', 'This link has been used or has expired: ask for a new one.', [
    { field: 'body.token', message: 'expired_link' },
  ]);

export async function resetPassword(ctx: RequestContext, input: z.output<typeof ResetPasswordInput>) {
  const tokenHash = hashOf(input.token);
  const [found] = await ctx.db
    .select()
    .from(passwordResets)
    .where(and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt)));
  const user = found && found.expiresAt > new Date() ? await getUser(ctx.db, found.userId) : null;
  if (!found || !user?.active) throw EXPIRED();
  assertPasswordAcceptable(input.newPassword, user.email, 'body.newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    // Spent in the same statement that checks it: two uses at once, one wins.
    const spent = await tx
      .update(passwordResets)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(passwordResets.tokenHash, tokenHash),
          isNull(passwordResets.usedAt),
          gt(passwordResets.expiresAt, new Date()),
        ),
      )
      .returning({ userId: passwordResets.userId });
    if (spent.length === 0) throw EXPIRED();
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, user.id));
    // Every other link of the account is spent too.
    await tx
      .update(passwordResets)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)));
    await endAllSessions(tx, user.id);
    await forgetTries(tx, throttleSubject(ctx.keys.blindIndex, 'password', user.email));
    await recordAudit(tx, ctx, {
      action: 'auth.password_reset',
      recordType: 'user',
      recordId: user.id,
      outcome: 'success',
    });
    await notify(tx, { kind: 'password_changed', audiences: [{ users: [user.id] }], link: '/account' });
  });
}
