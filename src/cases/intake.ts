import { and, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { insertPerson } from '../people/store.ts';
import { AppError, conflict, DeniedError, fromZod } from '../platform/errors.ts';
import { actingMembership, actorOf } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { pathwayOf } from './catalogue.ts';
import { applyChange } from './change.ts';
import { checkForDuplicates } from './duplicates.ts';
import { IntakeRecord, type SaveDraftInput } from './model.ts';
import {
  checkOrganisationsExist,
  nationalContactPoint,
  organisationBySlug,
  organisationsWith,
} from './organisations.ts';
import { CHILD_RIGHTS_SERVICE, sendReferral } from './referrals.ts';
import { ageBandOf, isChild, teamRoleOf } from './rules.ts';
import { openDraft, sealDraft } from './sealed.ts';
import { caseByDraft, insertCase, insertConsent } from './store.ts';
import { intakeDrafts } from './tables.ts';
import { INITIAL_STATE } from './workflow.ts';

// A first responder's intake: saved on the server as it is typed, so a dropped connection or a closed
// tab loses nothing; submitted once, however many times the button is pressed.

type DraftRow = typeof intakeDrafts.$inferSelect;

const draftView = (ctx: RequestContext, row: DraftRow) => ({
  id: row.id,
  data: openDraft(ctx.keys, row),
  version: row.version,
  updatedAt: row.updatedAt.toISOString(),
  submittedCaseId: row.submittedCaseId,
});

/** A draft is its author's alone; anyone else's reads as not found. */
async function ownDraft(ctx: RequestContext, id: string, lock = false): Promise<DraftRow | null> {
  const query = ctx.db.select().from(intakeDrafts).where(eq(intakeDrafts.id, id)).limit(1);
  const [row] = lock ? await query.for('update') : await query;
  if (row && row.userId !== actorOf(ctx).userId) {
    throw new DeniedError({ action: 'case.intake', recordType: 'intake_draft', recordId: id }, 'The draft');
  }
  return row ?? null;
}

export async function listDrafts(ctx: RequestContext) {
  const rows = await ctx.db
    .select()
    .from(intakeDrafts)
    .where(and(eq(intakeDrafts.userId, actorOf(ctx).userId), isNull(intakeDrafts.submittedCaseId)))
    .orderBy(desc(intakeDrafts.updatedAt))
    .limit(50);
  return { items: rows.map((row) => draftView(ctx, row)) };
}

export async function readDraft(ctx: RequestContext, id: string) {
  const row = await ownDraft(ctx, id);
  if (!row) throw new AppError('not_found', 'The draft was not found.');
  return draftView(ctx, row);
}

export async function saveDraft(ctx: RequestContext, id: string, input: z.output<typeof SaveDraftInput>) {
  const m = actingMembership(ctx);
  return ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx };
    const existing = await ownDraft(scoped, id, true);
    if (!existing) {
      const [row] = await tx
        .insert(intakeDrafts)
        .values({
          id,
          userId: actorOf(ctx).userId,
          organisationId: m.organisationId,
          ...sealDraft(ctx.keys, id, input.data),
        })
        .onConflictDoNothing()
        .returning();
      if (!row) throw conflict('The draft was saved at the same moment from elsewhere; reload it.');
      return draftView(ctx, row);
    }
    if (existing.submittedCaseId)
      throw conflict('This intake has already been submitted.', 'already_submitted');
    // Saving over a draft means saying which version it changes: a client that does not is stale.
    if (input.version !== existing.version) {
      throw conflict('The draft was changed elsewhere since you opened it; reload it to see the changes.');
    }
    const [row] = await tx
      .update(intakeDrafts)
      .set({
        ...sealDraft(ctx.keys, id, input.data, existing.wrappedKey),
        version: existing.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(intakeDrafts.id, id))
      .returning();
    return draftView(ctx, row!);
  });
}

/** Discards one's own draft not yet sent: it is deleted, and the deletion is audited. */
export async function discardDraft(ctx: RequestContext, id: string) {
  await ctx.db.transaction(async (tx) => {
    const draft = await ownDraft({ ...ctx, db: tx }, id, true);
    if (!draft) throw new AppError('not_found', 'The draft was not found.');
    if (draft.submittedCaseId) {
      throw conflict('This intake has already been submitted; it cannot be discarded.', 'already_submitted');
    }
    await tx.delete(intakeDrafts).where(eq(intakeDrafts.id, id));
    await recordAudit(tx, ctx, {
      action: 'case.intake.discard',
      recordType: 'intake_draft',
      recordId: id,
      outcome: 'success',
    });
  });
}

