import { and, desc, eq, inArray, isNotNull, lt, lte, or, sql } from 'drizzle-orm';
import { deriveKey, type Keys } from '../platform/crypto/keys.ts';
import { seal, unseal } from '../platform/crypto/sealing.ts';
import type { Db } from '../platform/db.ts';
import { composeMail, MAX_ATTEMPTS, type MailLine, retryDelayMs } from './rules.ts';
import { mailOutbox } from './tables.ts';

// The outbox's sender. Rows are claimed for a lease in a short transaction (`for update skip
// locked`: two server processes never claim the same row), sent outside any transaction, then
// marked. A sender that dies after claiming leaves the lease to run out; the row is sent again by
// the next, which is the one way a message can go twice, and only when a process died mid-send.

/** Rows a round takes at most; the lines due for one address make one e-mail. */
const BATCH = 500;

type Row = typeof mailOutbox.$inferSelect;

export type Transport = { send(to: string, subject: string, text: string): Promise<void> };
export type SendLog = {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
};

const linkKey = (keys: Keys) => deriveKey(keys.master, 'mail-outbox-link');

/** An e-mail whose link (in the staff app) is a secret, a password reset: sealed until sent, then forgotten. */
export async function queueSecretMail(
  db: Db,
  keys: Keys,
  mail: { userId: string; toAddress: string; kind: string; secretLink: string },
  now = new Date(),
) {
  const [row] = await db
    .insert(mailOutbox)
    .values({
      userId: mail.userId,
      toAddress: mail.toAddress,
      kind: mail.kind,
      link: '',
      sendAfter: now,
      createdAt: now,
    })
    .returning({ id: mailOutbox.id });
  await db
    .update(mailOutbox)
    .set({ sealedLink: seal(linkKey(keys), Buffer.from(mail.secretLink), row!.id) })
    .where(eq(mailOutbox.id, row!.id));
}

async function claimDue(db: Db, now: Date, leaseMs: number): Promise<Row[]> {
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(
      and(
        eq(mailOutbox.status, 'pending'),
        sql`${mailOutbox.sendAfter} <= ${now}`,
        or(sql`${mailOutbox.claimedUntil} is null`, lt(mailOutbox.claimedUntil, now)),
      ),
    )
    .orderBy(mailOutbox.sendAfter)
    .limit(BATCH)
    .for('update', { skipLocked: true });
  return db
    .update(mailOutbox)
    .set({
      claimedUntil: new Date(now.getTime() + leaseMs),
      attempts: sql`${mailOutbox.attempts} + 1`,
    })
    .where(inArray(mailOutbox.id, due))
    .returning();
}

const absolute = (publicUrl: string, link: string) => `${publicUrl.replace(/\/$/, '')}/staff${link}`;

function lineOf(row: Row, keys: Keys, publicUrl: string): MailLine {
  const link = row.sealedLink ? unseal(linkKey(keys), row.sealedLink, row.id).toString() : row.link;
  const url = absolute(publicUrl, link);
  return { kind: row.kind, caseReference: row.caseReference, deadline: row.deadline, dueAt: row.dueAt, url };
}

export type DeliveryReport = { sent: number; messages: number; failed: number };

/**
 * One round of the sender: claim what is due, send one e-mail per address, mark each row sent or
 * to be tried again later (given up after MAX_ATTEMPTS, for an administrator to see). A failure is
 * logged once per message with its outbox ids, never thrown: a mail server that is down or hangs
 * delays e-mail, nothing else.
 */
export async function deliverDue(
  db: Db,
  keys: Keys,
  transport: Transport,
  how: { publicUrl: string; leaseMs: number; log: SendLog },
  now = new Date(),
): Promise<DeliveryReport> {
  const { publicUrl, log } = how;
  const claimed = await db.transaction((tx) => claimDue(tx, now, how.leaseMs));
  const byAddress = new Map<string, Row[]>();
  for (const row of claimed) byAddress.set(row.toAddress, [...(byAddress.get(row.toAddress) ?? []), row]);
  const report: DeliveryReport = { sent: 0, messages: 0, failed: 0 };
  for (const [to, rows] of byAddress) {
    const ids = rows.map((r) => r.id);
    try {
      const mail = composeMail(rows.map((r) => lineOf(r, keys, publicUrl)));
      await transport.send(to, mail.subject, mail.text);
      await db
        .update(mailOutbox)
        .set({ status: 'sent', sentAt: new Date(), sealedLink: null, claimedUntil: null, lastError: null })
        .where(inArray(mailOutbox.id, ids));
      report.sent += rows.length;
      report.messages++;
    } catch (error) {
      const message = (error as Error).message.slice(0, 500);
      for (const row of rows) {
        const givenUp = row.attempts >= MAX_ATTEMPTS;
        await db
          .update(mailOutbox)
          .set({
            status: givenUp ? 'failed' : 'pending',
            claimedUntil: null,
            lastError: message,
            sendAfter: new Date(now.getTime() + retryDelayMs(row.attempts)),
          })
          .where(eq(mailOutbox.id, row.id));
      }
      report.failed += rows.length;
      log.warn({ outbox: ids, error: message }, `E-mail not sent (outbox ${ids.join(', ')}): ${message}`);
    }
  }
  return report;
}

/** What an administrator sees of e-mail that has not gone: given up, or waiting with an error, or waiting for a mail server. */
export async function unsentMail(db: Db, mailConfigured: boolean, now = new Date(), limit = 200) {
  // With a mail server, e-mail a few minutes old is on its way; without one, none ever goes.
  const waitingLong = mailConfigured ? new Date(now.getTime() - 5 * 60_000) : now;
  return db
    .select({
      id: mailOutbox.id,
      toAddress: mailOutbox.toAddress,
      kind: mailOutbox.kind,
      caseReference: mailOutbox.caseReference,
      status: mailOutbox.status,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
      createdAt: mailOutbox.createdAt,
      sendAfter: mailOutbox.sendAfter,
    })
    .from(mailOutbox)
    .where(
      or(
        eq(mailOutbox.status, 'failed'),
        and(
          eq(mailOutbox.status, 'pending'),
          or(isNotNull(mailOutbox.lastError), lte(mailOutbox.sendAfter, waitingLong)),
        ),
      ),
    )
    .orderBy(desc(mailOutbox.createdAt))
    .limit(limit);
}

/** Try an e-mail again now, from the first try. */
export async function retryMail(db: Db, id: string): Promise<boolean> {
  const found = await db
    .update(mailOutbox)
    .set({ status: 'pending', attempts: 0, sendAfter: new Date(), claimedUntil: null })
    .where(and(eq(mailOutbox.id, id), or(eq(mailOutbox.status, 'failed'), eq(mailOutbox.status, 'pending'))))
    .returning({ id: mailOutbox.id });
  return found.length > 0;
}
