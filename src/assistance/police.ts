import type { z } from 'zod';
import type { Action } from '../access/policy.ts';
import { authorisedRecord } from '../access/record-guard.ts';
import { recordAudit } from '../audit/record.ts';
import { type Changing, changeCase, type Team } from '../cases/change.ts';
import { organisationsWith } from '../cases/organisations.ts';
import { inCriminalProceedings } from '../cases/rules.ts';
import { type CaseRow, caseWithTeam, consentsOf, getCase, listCases, teamOf } from '../cases/store.ts';
import { consentStands } from '../cases/view.ts';
import { getPerson, personDataKey } from '../people/store.ts';
import { inTurn } from '../platform/db.ts';
import { AppError, conflict } from '../platform/errors.ts';
import { actingMembership } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import type { PoliceCaseView, ProtectionAnswerInput, ProtectionRequestInput } from './legal-model.ts';
import {
  answerProtection,
  type InvestigationRow,
  investigationsOf,
  protectionStepsOf,
  saveInvestigationAt,
} from './legal-store.ts';
import type { PoliceInvestigationInput } from './model.ts';
import { policeGround } from './rules.ts';
import { openFields, sealFields } from './sealed.ts';
import { insertLegalStep, namesOf } from './store.ts';

// The police's side of a case (seeds 000, 001): an investigator of a police organisation on the case
// team, where the person consented to contact with law enforcement or criminal proceedings run, keeps
// the pre-trial investigation and the protection asked of the Witness and Victim Protection Service,
// and sees the case narrowly: the facts of the crime and of the mechanism's decisions, never what
// support services wrote.

type Ground = NonNullable<ReturnType<typeof policeGround>>;

async function groundOf(ctx: RequestContext, row: CaseRow, investigation: InvestigationRow | null) {
  return policeGround({
    consentToLawEnforcement: consentStands(await consentsOf(ctx.db, row.id), 'contact_with_law_enforcement'),
    investigationRecorded: investigation !== null,
    inProceedings: inCriminalProceedings(row),
  });
}

/**
 * A case the police may take the action on: their organisation on its team and a ground to see it.
 * Without one the case reads as not found (404), audited, exactly as for an organisation off the team.
 */
async function policeCaseFor(ctx: RequestContext, action: Action, id: string) {
  return authorisedRecord(ctx, {
    action,
    recordType: 'case',
    id,
    what: 'The case',
    load: async () => {
      const found = await caseWithTeam(ctx.db, id);
      if (!found) return null;
      const [investigation] = await investigationsOf(ctx.db, [id]);
      return {
        ...found,
        investigation: investigation ?? null,
        ground: await groundOf(ctx, found.row, investigation ?? null),
      };
    },
    // Only an organisation of law enforcement (the mechanism's investigator function) acts as the police,
    // whatever role a manager elsewhere gave someone.
    organisationsOf: (c) => (c.ground ? policeOnTeam(c.team) : []),
  });
}

const policeOnTeam = (team: Team) =>
  team.filter((m) => m.leftAt === null && m.functions.includes('investigator')).map((m) => m.organisationId);

/** The cases of the investigator's organisation the police may see, newest change first. */
export async function policeCases(ctx: RequestContext) {
  const m = actingMembership(ctx);
  const [organisation] = await organisationsWith(ctx.db, [m.organisationId]);
  if (!organisation?.functions.includes('investigator')) return { items: [] };
  const listed = await listCases(ctx.db, m.organisationId, {});
  const ids = listed.map((l) => l.case.id);
  const [investigations, steps] = await inTurn(
    () => investigationsOf(ctx.db, ids),
    () => protectionStepsOf(ctx.db, ids),
  );
  const items = [];
  for (const { case: row } of listed) {
    const investigation = investigations.find((i) => i.caseId === row.id) ?? null;
    const ground = await groundOf(ctx, row, investigation);
    if (!ground) continue;
    items.push({
      caseId: row.id,
      reference: row.reference,
      kind: row.kind as 'trafficking',
      state: row.state,
      ground,
      metOn: row.facts.metAt.slice(0, 10),
      investigation: investigation
        ? {
            institution: investigation.institution as 'police',
            startedOn: investigation.startedOn,
            closedOn: investigation.closedOn,
          }
        : null,
      protectionRequested: steps.filter((s) => s.caseId === row.id).length,
    });
  }
  return { items };
}

/** A case as the police see it; reading it (the investigation's number and officer) is audited. */
export async function readPoliceCase(ctx: RequestContext, id: string) {
  const found = await policeCaseFor(ctx, 'investigation.read', id);
  return ctx.db.transaction(async (tx) => {
    await recordAudit(tx, ctx, {
      action: 'investigation.read',
      recordType: 'case',
      recordId: id,
      outcome: 'success',
      detail: { ground: found.ground },
    });
    return policeViewOf({ ...ctx, db: tx }, found.row, found.team, found.ground!);
  });
}

