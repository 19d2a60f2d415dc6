import { route } from '../platform/http/route.ts';
import * as contract from './contract.ts';
import {
  alertSettingsOf,
  listAlertsOf,
  readAlertOf,
  retryMailOf,
  saveAlertSettingsOf,
  unreadOf,
  unsentMailOf,
} from './verbs.ts';

const tag = 'Alerts';
const SIGNED_IN = { kind: 'session', stages: ['active'] } as const;

export const alertRoutes = [
  route({
    ...contract.listAlerts,
    summary: 'My alerts, newest first, with how many are unread (kept 90 days)',
    tag,
    policy: SIGNED_IN,
    handler: async (ctx, { query }) => listAlertsOf(ctx, query.limit),
  }),
  route({
    ...contract.unreadAlerts,
    summary:
      'How many of my alerts are unread (the header asks every minute; this does not keep the session alive)',
    tag,
    policy: SIGNED_IN,
    background: true,
    handler: async (ctx) => unreadOf(ctx),
  }),
  route({
    ...contract.readAlert,
    summary: 'Mark one of my alerts read',
    tag,
    policy: SIGNED_IN,
    handler: async (ctx, { params }) => readAlertOf(ctx, params.id),
  }),
  route({
    ...contract.readAllAlerts,
    summary: 'Mark all my alerts read',
    tag,
    policy: SIGNED_IN,
    handler: async (ctx) => readAlertOf(ctx, null),
  }),
  route({
    ...contract.alertSettings,
    summary: 'How each kind of alert reaches me, and the hour of my daily e-mail',
    tag,
    policy: SIGNED_IN,
    handler: async (ctx) => alertSettingsOf(ctx),
  }),
  route({
    ...contract.saveAlertSettings,
    summary: 'Choose how each kind of alert reaches me; mandatory ones cannot be kept to the app',
    tag,
    policy: SIGNED_IN,
    handler: async (ctx, { body }) => saveAlertSettingsOf(ctx, body),
  }),
  route({
    ...contract.unsentMail,
    summary: 'Administrator: e-mail not sent (given up, failing, or waiting for a mail server)',
    tag,
    policy: { kind: 'action', action: 'mail.review' },
    handler: async (ctx) => unsentMailOf(ctx),
  }),
  route({
    ...contract.retryMail,
    summary: 'Administrator: try an e-mail again now; audited',
    tag,
    policy: { kind: 'action', action: 'mail.review' },
    handler: async (ctx, { params }) => retryMailOf(ctx, params.id),
  }),
];
