import { createHash, randomBytes } from 'node:crypto';
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../platform/db.ts';
import type { Role, SessionStage } from './model.ts';
import { effectiveStage, isSessionLive, needsTouch, SESSION_ABSOLUTE_MS } from './rules.ts';
import { memberships, organisations, sessions, users } from './tables.ts';

export const SESSION_COOKIE = 'atrama_session';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new random token; only its hash is stored, so a database leak does not hand out sessions. */
export async function createSession(
  db: Db,
  input: { userId: string; stage: SessionStage; membershipId: string | null; userAgent: string | null },
) {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const [row] = await db
    .insert(sessions)
    .values({
      tokenHash: hashToken(token),
      userId: input.userId,
      stage: input.stage,
      membershipId: input.membershipId,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      lastSeenAt: now,
      absoluteExpiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
    })
    .returning();
  return { token, session: row! };
}

/**
 * A login from a browser this account has not logged in from before (as far as its sessions still
 * kept remember): its holder is told. The first login of an account is no news to anyone.
 */
export async function isNewDevice(db: Db, userId: string, userAgent: string | null) {
  const agent = userAgent?.slice(0, 300) ?? null;
  const [row] = await db
    .select({
      any: sql<number>`count(*)::int`,
      same: sql<number>`count(*) filter (where ${sessions.userAgent} is not distinct from ${agent})::int`,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId));
  return (row?.any ?? 0) > 0 && (row?.same ?? 0) === 0;
}

export type LoadedSession = {
  id: string;
  userId: string;
  email: string;
  stage: SessionStage;
  membership: { id: string; organisationId: string; role: Role } | null;
};

function sessionQuery(db: Db) {
  return db
    .select({
      session: sessions,
      email: users.email,
      active: users.active,
      membershipOrg: memberships.organisationId,
      membershipRole: memberships.role,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(memberships, eq(memberships.id, sessions.membershipId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .limit(1)
    .prepare('load_session');
}

// Every request runs this query: prepared once per database handle, so the server parses it once.
const prepared = new WeakMap<Db, ReturnType<typeof sessionQuery>>();

/** One query per request: session, user and acting membership; expired or ended sessions give null. */
export async function loadSession(
  db: Db,
  token: string,
  now = new Date(),
  how: { touch: boolean } = { touch: true },
): Promise<LoadedSession | null> {
  let query = prepared.get(db);
  if (!query) {
    query = sessionQuery(db);
    prepared.set(db, query);
  }
  const [row] = await query.execute({ tokenHash: hashToken(token) });
  if (!row?.active || !isSessionLive(row.session, now)) return null;
  if (how.touch && needsTouch(row.session, now)) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.session.id));
  }
  const { session } = row;
  const membership =
    session.membershipId && row.membershipOrg && row.membershipRole
      ? { id: session.membershipId, organisationId: row.membershipOrg, role: row.membershipRole as Role }
      : null;
  const stage = effectiveStage(session.stage as SessionStage, membership !== null);
  return { id: session.id, userId: session.userId, email: row.email, stage, membership };
}

export async function updateSession(
  db: Db,
  id: string,
  change: { stage: SessionStage; membershipId?: string | null },
) {
  await db.update(sessions).set(change).where(eq(sessions.id, id));
}

export async function endSession(db: Db, userId: string, id: string) {
  const ended = await db
    .update(sessions)
    .set({ endedAt: new Date() })
    .where(and(eq(sessions.id, id), eq(sessions.userId, userId), isNull(sessions.endedAt)))
    .returning({ id: sessions.id });
  return ended.length > 0;
}

export async function endAllSessions(db: Db, userId: string, exceptId?: string) {
  await db
    .update(sessions)
    .set({ endedAt: new Date() })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.endedAt),
        exceptId ? ne(sessions.id, exceptId) : undefined,
      ),
    );
}

export async function listLiveSessions(db: Db, userId: string, now = new Date()) {
  const rows = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt)));
  return rows.filter((s) => isSessionLive(s, now)).sort((a, b) => +b.lastSeenAt - +a.lastSeenAt);
}

export async function getSessionRow(db: Db, id: string) {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id)).limit(1);
  return row ?? null;
}

const membershipColumns = {
  id: memberships.id,
  userId: memberships.userId,
  role: memberships.role,
  organisationId: organisations.id,
  slug: organisations.slug,
  nameLt: organisations.nameLt,
  nameEn: organisations.nameEn,
  organisationRequiresTwoFactor: organisations.requiresTwoFactor,
};

export async function membershipsOf(db: Db, userId: string) {
  return (await membershipsOfUsers(db, [userId])).get(userId) ?? [];
}

/** Each user's memberships with their organisations, in one query. */
export async function membershipsOfUsers(db: Db, userIds: string[]) {
  const rows =
    userIds.length === 0
      ? []
      : await db
          .select(membershipColumns)
          .from(memberships)
          .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
          .where(inArray(memberships.userId, userIds))
          .orderBy(organisations.nameLt, memberships.role);
  const byUser = new Map<string, typeof rows>();
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
  return byUser;
}
