import type { z } from 'zod';
import { staffWhoMay } from '../access/store.ts';
import { recordAudit } from '../audit/record.ts';
import { caseFor } from '../cases/access.ts';
import { type Changing, changeCase, refusalOf, type Team } from '../cases/change.ts';
import type { CaseRow } from '../cases/store.ts';
import { isOnTeam, workflowFactsOf } from '../cases/view.ts';
import { decideTransition } from '../cases/workflow.ts';
import { personDataKey } from '../people/store.ts';
import type { Db } from '../platform/db.ts';
import { AppError, conflict } from '../platform/errors.ts';
import { actingMembership, actorOf } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import type { ApprovalSubject, ReviewRefusal } from './catalogue.ts';
import type { ApprovalDecisionInput, ApprovalView, PendingApproval } from './model.ts';
import { approvalRefusal, isApprover, maySelfApprove, needsApproval, type Settings } from './rules.ts';
import { openReview, sealReview } from './sealed.ts';
import {
  type ApprovalRow,
  approvalsOf,
  decideApprovalRow,
  insertApproval,
  pendingApprovalsOf,
  settingsOf,
  userNames,
} from './store.ts';

// Supervisor approval of an organisation's needs assessment, plan and closure. Work the organisation
// asks approval for waits: a plan is agreed, and a case closed, only once approved; a returned one
// goes back to the worker with the approver's comments. Requests and decisions run inside the case
// kernel, so the timeline, the audit trail and the alerts commit with them.

export const REFUSED: Record<ReviewRefusal, string> = {
  approval_pending: 'Earlier work of this kind still waits for approval; it is decided first.',
  approval_decided: 'This request has already been decided.',
  not_approver: "Only the organisation's manager or a person it names as approver decides this request.",
  self_approval:
    'You cannot approve your own work: another approver decides it, unless your organisation lets you approve your own.',
  approver_not_member: 'An approver must work on cases in your organisation.',
  approver_self_grant: 'Another manager of your organisation decides whether you may approve your own work.',
  not_identified_yet: 'There is no identification decision to reconsider yet.',
  reconsideration_pending: 'A request to reconsider this decision already waits for the coordinator.',
  reconsideration_none: 'No request to reconsider this decision waits.',
};

const refuse = (refusal: ReviewRefusal) => conflict(REFUSED[refusal], refusal);

/** The organisation's managers and the people it names: who is told a request waits. */
async function approversOf(db: Db, organisationId: string, settings: Settings | null) {
  const managers = await staffWhoMay(db, organisationId, 'approval.settings');
  return [...managers.map((m) => m.id), ...(settings?.approvers ?? []).map((a) => a.userId)];
}

const isTaken = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  ((error as { code?: unknown }).code === '23505' || isTaken((error as { cause?: unknown }).cause));

/**
 * Ask approval for work just recorded, when the acting organisation asks it for this subject: the
 * request, its timeline and audit entries, and the approvers' alert. Answers whether it now waits.
 */
export async function requestApproval(
  c: Changing,
  subject: ApprovalSubject,
  what: { subjectId?: string; detail?: ApprovalRow['detail']; reason?: string } = {},
): Promise<boolean> {
  const settings = await settingsOf(c.ctx.db, c.organisationId);
  if (!needsApproval(settings, subject, c.viewer.role)) return false;
  const row = await insertApproval(c.ctx.db, {
    caseId: c.row.id,
    organisationId: c.organisationId,
    subject,
    subjectId: what.subjectId ?? null,
    status: 'pending',
    requestedByUserId: c.userId,
    detail: what.detail ?? {},
    sealedReason: sealReview(await c.personKey(), 'closure-reason', c.row.id, what.reason),
  }).catch((error: unknown) => {
    // The database keeps one request of a kind waiting per case, whoever asks at the same moment.
    throw isTaken(error) ? refuse('approval_pending') : error;
  });
  c.event('approval_requested', { approvalId: row.id, subject });
  c.audit({ action: 'approval.request', recordType: 'approval', recordId: row.id, detail: { subject } });
  c.alert({
    kind: 'approval_requested',
    audiences: [{ users: await approversOf(c.ctx.db, c.organisationId, settings) }],
  });
  return true;
}

/**
 * A worker asks to close the case: when the organisation asks approval for closures, the case stays
 * open until an approver approves, and the rules are asked now so a request that could never close
 * it is refused at once. Answers whether it now waits.
 */
export async function requestClosure(c: Changing, reason: string | undefined) {
  const settings = await settingsOf(c.ctx.db, c.organisationId);
  if (!needsApproval(settings, 'closure', c.viewer.role)) return false;
  const decision = decideTransition('close', {
    ...workflowFactsOf({ row: c.row, team: c.team, consents: await c.consents() }, c.viewer),
    reason,
  });
  if (!decision.ok) throw refusalOf(decision);
  return requestApproval(c, 'closure', { reason });
}

