import { and, count, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Role } from '../access/model.ts';
import type { Action } from '../access/policy.ts';
import { staffWhoMay } from '../access/store.ts';
import { memberships, users } from '../access/tables.ts';
import type { Db } from '../platform/db.ts';
import type { AlertDeadline, AlertKind, Delivery } from './catalogue.ts';
import { deliveryFor, sendAfterFor } from './rules.ts';
import { alertSettings, alerts, mailOutbox } from './tables.ts';

// Alerts are made inside the transaction of what they tell: a referral sent and its alert commit
// together or not at all, and the e-mail waits in the outbox until the sender takes it.

/** Who is told, as the domain that tells knows them. */
export type Audience =
  /** These accounts. */
  | { users: readonly (string | null)[] }
  /**
   * An organisation's staff who may take `action` on its records: its person responsible for the
   * case when there is one who still may, else all of them.
   */
  | { organisation: string; action: Action; responsible?: string | null }
  /** Everyone in this role, wherever they work (the national coordinator, the data protection officer). */
  | { role: Role };

export type AlertInput = {
  kind: AlertKind;
  audiences: readonly Audience[];
  /** Where it leads in the staff app ("/cases/…"). */
  link: string;
  caseId?: string | null;
  caseReference?: string | null;
  deadline?: AlertDeadline | null;
  dueAt?: Date | null;
  /** Made at most once per person with this key (a deadline found again by the next check). */
  onceKey?: string;
  /** Not told: the person who did it. */
  except?: string | null;
};

const ACTIVE = eq(users.active, true);

async function recipientsOf(db: Db, audience: Audience): Promise<string[]> {
  if ('users' in audience) {
    const ids = audience.users.filter((id): id is string => id !== null);
    if (ids.length === 0) return [];
    const found = await db
      .select({ id: users.id })
      .from(users)
      .where(and(ACTIVE, inArray(users.id, ids)));
    return found.map((u) => u.id);
  }
  if ('role' in audience) {
    const found = await db
      .selectDistinct({ id: users.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(ACTIVE, eq(memberships.role, audience.role)));
    return found.map((u) => u.id);
  }
  const ids = (await staffWhoMay(db, audience.organisation, audience.action)).map((u) => u.id);
  // The person responsible alone, while they still work there in a role that may act.
  return audience.responsible && ids.includes(audience.responsible) ? [audience.responsible] : ids;
}

/**
 * Tell the audiences: an alert in the app for each person (once per `onceKey`), and an e-mail in the
 * outbox for those who want this kind by e-mail, at once or in their daily digest. Answers how many
 * alerts were made.
 */
export async function notify(db: Db, input: AlertInput, now = new Date()): Promise<number> {
  const everyone = new Set<string>();
  for (const audience of input.audiences) {
    for (const id of await recipientsOf(db, audience)) everyone.add(id);
  }
  if (input.except) everyone.delete(input.except);
  if (everyone.size === 0) return 0;
  const content = {
    caseReference: input.caseReference ?? null,
    deadline: input.deadline ?? null,
    dueAt: input.dueAt ?? null,
    link: input.link,
  };
  const made = await db
    .insert(alerts)
    .values(
      [...everyone].map((userId) => ({
        userId,
        kind: input.kind,
        caseId: input.caseId ?? null,
        onceKey: input.onceKey ?? null,
        createdAt: now,
        ...content,
      })),
    )
    .onConflictDoNothing()
    .returning({ userId: alerts.userId });
  if (made.length === 0) return 0;
  const told = made.map((m) => m.userId);
  const wants = await db
    .select({
      userId: users.id,
      email: users.email,
      digestHour: alertSettings.digestHour,
      deliveries: alertSettings.deliveries,
    })
    .from(users)
    .leftJoin(alertSettings, eq(alertSettings.userId, users.id))
    .where(inArray(users.id, told));
  const mail = wants.flatMap((w) => {
    const sendAfter = sendAfterFor(deliveryFor(input.kind, w.deliveries ?? {}), now, w.digestHour ?? 8);
    return sendAfter
      ? [{ userId: w.userId, toAddress: w.email, kind: input.kind, sendAfter, createdAt: now, ...content }]
      : [];
  });
  if (mail.length > 0) await db.insert(mailOutbox).values(mail);
  return made.length;
}

/** A person's alerts, newest first, with how many are unread. */
export async function alertsOf(db: Db, userId: string, limit: number) {
  const [items, unread] = await Promise.all([
    db.select().from(alerts).where(eq(alerts.userId, userId)).orderBy(desc(alerts.createdAt)).limit(limit),
    unreadCount(db, userId),
  ]);
  return { items, unread };
}

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const [count] = await db
    .select({ unread: sql<number>`count(*)::int` })
    .from(alerts)
    .where(and(eq(alerts.userId, userId), isNull(alerts.readAt)));
  return count?.unread ?? 0;
}

/** Mark one of the person's own alerts read (another's is not found: nothing changes). */
export async function markRead(db: Db, userId: string, id: string | null, now = new Date()) {
  const found = await db
    .update(alerts)
    .set({ readAt: now })
    .where(and(eq(alerts.userId, userId), isNull(alerts.readAt), id ? eq(alerts.id, id) : undefined))
    .returning({ id: alerts.id });
  return found.length;
}

/** The unread alerts of a case move with its responsibility from one worker to the next. */
export async function moveCaseAlerts(db: Db, caseId: string, from: string, to: string) {
  await db
    .update(alerts)
    .set({ userId: to })
    .where(and(eq(alerts.caseId, caseId), eq(alerts.userId, from), isNull(alerts.readAt)));
}

export async function settingsOf(db: Db, userId: string) {
  const [row] = await db.select().from(alertSettings).where(eq(alertSettings.userId, userId));
  return { digestHour: row?.digestHour ?? 8, deliveries: row?.deliveries ?? {} };
}

export async function saveSettings(
  db: Db,
  userId: string,
  settings: { digestHour: number; deliveries: Partial<Record<AlertKind, Delivery>> },
) {
  await db
    .insert(alertSettings)
    .values({ userId, ...settings })
    .onConflictDoUpdate({ target: alertSettings.userId, set: { ...settings, updatedAt: new Date() } });
}

const DAY = 86_400_000;

/**
 * Alerts are kept 90 days; e-mails sent a week ago are forgotten, unsent ones after 90 days. Part of
 * the daily retention run; a dry run only counts.
 */
export async function forgetOldAlerts(db: Db, now: Date, dryRun = false) {
  const oldAlerts = lt(alerts.createdAt, new Date(now.getTime() - 90 * DAY));
  const oldMail = or(
    and(eq(mailOutbox.status, 'sent'), lt(mailOutbox.sentAt, new Date(now.getTime() - 7 * DAY))),
    lt(mailOutbox.createdAt, new Date(now.getTime() - 90 * DAY)),
  );
  if (dryRun) {
    const [a] = await db.select({ n: count() }).from(alerts).where(oldAlerts);
    const [m] = await db.select({ n: count() }).from(mailOutbox).where(oldMail);
    return { alerts: a?.n ?? 0, mail: m?.n ?? 0 };
  }
  const read = await db.delete(alerts).where(oldAlerts).returning({ id: alerts.id });
  const sent = await db.delete(mailOutbox).where(oldMail).returning({ id: mailOutbox.id });
  return { alerts: read.length, mail: sent.length };
}

/**
 * How many active accounts receive e-mail alerts. Mandatory alerts always leave the app, so every
 * active account does: a server in production with staff must have a mail server.
 */
export async function accountsReceivingMail(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(ACTIVE);
  return row?.n ?? 0;
}
