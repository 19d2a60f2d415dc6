import { notify } from '../alerts/store.ts';
import type { Db } from '../platform/db.ts';
import { COORDINATOR, deadlineOnceKey, organisationAudience, teamAudiences } from './alerts.ts';
import { type Deadline, isDueSoon } from './deadlines.ts';
import type { NrmPeriods } from './periods.ts';
import { listCases, referralsOf, teamsOf } from './store.ts';
import { deadlinesFor } from './view.ts';

// The scheduled check of the cases' deadlines: each deadline due soon, then overdue, is told once to
// those who must act, however often the check runs and however many processes run it.

type Found = Awaited<ReturnType<typeof referralsOf>>;

/** Who is told of a deadline, and as what. */
function alertOf(d: Deadline, team: Parameters<typeof teamAudiences>[0], referrals: Found) {
  const stage = d.overdue ? ('deadline_overdue' as const) : ('deadline_due_soon' as const);
  switch (d.kind) {
    case 'referral_response': {
      const referral = referrals.find((r) => r.referral.id === d.subjectId)?.referral;
      if (!referral) return null;
      if (!d.overdue) {
        // Still time: the organisation that must answer is reminded.
        return {
          kind: stage,
          audiences: [{ organisation: referral.toOrganisationId, action: 'referral.respond' as const }],
        };
      }
      const sender = referral.sentByUserId
        ? { users: [referral.sentByUserId] }
        : organisationAudience(team, referral.fromOrganisationId);
      return { kind: 'referral_overdue' as const, audiences: [sender, COORDINATOR] };
    }
    // The identification decision is the national coordinator's.
    case 'identification_decision':
      return { kind: stage, audiences: [COORDINATOR] };
    default:
      return { kind: stage, audiences: teamAudiences(team) };
  }
}

/** Alert every deadline of an open case that is due soon or overdue at `now`; answers how many alerts were made. */
export async function alertCaseDeadlines(db: Db, periods: NrmPeriods, now: Date): Promise<number> {
  const rows = await listCases(db, null, { clocksOnly: true });
  const ids = rows.map((r) => r.case.id);
  const [referrals, teams] = await Promise.all([referralsOf(db, ids), teamsOf(db, ids)]);
  let made = 0;
  for (const { case: row } of rows) {
    const own = referrals.filter((r) => r.referral.caseId === row.id);
    const team = teams.filter((t) => t.caseId === row.id);
    for (const d of deadlinesFor(row, own, periods, now)) {
      if (!d.overdue && !isDueSoon(d, periods, now)) continue;
      const alert = alertOf(d, team, own);
      if (!alert) continue;
      made += await notify(
        db,
        {
          ...alert,
          link:
            d.kind === 'referral_response' && !d.overdue ? `/referrals/${d.subjectId}` : `/cases/${row.id}`,
          caseId: row.id,
          caseReference: row.reference,
          deadline: d.kind,
          dueAt: d.dueAt,
          onceKey: deadlineOnceKey(row.id, d),
        },
        now,
      );
    }
  }
  return made;
}
