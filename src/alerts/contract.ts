import { IdParams } from '../access/model.ts';
import { contract } from '../platform/http/contract.ts';
import {
  AlertList,
  AlertSettingsInput,
  AlertSettingsView,
  AlertsQuery,
  UnreadCount,
  UnsentMailView,
} from './model.ts';

// The routes of each person's alerts and of the administrator's view of e-mail not sent.

export const listAlerts = contract({
  method: 'GET',
  url: '/api/alerts',
  query: AlertsQuery,
  response: AlertList,
});
export const unreadAlerts = contract({ method: 'GET', url: '/api/alerts/unread', response: UnreadCount });
export const readAlert = contract({
  method: 'POST',
  url: '/api/alerts/:id/read',
  params: IdParams,
  response: null,
});
export const readAllAlerts = contract({ method: 'POST', url: '/api/alerts/read', response: null });
export const alertSettings = contract({
  method: 'GET',
  url: '/api/alerts/settings',
  response: AlertSettingsView,
});
export const saveAlertSettings = contract({
  method: 'PUT',
  url: '/api/alerts/settings',
  body: AlertSettingsInput,
  response: AlertSettingsView,
});
export const unsentMail = contract({ method: 'GET', url: '/api/admin/mail', response: UnsentMailView });
export const retryMail = contract({
  method: 'POST',
  url: '/api/admin/mail/:id/retry',
  params: IdParams,
  response: null,
});
