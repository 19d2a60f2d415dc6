import type { z } from 'zod';
import type { RoleName } from '../access/roles.ts';
import type { Identity } from '../people/model.ts';
import type { PersonRow } from '../people/store.ts';
import { TRANSITIONS } from './catalogue.ts';
import { type Deadline, deadlinesOf, lastDayOf } from './deadlines.ts';
import type { CaseSummary, CaseView, DeadlineView, ReferralView } from './model.ts';
import type { NrmPeriods } from './periods.ts';
import { type IdentityState, identityStateFor, returnsFromAbroad } from './rules.ts';
import { openText } from './sealed.ts';
import type { CaseRow, ReferralWithNames, TeamRow } from './store.ts';
import { availableTransitions, isClosed } from './workflow.ts';

// Pure assembly of what a case looks like to one acting membership, from rows the verbs loaded.

export type Viewer = { organisationId: string; role: RoleName };
type ConsentRow = { consent: { scope: string; withdrawnAt: Date | null } };
type TeamMember = Pick<TeamRow, 'organisationId' | 'role' | 'leftAt'>;

const iso = (d: Date) => d.toISOString();
const named = (id: string, lt: string, en: string) => ({ id, name: { lt, en } });

export const activeTeam = <T extends TeamMember>(team: readonly T[]) => team.filter((m) => m.leftAt === null);
export const isOnTeam = (team: readonly TeamMember[], organisationId: string) =>
  activeTeam(team).some((m) => m.organisationId === organisationId);

export const consentStands = (rows: readonly ConsentRow[], scope: string) =>
  rows.some((r) => r.consent.scope === scope && r.consent.withdrawnAt === null);

export function deadlinesFor(
  row: CaseRow,
  caseReferrals: readonly ReferralWithNames[],
  periods: NrmPeriods,
  now: Date,
) {
  const identification = row.identification;
  return deadlinesOf(
    {
      kind: row.kind as 'trafficking' | 'other_crime',
      closed: isClosed(row.state),
      referredToNationalContactPointAt: row.referredToNcpAt,
      identificationDecided: identification !== null && identification.outcome !== 'more_information_needed',
      referrals: caseReferrals.map((r) => ({
        ...r.referral,
        to: { id: r.referral.toOrganisationId, lt: r.toNameLt, en: r.toNameEn },
      })),
      reflection: row.reflectionStartsOn ? { startsOn: row.reflectionStartsOn } : null,
      residencePermitSettled: row.residencePermit === 'granted' || row.residencePermit === 'refused',
      planReviewOn: row.planReviewOn,
      followUpOn: row.followUpOn,
    },
    periods,
    now,
  );
}

export const deadlineView = (d: Deadline): z.input<typeof DeadlineView> => ({
  kind: d.kind,
  dueAt: iso(d.dueAt),
  overdue: d.overdue,
  subjectId: d.subjectId,
  answerer: d.answerer ? { id: d.answerer.id, name: { lt: d.answerer.lt, en: d.answerer.en } } : null,
});

export function summaryOf(
  row: CaseRow,
  person: PersonRow,
  origin: { lt: string; en: string },
  deadlines: Deadline[],
): z.input<typeof CaseSummary> {
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind as 'trafficking',
    state: row.state,
    child: row.child,
    sex: person.sex as 'unknown',
    ageBand: person.ageBand as 'unknown',
    citizenshipPathway: person.citizenshipPathway as 'unknown',
    origin: named(row.originOrganisationId, origin.lt, origin.en),
    openedAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    nextDeadline: deadlines[0] ? deadlineView(deadlines[0]) : null,
    version: row.version,
  };
}

/** A referral with what it asks and why it was declined opened with the person's key (null: kept sealed). */
export function referralView(r: ReferralWithNames, personKey: Buffer | null): z.input<typeof ReferralView> {
  const { referral } = r;
  const open = (kind: 'referral-note' | 'referral-reason', sealed: Buffer | null) =>
    sealed ? openText(personKey, kind, referral.caseId, sealed) : null;
  return {
    id: referral.id,
    caseId: referral.caseId,
    from: named(referral.fromOrganisationId, r.fromNameLt, r.fromNameEn),
    to: named(referral.toOrganisationId, r.toNameLt, r.toNameEn),
    purpose: referral.purpose as 'assistance',
    note: open('referral-note', referral.sealedNote),
    sharesIdentity: referral.sharesIdentity,
    status: referral.status as 'sent',
    sentAt: iso(referral.sentAt),
    respondBy: iso(referral.respondBy),
    respondedAt: referral.respondedAt ? iso(referral.respondedAt) : null,
    declineReason: open('referral-reason', referral.sealedReason),
    version: referral.version,
  };
}

/** Organisations a person's identity was sent to under consent that still stands. */
export function identitySharedWith(
  caseReferrals: readonly ReferralWithNames[],
  consentRows: readonly ConsentRow[],
) {
  if (!consentStands(consentRows, 'share_identity')) return [];
  return caseReferrals
    .filter((r) => r.referral.sharesIdentity && ['accepted', 'completed'].includes(r.referral.status))
    .map((r) => r.referral.toOrganisationId);
}

/** Everything a case page shows, as its one query reads it (store.ts casePageOf). */
export type CaseBundle = Omit<
  NonNullable<Awaited<ReturnType<typeof import('./store.ts').casePageOf>>>,
  'wrappedKey'
>;

