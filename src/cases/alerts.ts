import type { Action } from '../access/policy.ts';
import type { Audience } from '../alerts/store.ts';

/** What an audience needs of a team: who is on it, and each organisation's person responsible. */
type Team = readonly { organisationId: string; leftAt: Date | null; responsibleUserId: string | null }[];

// Who among a case's people is told: the organisations on its team, each through its person
// responsible for the case where one is named, else its staff who may act on the case.

/** Each organisation still on the team, through its person responsible. */
export const teamAudiences = (team: Team, action: Action = 'case.read'): Audience[] =>
  team
    .filter((member) => member.leftAt === null)
    .map((member) => ({
      organisation: member.organisationId,
      action,
      responsible: member.responsibleUserId,
    }));

/** One organisation of the team (or one not on it yet), through its person responsible if it has one. */
export function organisationAudience(
  team: Team,
  organisationId: string,
  action: Action = 'case.read',
): Audience {
  const member = team.find((m) => m.organisationId === organisationId && m.leftAt === null);
  return { organisation: organisationId, action, responsible: member?.responsibleUserId ?? null };
}

export const COORDINATOR: Audience = { role: 'national_coordinator' };

/** A deadline found by the scheduled check, once per case, deadline and step (due soon, then overdue). */
export const deadlineOnceKey = (
  caseId: string,
  d: { kind: string; subjectId: string | null; dueAt: Date; overdue: boolean },
) =>
  `deadline:${caseId}:${d.kind}:${d.subjectId ?? '-'}:${d.dueAt.toISOString()}:${d.overdue ? 'overdue' : 'soon'}`;
