import { z } from 'zod';
import { ALERT_DEADLINES, ALERT_KIND_NAMES, DELIVERIES } from './catalogue.ts';

export const AlertKindName = z.enum(ALERT_KIND_NAMES as [string, ...string[]]);
export const DeliveryName = z.enum(DELIVERIES);
const DeadlineName = z.enum(Object.keys(ALERT_DEADLINES) as [keyof typeof ALERT_DEADLINES]);

export const AlertView = z.object({
  id: z.uuid(),
  kind: AlertKindName,
  caseReference: z.string().nullable(),
  deadline: DeadlineName.nullable(),
  dueAt: z.string().nullable(),
  /** Where in the staff app it leads ("/cases/…"). */
  link: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
});

export const AlertsQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });
export const AlertList = z.object({ unread: z.number().int(), items: z.array(AlertView) });
export const UnreadCount = z.object({ unread: z.number().int() });

export const AlertSettingsView = z.object({
  /** The hour of the daily e-mail, Vilnius time. */
  digestHour: z.number().int(),
  /** Every kind with how it reaches this person now, and whether it may be kept to the app. */
  kinds: z.array(z.object({ kind: AlertKindName, delivery: DeliveryName, mandatory: z.boolean() })),
  /** Whether this server sends e-mail at all (an administrator sets the mail server). */
  mailConfigured: z.boolean(),
});

export const AlertSettingsInput = z.strictObject({
  digestHour: z.number().int().min(0).max(23),
  deliveries: z.partialRecord(AlertKindName, DeliveryName),
});

export const UnsentMailView = z.object({
  mailConfigured: z.boolean(),
  items: z.array(
    z.object({
      id: z.uuid(),
      toAddress: z.string(),
      kind: z.string(),
      caseReference: z.string().nullable(),
      status: z.enum(['pending', 'sent', 'failed']),
      attempts: z.number().int(),
      lastError: z.string().nullable(),
      createdAt: z.string(),
      sendAfter: z.string(),
    }),
  ),
});
