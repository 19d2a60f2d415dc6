import type { Action } from '../access/policy.ts';
import { mayActOn } from '../access/record-guard.ts';
import { recordAudit } from '../audit/record.ts';
import { caseFor } from '../cases/access.ts';
import type { CASE_EVENTS } from '../cases/catalogue.ts';
import { type Changing, changeCase, type Team } from '../cases/change.ts';
import { todayInVilnius } from '../cases/model.ts';
import type { CaseRow } from '../cases/store.ts';
import { isOnTeam } from '../cases/view.ts';
import { getPerson, type PersonRow, unwrapPersonKey } from '../people/store.ts';
import { type Db, inTurn } from '../platform/db.ts';
import { actingMembership } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { approvalsOf } from '../review/store.ts';
import { type CardFacts, cardRefusals } from './rules.ts';
import { assistanceRowsOf, namesOf } from './store.ts';
import { assistanceViewOf } from './view.ts';

// How every assistance verb reaches a case: the need-to-know check on the case, one transaction with
// the timeline and audit events, and an answer with the whole of assistance as the actor sees it.

export type Scoped = {
  ctx: RequestContext;
  row: CaseRow;
  team: Team;
  /** The person's key, or null once erased: nothing new is written about them then. */
  personKey: Buffer | null;
  today: string;
  organisationId: string;
  userId: string;
  /** The change to the case this is part of: for the case's clocks and referrals. */
  case: Changing;
};

/**
 * What the change tells the case's timeline: its event type and the codes (never free text) it did;
 * `waiting` when the step it records waits for approval.
 */
export type Done = {
  event: (typeof CASE_EVENTS)[number];
  detail: Record<string, unknown>;
  waiting?: boolean;
  /** The staff member's reason for the change, shown on the timeline (sealed there too). */
  reason?: string;
};

type Pathway = 'lithuanian' | 'eu' | 'third_country' | 'unknown';

/** The person's facts the rules need: citizenship pathway, and what a card would need. */
export async function personFacts(db: Db, row: CaseRow) {
  return factsOf((await getPerson(db, row.personId))!, row);
}

function factsOf(person: PersonRow, row: CaseRow) {
  const card: CardFacts = {
    kind: row.kind as CardFacts['kind'],
    identified: row.identification?.outcome === 'identified',
    identity: person.erasedAt ? 'erased' : person.sealedIdentity ? 'held' : 'none',
    restricted: person.restrictedAt !== null,
    anonymised: row.anonymisedAt !== null,
  };
  return { person, pathway: person.citizenshipPathway as Pathway, card };
}

/** The whole of a case's assistance for the acting membership (texts only for the case's team). */
export async function assistanceOf(ctx: RequestContext, row: CaseRow, team: Team) {
  const m = actingMembership(ctx);
  const onTeam = isOnTeam(team, m.organisationId);
  const view = await assistanceRecordOf(
    ctx.db,
    row,
    (wrappedKey) => (onTeam ? unwrapPersonKey(ctx.keys, row.personId, wrappedKey) : null),
    {
      canRecord: onTeam && ['case_worker', 'organisation_manager', 'return_officer'].includes(m.role),
    },
  );
  // A consular mission on the team records the return alone (seed 000).
  return { ...view, canRecordReturn: onTeam && mayActOn(ctx, 'return.record', [m.organisationId]) };
}

/**
 * A case's assistance with the texts the key opens (none without one): for a viewer, or an export.
 * The records, the person and their wrapped key come in one query; `keyOf` decides whether to open it.
 */
export async function assistanceRecordOf(
  db: Db,
  row: CaseRow,
  keyOf: (wrappedKey: Buffer | null) => Buffer | null,
  { canRecord }: { canRecord: boolean },
) {
  const [rows, approvals] = await inTurn(
    () => assistanceRowsOf(db, row.id),
    () => approvalsOf(db, row.id),
  );
  const facts = factsOf(rows.person, row);
  const names = await namesOf(
    db,
    [
      ...rows.rights.map((r) => r.organisationId),
      ...rows.assessments.map((r) => r.organisationId),
      ...rows.items.map((r) => r.organisationId),
      ...rows.agreements.map((r) => r.organisationId),
      ...rows.services.map((r) => r.organisationId),
      ...rows.serviceCorrections.map((r) => r.organisationId),
      ...rows.steps.map((r) => r.organisationId),
      ...rows.cards.map((r) => r.organisationId),
      ...(rows.return ? [rows.return.organisationId] : []),
      ...(rows.longTerm ? [rows.longTerm.municipalityOrganisationId] : []),
      ...[rows.investigation?.organisationId, rows.claim?.authorityOrganisationId].filter(
        (id): id is string => !!id,
      ),
    ],
    [
      ...rows.rights.map((r) => r.userId),
      ...rows.assessments.map((r) => r.userId),
      ...rows.agreements.map((r) => r.userId),
      ...rows.services.map((r) => r.userId),
      ...rows.serviceCorrections.map((r) => r.userId),
      ...rows.steps.map((r) => r.userId),
      ...rows.cards.map((r) => r.issuedByUserId),
    ],
  );
  return assistanceViewOf(rows, {
    caseId: row.id,
    names,
    personKey: keyOf(rows.wrappedKey),
    pathway: facts.pathway,
    canRecord,
    followUpOn: row.followUpOn,
    cardRefusals: cardRefusals(facts.card),
    today: todayInVilnius(),
    approvals,
  });
}

export async function readAssistance(ctx: RequestContext, id: string) {
  const { row, team } = await caseFor(ctx, 'assistance.read', id);
  return ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx };
    await recordAudit(tx, ctx, {
      action: 'assistance.read',
      recordType: 'case',
      recordId: row.id,
      outcome: 'success',
      detail: isOnTeam(team, actingMembership(ctx).organisationId) ? {} : { outsideTeam: true },
    });
    return assistanceOf(scoped, row, team);
  });
}

/**
 * One change to a case's assistance, through the case kernel: authorised on the case, refused while
 * the person's data is restricted, written with its timeline and audit events in one transaction. In
 * a case of another crime (seed 002) recording a step moves the case on to it when it is the next one.
 */
export function changeAssistance(
  ctx: RequestContext,
  id: string,
  action: Action,
  auditAction: string,
  change: (s: Scoped) => Promise<Done>,
  step?: 'inform_rights' | 'assess_needs' | 'agree_plan' | 'start_services',
) {
  return changeCase(
    ctx,
    id,
    {
      action,
      apply: async (c) => {
        const done = await change({
          ...c,
          ctx: c.ctx,
          team: c.team,
          personKey: await c.personKey(),
          case: c,
        });
        c.event(done.event, done.detail, done.reason ? { reason: done.reason } : undefined);
        c.audit({ action: auditAction, detail: done.detail });
        if (step && !done.waiting && c.row.kind === 'other_crime') await c.move(step, { required: false });
      },
    },
    (done) => assistanceOf(done.ctx, done.row, done.team),
  );
}
