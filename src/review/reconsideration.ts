import type { z } from 'zod';
import { mayActOn } from '../access/record-guard.ts';
import { recordAudit } from '../audit/record.ts';
import { caseFor } from '../cases/access.ts';
import { teamAudiences } from '../cases/alerts.ts';
import { type Changing, changeCase } from '../cases/change.ts';
import { deciderName } from '../cases/decisions.ts';
import { sealReason } from '../cases/sealed.ts';
import type { CaseRow } from '../cases/store.ts';
import { activeTeam } from '../cases/view.ts';
import { personDataKey } from '../people/store.ts';
import { conflict } from '../platform/errors.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { REFUSED } from './approvals.ts';
import type { ReconsiderationDecisionInput, ReconsiderationInput, ReconsiderationView } from './model.ts';
import { reconsiderationRefusal } from './rules.ts';
import { openReview, sealReview } from './sealed.ts';
import {
  decideReconsiderationRow,
  insertReconsideration,
  pendingReconsideration,
  reconsiderationsOf,
  userNames,
} from './store.ts';

// The identification decision can be looked at again: the person's representative, or the team on
// their behalf, asks with reasons; the national coordinator decides with reasons. The first decision
// stays in the history (its timeline entry and the request's record) beside the second.

/** The case's requests and decisions, and what the acting membership may do now. */
async function listOf(ctx: RequestContext, row: CaseRow, team: Changing['team']) {
  const rows = await reconsiderationsOf(ctx.db, row.id);
  const key = await personDataKey(ctx.db, ctx.keys, row.personId);
  const names = await userNames(
    ctx.db,
    rows.flatMap((r) => [r.requestedByUserId, r.decidedByUserId]),
  );
  const owners = activeTeam(team).map((m) => m.organisationId);
  const pending = rows.some((r) => r.status === 'pending');
  const items: z.input<typeof ReconsiderationView>[] = rows.map((r) => ({
    id: r.id,
    requestedBy: r.requestedBy as 'team',
    requestedOn: r.requestedOn,
    recordedBy: names.get(r.requestedByUserId) ?? null,
    earlierOutcome: r.earlierOutcome,
    reasons: openReview(key, 'reconsideration-reasons', row.id, r.sealedReasons),
    status: r.status as 'pending',
    outcome: (r.outcome as 'identified' | null) ?? null,
    decidedOn: r.decidedOn,
    decidedBy: r.decidedByUserId ? (names.get(r.decidedByUserId) ?? null) : null,
    decisionReasons: openReview(key, 'reconsideration-decision', row.id, r.sealedDecisionReasons),
  }));
  return {
    items,
    mayRequest:
      mayActOn(ctx, 'case.reconsideration.request', owners) &&
      reconsiderationRefusal(row.identification, pending) === null,
    mayDecide: pending && mayActOn(ctx, 'case.decide', owners),
    version: row.version,
  };
}

/** Read on the case page: what was asked and decided, by those who see the case; audited. */
export async function readReconsiderations(ctx: RequestContext, caseId: string) {
  const { row, team } = await caseFor(ctx, 'case.read', caseId);
  return ctx.db.transaction(async (tx) => {
    await recordAudit(tx, ctx, {
      action: 'case.reconsideration.read',
      recordType: 'case',
      recordId: row.id,
      outcome: 'success',
      detail: {},
    });
    return listOf({ ...ctx, db: tx }, row, team);
  });
}

export function requestReconsideration(
  ctx: RequestContext,
  caseId: string,
  input: z.output<typeof ReconsiderationInput>,
) {
  return changeCase(
    ctx,
    caseId,
    {
      action: 'case.reconsideration.request',
      version: input.version,
      apply: async (c) => {
        const pending = await pendingReconsideration(c.ctx.db, caseId);
        const refusal = reconsiderationRefusal(c.row.identification, pending !== null);
        if (refusal) throw conflict(REFUSED[refusal], refusal);
        const row = await insertReconsideration(c.ctx.db, {
          caseId,
          organisationId: c.organisationId,
          requestedByUserId: c.userId,
          requestedBy: input.requestedBy,
          requestedOn: c.today,
          earlierOutcome: c.row.identification!.outcome,
          sealedReasons: sealReview(await c.personKey(), 'reconsideration-reasons', caseId, input.reasons),
          status: 'pending',
        });
        const detail = { reconsiderationId: row.id, requestedBy: input.requestedBy };
        c.event('reconsideration_requested', detail);
        c.audit({ action: 'case.reconsideration.request', detail });
        c.alert({ kind: 'reconsideration_requested', audiences: [{ role: 'national_coordinator' }] });
      },
    },
    (done) => listOf(done.ctx, done.row, done.team),
  );
}

/** The coordinator decides: the same outcome upholds the decision, the other replaces it. */
export function decideReconsideration(
  ctx: RequestContext,
  caseId: string,
  input: z.output<typeof ReconsiderationDecisionInput>,
) {
  return changeCase(
    ctx,
    caseId,
    {
      action: 'case.decide',
      version: input.version,
      apply: async (c) => {
        const pending = await pendingReconsideration(c.ctx.db, caseId);
        if (!pending) throw conflict(REFUSED.reconsideration_none, 'reconsideration_none');
        const key = await c.personKey();
        const changed = input.outcome !== pending.earlierOutcome;
        if (changed) {
          await c.move(input.outcome === 'identified' ? 'record_identified' : 'record_not_identified', {
            reason: input.reasons,
            required: true,
            reasonKeptElsewhere: true,
            reconsidering: true,
          });
        }
        // The decision now standing is the reconsidered one; the first stays in the history.
        c.set({
          identification: {
            outcome: input.outcome,
            reasonsSealed:
              sealReason(key, 'decision-reason', caseId, input.reasons)?.toString('base64') ?? null,
            decidedOn: input.decidedOn,
            by: await deciderName(c),
          },
        });
        const decided = await decideReconsiderationRow(c.ctx.db, pending.id, {
          outcome: input.outcome,
          decidedByUserId: c.userId,
          decidedOn: input.decidedOn,
          sealedDecisionReasons: sealReview(key, 'reconsideration-decision', caseId, input.reasons),
        });
        if (!decided) throw conflict('Someone else decided this request a moment ago; reload to see it.');
        const detail = {
          reconsiderationId: pending.id,
          earlier: pending.earlierOutcome,
          outcome: input.outcome,
          upheld: !changed,
        };
        c.event('reconsideration_decided', detail);
        c.audit({ action: 'case.decide.reconsideration', detail });
        c.alert({ kind: 'reconsideration_decided', audiences: teamAudiences(c.team) });
      },
    },
    (done) => listOf(done.ctx, done.row, done.team),
  );
}
