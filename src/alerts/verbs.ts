import type { z } from 'zod';
import { membershipsOf } from '../access/sessions.ts';
import { recordAudit } from '../audit/record.ts';
import { conflict, notFound } from '../platform/errors.ts';
import { actorOf } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { ALERT_KIND_NAMES, ALERT_KINDS } from './catalogue.ts';
import type { AlertSettingsInput } from './model.ts';
import { retryMail, unsentMail } from './outbox.ts';
import { deliveryFor } from './rules.ts';
import { alertsOf, markRead, saveSettings, settingsOf, unreadCount } from './store.ts';

// Each person's own alerts and choices (a session sees only its own account's), and the
// administrator's view of e-mail that has not gone out.

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function listAlertsOf(ctx: RequestContext, limit: number) {
  const { items, unread } = await alertsOf(ctx.db, actorOf(ctx).userId, limit);
  return {
    unread,
    items: items.map((a) => ({
      id: a.id,
      kind: a.kind,
      caseReference: a.caseReference,
      deadline: a.deadline,
      dueAt: iso(a.dueAt),
      link: a.link,
      createdAt: a.createdAt.toISOString(),
      read: a.readAt !== null,
    })),
  };
}

export async function unreadOf(ctx: RequestContext) {
  return { unread: await unreadCount(ctx.db, actorOf(ctx).userId) };
}

/** Another person's alert, or one already read, changes nothing: the answer is the same. */
export async function readAlertOf(ctx: RequestContext, id: string | null) {
  await markRead(ctx.db, actorOf(ctx).userId, id);
}

/** The kinds a person can receive, by the roles of all their memberships. */
const kindsFor = (roles: readonly string[]) =>
  ALERT_KIND_NAMES.filter((kind) => {
    const to = ALERT_KINDS[kind].roles;
    return to === 'every' || to.some((role) => roles.includes(role));
  });

export async function alertSettingsOf(ctx: RequestContext) {
  const userId = actorOf(ctx).userId;
  const [settings, held] = await Promise.all([settingsOf(ctx.db, userId), membershipsOf(ctx.db, userId)]);
  return {
    digestHour: settings.digestHour,
    kinds: kindsFor(held.map((m) => m.role)).map((kind) => ({
      kind,
      delivery: deliveryFor(kind, settings.deliveries),
      mandatory: ALERT_KINDS[kind].mandatory,
    })),
    mailConfigured: ctx.config.mail.smtpUrl !== null,
  };
}

export async function saveAlertSettingsOf(ctx: RequestContext, input: z.output<typeof AlertSettingsInput>) {
  const refused = ALERT_KIND_NAMES.filter(
    (kind) => ALERT_KINDS[kind].mandatory && input.deliveries[kind] === 'app',
  );
  if (refused.length > 0) {
    throw conflict(
      `These alerts must reach you outside the app, by e-mail at once or in the daily digest: ${refused.join(', ')}.`,
      'alert_mandatory',
    );
  }
  await saveSettings(ctx.db, actorOf(ctx).userId, input);
  return alertSettingsOf(ctx);
}

export async function unsentMailOf(ctx: RequestContext) {
  const rows = await unsentMail(ctx.db, ctx.config.mail.smtpUrl !== null);
  return {
    mailConfigured: ctx.config.mail.smtpUrl !== null,
    items: rows.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      sendAfter: r.sendAfter.toISOString(),
    })),
  };
}

export async function retryMailOf(ctx: RequestContext, id: string) {
  if (!(await retryMail(ctx.db, id))) throw notFound('The e-mail');
  await recordAudit(ctx.db, ctx, {
    action: 'mail.retry',
    recordType: 'mail',
    recordId: id,
    outcome: 'success',
  });
}
