import type { z } from 'zod';
import { staffWhoMay } from '../access/store.ts';
import { recordAudit } from '../audit/record.ts';
import { inTurn } from '../platform/db.ts';
import { conflict } from '../platform/errors.ts';
import { actingMembership, actorOf } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { REFUSED } from './approvals.ts';
import type { ApprovalSubject } from './catalogue.ts';
import type { ApprovalSettingsInput, ApprovalSettingsView } from './model.ts';
import { approversRefusal } from './rules.ts';
import { saveSettings, settingsOf } from './store.ts';

// An organisation's manager decides what of its work waits for approval, and names who besides its
// managers approves (and who of them may approve their own work).

async function settingsView(ctx: RequestContext): Promise<z.input<typeof ApprovalSettingsView>> {
  const organisationId = actingMembership(ctx).organisationId;
  const [settings, staff] = await inTurn(
    () => settingsOf(ctx.db, organisationId),
    () => staffWhoMay(ctx.db, organisationId, 'assistance.record'),
  );
  const names = new Map(staff.map((s) => [s.id, s.name]));
  return {
    subjects: (settings?.subjects ?? []) as ApprovalSubject[],
    approvers: (settings?.approvers ?? []).map((a) => ({ ...a, name: names.get(a.userId) ?? '—' })),
    staff: staff.map((s) => ({ userId: s.id, name: s.name })),
    version: settings?.version ?? 0,
  };
}

export const readApprovalSettings = (ctx: RequestContext) => settingsView(ctx);

export function saveApprovalSettings(ctx: RequestContext, input: z.output<typeof ApprovalSettingsInput>) {
  return ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx };
    const organisationId = actingMembership(ctx).organisationId;
    const me = actorOf(ctx).userId;
    const staff = await staffWhoMay(tx, organisationId, 'assistance.record');
    const refusal = approversRefusal(
      input.approvers,
      staff.map((s) => s.id),
      me,
    );
    if (refusal) throw conflict(REFUSED[refusal], refusal);
    const saved = await saveSettings(tx, organisationId, input.version, {
      subjects: input.subjects,
      approvers: input.approvers,
      updatedByUserId: me,
    });
    if (!saved) throw conflict('The settings were changed by someone else since you opened them; reload.');
    await recordAudit(tx, ctx, {
      action: 'approval.settings',
      recordType: 'organisation',
      recordId: organisationId,
      outcome: 'success',
      detail: { subjects: input.subjects, approvers: input.approvers },
    });
    return settingsView(scoped);
  });
}