async function policeViewOf(
  ctx: RequestContext,
  row: CaseRow,
  team: Team,
  ground: Ground,
): Promise<z.input<typeof PoliceCaseView>> {
  const mine = actingMembership(ctx).organisationId;
  const [person, key, [investigation], steps] = await inTurn(
    () => getPerson(ctx.db, row.personId),
    () => personDataKey(ctx.db, ctx.keys, row.personId),
    () => investigationsOf(ctx.db, [row.id]),
    () => protectionStepsOf(ctx.db, [row.id]),
  );
  const names = await namesOf(
    ctx.db,
    steps.map((s) => s.organisationId),
    [],
  );
  const words = investigation ? openFields(key, 'investigation', row.id, investigation.sealed) : {};
  const named = (id: string, lt: string, en: string) => ({ id, name: { lt, en } });
  return {
    caseId: row.id,
    reference: row.reference,
    kind: row.kind as 'trafficking',
    state: row.state,
    ground,
    metOn: row.facts.metAt.slice(0, 10),
    municipality: row.facts.municipality,
    firstContactKind: row.facts.firstContactKind,
    exploitationForms: row.facts.exploitationForms,
    person: {
      sex: person!.sex,
      ageBand: person!.ageBand,
      citizenship: row.facts.citizenship,
      child: row.child,
    },
    identification: row.identification?.outcome ?? null,
    cooperation: row.cooperation?.outcome ?? null,
    team: team
      .filter((t) => t.leftAt === null)
      .map((t) => ({
        organisation: named(t.organisationId, t.nameLt, t.nameEn),
        role: t.role,
      })),
    investigation: investigation
      ? {
          institution: investigation.institution as 'police',
          caseNumber: words.caseNumber ?? null,
          startedOn: investigation.startedOn,
          closedOn: investigation.closedOn,
          outcome: (investigation.outcome as 'terminated' | null) ?? null,
          officerName: words.officerName ?? null,
          officerContact: words.officerContact ?? null,
          version: investigation.version,
        }
      : null,
    protection: steps.map((s) => ({
      id: s.id,
      organisation: names.organisation(s.organisationId),
      measure: (s.measure as 'other' | null) ?? null,
      status: s.status as 'requested',
      on: s.on,
      answeredOn: s.answeredOn,
      note:
        s.organisationId === mine ? (openFields(key, 'legal-step', row.id, s.sealedNote).note ?? null) : null,
      version: s.version,
    })),
  };
}

/** One change by the police, through the case kernel, answered with the case as the police see it. */
function changeAsPolice(ctx: RequestContext, id: string, apply: (c: Changing) => Promise<void>) {
  let ground: Ground | null = null;
  return changeCase(
    ctx,
    id,
    {
      action: 'investigation.record',
      authorise: async (scoped) => {
        const found = await policeCaseFor(scoped, 'investigation.record', id);
        ground = found.ground;
        return { row: found.row, team: found.team };
      },
      apply,
    },
    async (done) => {
      // A first investigation recorded is a ground of its own; the one checked above stands.
      const row = (await getCase(done.ctx.db, id))!;
      return policeViewOf(done.ctx, row, await teamOf(done.ctx.db, id), ground!);
    },
  );
}

/** Record or update the pre-trial investigation: institution, number, officer, opened, closed, outcome. */
export function recordInvestigation(
  ctx: RequestContext,
  id: string,
  input: z.output<typeof PoliceInvestigationInput>,
) {
  return changeAsPolice(ctx, id, async (c) => {
    const personKey = await c.personKey();
    const saved = await saveInvestigationAt(
      c.ctx.db,
      {
        caseId: c.row.id,
        institution: input.institution,
        startedOn: input.startedOn ?? null,
        closedOn: input.closedOn ?? null,
        outcome: input.outcome ?? null,
        organisationId: c.organisationId,
        sealed: sealFields(personKey, 'investigation', c.row.id, {
          caseNumber: input.caseNumber,
          officerName: input.officerName,
          officerContact: input.officerContact,
        }),
      },
      input.version,
    );
    if (!saved) throw conflict('The investigation was changed by someone else; reload to see what changed.');
    const detail = {
      institution: input.institution,
      closed: input.closedOn !== undefined,
      outcome: input.outcome ?? null,
    };
    c.event('investigation_linked', detail);
    c.audit({ action: 'investigation.record', detail });
  });
}

/** Ask the Witness and Victim Protection Service for a protection measure. */
export function requestProtection(
  ctx: RequestContext,
  id: string,
  input: z.output<typeof ProtectionRequestInput>,
) {
  return changeAsPolice(ctx, id, async (c) => {
    await insertLegalStep(c.ctx.db, {
      caseId: c.row.id,
      organisationId: c.organisationId,
      userId: c.userId,
      kind: 'protection',
      measure: input.measure,
      status: 'requested',
      on: input.on,
      sealedNote: sealFields(await c.personKey(), 'legal-step', c.row.id, { note: input.note }),
    });
    const detail = { kind: 'protection', measure: input.measure, status: 'requested' };
    c.event('legal_step_added', detail);
    c.audit({ action: 'investigation.protection.request', detail });
  });
}

/** Record the Service's answer to a protection request (whoever on the team asked for it). */
export function answerProtectionRequest(
  ctx: RequestContext,
  id: string,
  stepId: string,
  input: z.output<typeof ProtectionAnswerInput>,
) {
  return changeAsPolice(ctx, id, async (c) => {
    const step = await answerProtection(c.ctx.db, c.row.id, stepId, input);
    if (!step) {
      throw new AppError(
        'conflict',
        'The protection request was not found, or was changed by someone else; reload to see it.',
      );
    }
    const detail = { stepId, measure: step.measure, status: input.status };
    c.event('protection_answered', detail);
    c.audit({ action: 'investigation.protection.answer', detail });
  });
}