export async function submitDraft(ctx: RequestContext, id: string) {
  const m = actingMembership(ctx);
  const user = actorOf(ctx);
  return ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx };
    // The lock makes a second press of "submit" wait for the first and then find its case.
    const draft = await ownDraft(scoped, id, true);
    if (!draft) throw new AppError('not_found', 'The draft was not found.');
    if (draft.submittedCaseId) {
      const existing = await caseByDraft(tx, id);
      return { caseId: existing!.id, reference: existing!.reference };
    }
    const parsed = IntakeRecord.safeParse(openDraft(ctx.keys, draft));
    if (!parsed.success) throw fromZod(parsed.error, 'data');
    const record = parsed.data;
    await checkOrganisationsExist(tx, [
      ...(record.consents ?? []).map((c, i) => ({
        id: c.organisationId,
        field: `data.consents.${i}.organisationId`,
      })),
      { id: record.supportServiceId, field: 'data.supportServiceId' },
    ]);
    // Only an organisation that gives support can be the support service a person agrees to.
    if (record.supportServiceId) {
      const [chosen] = await organisationsWith(tx, [record.supportServiceId]);
      if (chosen && !chosen.functions.includes('support_service')) {
        throw new AppError('validation_failed', 'data.supportServiceId: not a support service', [
          {
            field: 'data.supportServiceId',
            message: 'not_support_service: choose an organisation that gives support.',
          },
        ]);
      }
    }
    const ageBand = ageBandOf(record.age, record.ageBand);
    const child = isChild(record.age, ageBand, record.child);
    const [origin] = await organisationsWith(tx, [m.organisationId]);

    const person = await insertPerson(tx, ctx.keys, {
      organisationId: m.organisationId,
      sex: record.sex,
      ageBand,
      citizenshipPathway: pathwayOf(record.citizenship, record.citizenshipPathway),
      disability: record.disability ?? false,
      createdByUserId: user.userId,
      identity: record.identity,
    });
    const row = await insertCase(tx, {
      kind: record.kind,
      state: INITIAL_STATE[record.kind],
      personId: person.id,
      originOrganisationId: m.organisationId,
      createdByUserId: user.userId,
      draftId: id,
      child,
      facts: factsOf(record),
    });
    // What follows is a change to the new case like any other: its team, consents and referrals.
    await applyChange(scoped, row, [], {
      action: 'case.intake',
      apply: async (c) => {
        await c.join(origin!, teamRoleOf(origin!.functions));
        c.event('case_opened', { kind: record.kind, anonymous: !record.identity });
        // A child goes to the child-protection route: the State Child Rights Protection and Adoption Service joins.
        if (child) {
          const childRights = await organisationBySlug(tx, CHILD_RIGHTS_SERVICE);
          if (childRights && childRights.id !== m.organisationId) {
            await c.join(childRights, 'child_protection');
            c.event('team_joined', { role: 'child_protection' }, { organisationId: childRights.id });
          }
        }
        for (const consent of record.consents ?? []) {
          await insertConsent(tx, {
            caseId: row.id,
            scope: consent.scope,
            method: consent.method,
            organisationId: consent.organisationId ?? null,
            recordedByUserId: user.userId,
            recordedByOrganisationId: m.organisationId,
          });
          c.event('consent_given', { scope: consent.scope, method: consent.method });
        }
        const consented = (scope: string) => (record.consents ?? []).some((given) => given.scope === scope);
        if (record.kind === 'trafficking' && consented('referral_to_national_contact_point')) {
          const ncp = await nationalContactPoint(tx);
          if (ncp) await sendReferral(c, { toOrganisationId: ncp.id, purpose: 'identification' });
        }
        if (record.supportServiceId && consented('referral_to_support_service')) {
          await sendReferral(c, { toOrganisationId: record.supportServiceId, purpose: 'assistance' });
        }
        const possibleDuplicate = record.identity ? await checkForDuplicates(c, record.identity) : false;
        c.audit({
          action: 'case.create',
          detail: { kind: record.kind, anonymous: !record.identity, possibleDuplicate },
        });
      },
    });
    // The case now holds everything; the draft keeps only the link that makes submitting idempotent.
    await tx
      .update(intakeDrafts)
      .set({
        ...sealDraft(ctx.keys, id, {}, draft.wrappedKey),
        submittedCaseId: row.id,
        updatedAt: new Date(),
      })
      .where(eq(intakeDrafts.id, id));
    // Whether the person may be known elsewhere is the national coordinator's to learn, never the
    // recording organisation's: an answer saying so would confirm that someone of that name has a case.
    return { caseId: row.id, reference: row.reference };
  });
}

function factsOf(record: IntakeRecord) {
  return {
    metAt: record.metAt,
    municipality: record.municipality,
    placeNote: record.placeNote ?? null,
    firstContactKind: record.firstContactKind,
    exploitationForms: record.kind === 'trafficking' ? (record.exploitationForms ?? []) : [],
    otherCrime: record.kind === 'other_crime' ? (record.otherCrime ?? null) : null,
    indicators: record.indicators ?? [],
    age: record.age ?? null,
    citizenship: record.citizenship ?? null,
    destinationCountry: record.destinationCountry ?? null,
    languages: record.languages ?? [],
    interpreterNeeded: record.interpreterNeeded ?? false,
    urgentNeeds: record.urgentNeeds ?? [],
    consentsRefused: record.consentsRefused ?? [],
  };
}