/** What approval lets happen: a plan becomes agreed (its review day a deadline), a case closes. */
async function takeStep(c: Changing, row: ApprovalRow, key: Buffer | null) {
  if (row.subject === 'plan') {
    if (row.detail.reviewOn) c.set({ planReviewOn: row.detail.reviewOn });
    if (c.row.kind === 'other_crime') await c.move('agree_plan', { required: false });
  }
  if (row.subject === 'closure') {
    const reason = openReview(key, 'closure-reason', c.row.id, row.sealedReason) ?? 'Closure approved.';
    await c.move('close', { reason, required: true });
  }
}

/** An approver approves, or returns the work with comments for the worker. */
export function decideApproval(
  ctx: RequestContext,
  caseId: string,
  approvalId: string,
  input: z.output<typeof ApprovalDecisionInput>,
) {
  return changeCase(
    ctx,
    caseId,
    {
      action: 'approval.decide',
      apply: async (c) => {
        const row = (await approvalsOf(c.ctx.db, caseId)).find((a) => a.id === approvalId);
        if (!row) throw new AppError('not_found', 'The request for approval was not found.');
        const refusal = approvalRefusal({
          status: row.status,
          organisationId: row.organisationId,
          requestedByUserId: row.requestedByUserId,
          actor: { userId: c.userId, role: c.viewer.role, organisationId: c.organisationId },
          settings: await settingsOf(c.ctx.db, row.organisationId),
        });
        if (refusal) throw refuse(refusal);
        if (row.version !== input.version)
          throw conflict('The request was changed by someone else since you opened it; reload to see it.');
        const key = await c.personKey();
        const status = input.decision === 'approve' ? 'approved' : 'returned';
        if (status === 'approved') await takeStep(c, row, key);
        const decided = await decideApprovalRow(c.ctx.db, row.id, row.version, {
          status,
          decidedByUserId: c.userId,
          sealedComments: sealReview(key, 'approval-comments', caseId, input.comments),
        });
        if (!decided) throw conflict('Someone else decided this request a moment ago; reload to see it.');
        const detail = { approvalId: row.id, subject: row.subject, decision: status };
        c.event('approval_decided', detail);
        c.audit({ action: 'approval.decide', recordType: 'approval', recordId: row.id, detail });
        c.alert({ kind: 'approval_decided', audiences: [{ users: [row.requestedByUserId] }] });
      },
    },
    (done) => approvalListOf(done.ctx, done.row, done.team),
  );
}

/** A case's requests for approval as the acting person sees them: the words only on the team. */
async function approvalListOf(ctx: RequestContext, row: CaseRow, team: Team) {
  const m = actingMembership(ctx);
  const me = actorOf(ctx).userId;
  const rows = await approvalsOf(ctx.db, row.id);
  const key = isOnTeam(team, m.organisationId) ? await personDataKey(ctx.db, ctx.keys, row.personId) : null;
  const names = await userNames(
    ctx.db,
    rows.flatMap((r) => [r.requestedByUserId, r.decidedByUserId]),
  );
  const settings = await settingsOf(ctx.db, m.organisationId);
  const items: z.input<typeof ApprovalView>[] = rows.map((r) => ({
    id: r.id,
    subject: r.subject as ApprovalSubject,
    subjectId: r.subjectId,
    status: r.status as 'pending',
    requestedBy: names.get(r.requestedByUserId) ?? null,
    requestedAt: r.createdAt.toISOString(),
    decidedBy: r.decidedByUserId ? (names.get(r.decidedByUserId) ?? null) : null,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    comments: openReview(key, 'approval-comments', row.id, r.sealedComments),
    reason: openReview(key, 'closure-reason', row.id, r.sealedReason),
    mayDecide:
      approvalRefusal({
        status: r.status,
        organisationId: r.organisationId,
        requestedByUserId: r.requestedByUserId,
        actor: { userId: me, role: m.role, organisationId: m.organisationId },
        settings,
      }) === null,
    version: r.version,
  }));
  return { items };
}

/** A case's requests for approval; the read of what was written about the person is audited. */
export async function readApprovals(ctx: RequestContext, caseId: string) {
  const { row, team } = await caseFor(ctx, 'assistance.read', caseId);
  return ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx };
    await recordAudit(tx, ctx, {
      action: 'approval.read',
      recordType: 'case',
      recordId: row.id,
      outcome: 'success',
      detail: isOnTeam(team, actingMembership(ctx).organisationId) ? {} : { outsideTeam: true },
    });
    return approvalListOf(scoped, row, team);
  });
}

/** Requests waiting for the acting person: their organisation's, if they approve, not their own unless allowed. */
export async function approvalsWaitingFor(ctx: RequestContext): Promise<z.input<typeof PendingApproval>[]> {
  const m = actingMembership(ctx);
  const me = actorOf(ctx).userId;
  const settings = await settingsOf(ctx.db, m.organisationId);
  if (!isApprover(settings, { userId: me, role: m.role })) return [];
  const rows = await pendingApprovalsOf(ctx.db, m.organisationId);
  return rows
    .filter((r) => r.requestedByUserId !== me || maySelfApprove(settings, me))
    .map((r) => ({
      id: r.id,
      caseId: r.caseId,
      caseReference: r.caseReference,
      subject: r.subject as ApprovalSubject,
      requestedBy: r.requestedBy,
      requestedAt: r.requestedAt.toISOString(),
    }));
}
