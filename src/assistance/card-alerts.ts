import { and, isNull, sql } from 'drizzle-orm';
import { notify } from '../alerts/store.ts';
import { deadlineOnceKey, teamAudiences } from '../cases/alerts.ts';
import { endOfDayInVilnius } from '../cases/deadlines.ts';
import type { NrmPeriods } from '../cases/periods.ts';
import { teamsOf } from '../cases/store.ts';
import { cases } from '../cases/tables.ts';
import type { Db } from '../platform/db.ts';
import { identificationCards } from './tables.ts';

// A victim's identification card runs out on its last valid day: the team of an open case is told
// when the day is near and again once it has passed, so a new card can be issued in time.

const HOUR = 3_600_000;

export async function alertCardExpiry(db: Db, periods: NrmPeriods, now: Date): Promise<number> {
  // Cards ending before the warning time from now, of cases still open, not revoked or replaced.
  const horizon = new Date(now.getTime() + periods.dueSoonHours * HOUR);
  const cards = await db
    .select({
      caseId: identificationCards.caseId,
      id: identificationCards.id,
      validUntil: identificationCards.validUntil,
      reference: cases.reference,
    })
    .from(identificationCards)
    .innerJoin(cases, sql`${cases.id} = ${identificationCards.caseId}`)
    .where(
      and(
        isNull(identificationCards.revokedAt),
        isNull(identificationCards.replacedAt),
        isNull(cases.closedAt),
        sql`${identificationCards.validUntil} <= ${horizon.toISOString().slice(0, 10)}::date + 1`,
      ),
    );
  const teams = await teamsOf(
    db,
    cards.map((c) => c.caseId),
  );
  let made = 0;
  for (const card of cards) {
    const dueAt = endOfDayInVilnius(card.validUntil);
    const overdue = dueAt.getTime() <= now.getTime();
    if (!overdue && dueAt.getTime() - now.getTime() > periods.dueSoonHours * HOUR) continue;
    const deadline = { kind: 'card_expiry', subjectId: card.id, dueAt, overdue };
    made += await notify(
      db,
      {
        kind: overdue ? 'deadline_overdue' : 'deadline_due_soon',
        audiences: teamAudiences(teams.filter((t) => t.caseId === card.caseId)),
        link: `/cases/${card.caseId}`,
        caseId: card.caseId,
        caseReference: card.reference,
        deadline: 'card_expiry',
        dueAt,
        onceKey: deadlineOnceKey(card.caseId, deadline),
      },
      now,
    );
  }
  return made;
}
