import { createHmac } from 'node:crypto';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../platform/db.ts';
import { LOCKOUT_MS, LOCKOUT_THRESHOLD, type ReservedTry } from './rules.ts';
import { loginThrottles } from './tables.ts';

// Counting failed tries in the database, one statement a try, so that a burst of parallel tries is
// counted exactly (the decision on a counted try is rules.ts's decideTry).

export type ThrottleSubject = string;

/** A keyed hash of what is counted: an e-mail address as typed (lower-cased), or an account's second factor. */
export function throttleSubject(
  key: Buffer,
  kind: 'password' | 'second_factor',
  value: string,
): ThrottleSubject {
  return createHmac('sha256', key)
    .update(`throttle|${kind}|${value.trim().toLowerCase()}`)
    .digest('base64url');
}

/**
 * Count one try before it is checked. A lock that has ended starts the count again; a count that
 * reaches the threshold sets the lock at once, so tries running beside it find it.
 */
export async function countTry(db: Db, subject: ThrottleSubject, now: Date): Promise<ReservedTry> {
  const lockUntil = new Date(now.getTime() + LOCKOUT_MS);
  const firstLock = LOCKOUT_THRESHOLD <= 1 ? lockUntil : null;
  const t = loginThrottles;
  const ended = sql`${t.lockedUntil} is not null and ${t.lockedUntil} <= ${now}`;
  const [row] = await db
    .insert(t)
    .values({ subject, attempts: 1, lockedUntil: firstLock, updatedAt: now })
    .onConflictDoUpdate({
      target: t.subject,
      set: {
        attempts: sql`case when ${ended} then 1 else ${t.attempts} + 1 end`,
        lockedUntil: sql`case
          when ${ended} then ${firstLock}::timestamptz
          when ${t.lockedUntil} is not null then ${t.lockedUntil}
          when ${t.attempts} + 1 >= ${LOCKOUT_THRESHOLD} then ${lockUntil}::timestamptz
          else null end`,
        updatedAt: now,
      },
    })
    .returning({ attempt: t.attempts, lockedUntil: t.lockedUntil });
  return row!;
}

/** A success forgets the failures before it (and lifts the lock its own counting set). */
export async function forgetTries(db: Db, subject: ThrottleSubject) {
  await db.delete(loginThrottles).where(eq(loginThrottles.subject, subject));
}

/** The locks still in force on these subjects. */
export async function locksOf(
  db: Db,
  subjects: ThrottleSubject[],
  now: Date,
): Promise<Map<ThrottleSubject, Date>> {
  if (subjects.length === 0) return new Map();
  const rows = await db
    .select({ subject: loginThrottles.subject, lockedUntil: loginThrottles.lockedUntil })
    .from(loginThrottles)
    .where(and(inArray(loginThrottles.subject, subjects), gt(loginThrottles.lockedUntil, now)));
  return new Map(rows.map((r) => [r.subject, r.lockedUntil!]));
}

/** The lock on a subject still in force, if any. */
export async function lockOf(db: Db, subject: ThrottleSubject, now: Date): Promise<Date | null> {
  return (await locksOf(db, [subject], now)).get(subject) ?? null;
}

/** Throttle rows whose lock ended long ago or that never locked and went quiet: nothing to keep. */
export async function pruneThrottles(db: Db, before: Date) {
  await db.delete(loginThrottles).where(sql`${loginThrottles.updatedAt} < ${before}`);
}