export function identityStateOf(
  bundle: Pick<CaseBundle, 'person' | 'team' | 'referrals' | 'consents'>,
  viewer: Viewer,
  openedForReason = false,
): IdentityState {
  return identityStateFor({
    openedForReason,
    anonymous: bundle.person.sealedIdentity === null,
    erased: bundle.person.erasedAt !== null,
    role: viewer.role,
    organisationId: viewer.organisationId,
    onTeam: isOnTeam(bundle.team, viewer.organisationId),
    holderOrganisationId: bundle.person.organisationId,
    // The national point of contact sees an identity only when its coordinator opens it for a stated
    // reason: a referral to it never shares the identity with its other staff.
    sharedWith: identitySharedWith(bundle.referrals, bundle.consents).filter(
      (id) =>
        !bundle.team.some((m) => m.organisationId === id && m.functions.includes('national_contact_point')),
    ),
  });
}

export function workflowFactsOf(bundle: Pick<CaseBundle, 'row' | 'team' | 'consents'>, viewer: Viewer) {
  return {
    kind: bundle.row.kind as 'trafficking' | 'other_crime',
    state: bundle.row.state,
    role: viewer.role,
    onTeam: isOnTeam(bundle.team, viewer.organisationId),
    consentToNationalReferral: consentStands(bundle.consents, 'referral_to_national_contact_point'),
    supportServiceOnTeam: activeTeam(bundle.team).some((m) => m.role === 'support_service'),
    returnsFromAbroad: returnsFromAbroad({
      citizenship: bundle.row.facts.citizenship,
      destinationCountry: bundle.row.facts.destinationCountry,
      teamFunctions: activeTeam(bundle.team).map((m) => m.functions),
    }),
  };
}

export function caseViewOf(
  bundle: CaseBundle,
  viewer: Viewer,
  opened: { state: IdentityState; identity: Identity | null },
  personKey: Buffer | null,
  periods: NrmPeriods,
  now: Date,
): z.input<typeof CaseView> {
  const { row, person } = bundle;
  const deadlines = deadlinesFor(row, bundle.referrals, periods, now);
  const { identification, cooperation } = row;
  const openDecision = (sealed: string | null) =>
    sealed ? openText(personKey, 'decision-reason', row.id, Buffer.from(sealed, 'base64')) : null;
  return {
    ...summaryOf(row, person, bundle.origin, deadlines),
    facts: row.facts,
    disability: person.disability,
    identityState: opened.state,
    identity: opened.identity,
    team: bundle.team.map((m) => ({
      ...named(m.organisationId, m.nameLt, m.nameEn),
      role: m.role,
      joinedAt: iso(m.joinedAt),
      leftAt: m.leftAt ? iso(m.leftAt) : null,
      responsible:
        m.responsibleUserId && m.responsibleName
          ? { userId: m.responsibleUserId, name: m.responsibleName }
          : null,
    })),
    consents: bundle.consents.map(({ consent, recordedBy }) => ({
      id: consent.id,
      scope: consent.scope as 'share_identity',
      method: consent.method as 'spoken',
      organisationId: consent.organisationId,
      givenAt: iso(consent.givenAt),
      recordedBy: recordedBy ?? '',
      withdrawnAt: consent.withdrawnAt ? iso(consent.withdrawnAt) : null,
    })),
    referrals: bundle.referrals.map((r) => referralView(r, personKey)),
    decisions: {
      identification: identification
        ? {
            outcome: identification.outcome,
            reasons: openDecision(identification.reasonsSealed),
            decidedOn: identification.decidedOn,
            by: identification.by,
          }
        : null,
      cooperation: cooperation
        ? {
            outcome: cooperation.outcome,
            decidedOn: cooperation.decidedOn,
            by: cooperation.by,
            note: openDecision(cooperation.noteSealed ?? null),
          }
        : null,
      reflection: row.reflectionStartsOn
        ? {
            startsOn: row.reflectionStartsOn,
            endsOn: lastDayOf(row.reflectionStartsOn, periods.reflectionPeriodDays),
            days: periods.reflectionPeriodDays,
          }
        : null,
      residencePermit: (row.residencePermit as 'applied' | null) ?? null,
    },
    deadlines: deadlines.map(deadlineView),
    allowedTransitions: availableTransitions(TRANSITIONS, workflowFactsOf(bundle, viewer)),
    timeline: bundle.events.map((e) => ({
      id: e.id,
      at: iso(e.at),
      type: e.type,
      organisation:
        e.organisationId && e.nameLt ? named(e.organisationId, e.nameLt, e.nameEn ?? e.nameLt) : null,
      actorName: e.actorName,
      detail: e.detail,
      reason: e.sealedReason ? openText(personKey, 'event-reason', row.id, e.sealedReason) : null,
    })),
    // Notes are the team's, like the words of assistance: the national coordinator reads them once the
    // point of contact is on the team, not from outside it. Once the person is erased their notes
    // cannot be opened, and are not listed.
    notes: (isOnTeam(bundle.team, viewer.organisationId) ? bundle.notes : []).flatMap((n) => {
      const text = openText(personKey, 'case-note', row.id, n.note.sealedText);
      if (text === null) return [];
      return [
        {
          id: n.note.id,
          at: iso(n.note.createdAt),
          authorName: n.authorName,
          organisation: named(n.note.organisationId, n.nameLt, n.nameEn),
          visibility: n.note.visibility as 'team',
          text,
        },
      ];
    }),
    // Only the coordinator learns that the person may be known elsewhere (see intake).
    possibleDuplicate: viewer.role === 'national_coordinator' && bundle.possibleDuplicate,
    restricted: person.restrictedAt !== null,
  };
}
