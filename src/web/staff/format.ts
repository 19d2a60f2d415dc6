import type { TFunction } from 'i18next';
import { ApiError, NetworkError } from './api.ts';
import { type LocalisedName, NRM_FUNCTIONS, ROLES } from './contract/access.ts';
import { i18n } from './i18n/index.ts';

/**
 * The audit actions the app words: each has a label in the catalogues; an action the server writes
 * that is not here is shown as its code.
 */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.second_factor',
  'auth.totp_enrolled',
  'auth.membership_chosen',
  'auth.logout',
  'auth.logout_everywhere',
  'auth.session_ended',
  'auth.password_changed',
  'auth.password_reset_requested',
  'auth.password_reset',
  'organisation.list',
  'organisation.create',
  'organisation.update',
  'user.list',
  'user.create',
  'user.update',
  'membership.create',
  'membership.delete',
  'audit.read',
  'audit.verify',
  'audit.access_review',
  'case.read',
  'case.search',
  'case.identity.open',
  'case.intake.discard',
  'person.create',
  'person.list',
  'person.read',
  'person.erase',
  'person.lookup',
  'person.export',
  'person.restrict',
  'person.unrestrict',
  'assistance.read',
  'assistance.rights',
  'assistance.assessment',
  'assistance.plan_item.add',
  'assistance.plan_item.change',
  'assistance.plan.agree',
  'approval.request',
  'approval.decide',
  'approval.read',
  'case.reconsideration.request',
  'case.reconsideration.read',
  'case.decide.reconsideration',
  'approval.settings',
  'assistance.plan.print',
  'assistance.services',
  'assistance.service.correct',
  'assistance.service.remove',
  'assistance.return',
  'assistance.investigation',
  'assistance.legal_step.add',
  'assistance.legal_step.change',
  'assistance.compensation',
  'assistance.long_term',
  'assistance.follow_up',
  'card.issue',
  'card.print',
  'card.revoke',
  'consultation.record',
  'training.record',
  'awareness.record',
  'action_plan.create',
  'action_plan.report',
  'action_plan.report_file',
  'case.assign',
  'work.caseload',
  'mail.review',
  'mail.retry',
  'subject_request.register',
  'subject_request.manage',
  'subject_request.answer',
  'demo.load',
] as const;

/** The kinds of record an audit entry can point at that the app words. */
export const AUDIT_RECORD_TYPES = [
  'user',
  'session',
  'membership',
  'organisation',
  'person',
  'case',
  'consultation',
  'intake_draft',
  'training',
  'awareness_activity',
  'action_plan_measure',
  'approval',
] as const;

export function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'lt-LT';
}

/** Every time is shown as it is in Lithuania, wherever the screen is. */
export const TIME_ZONE = 'Europe/Vilnius';

function format(iso: string, language: string, options: Intl.DateTimeFormatOptions): string {
  // A bare calendar date ("2026-01-05") names a day, not an instant: shown as that day.
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(day ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { ...options, timeZone: day ? 'UTC' : TIME_ZONE }).format(
    date,
  );
}

/** A date and time in Lithuanian time, in the interface language's conventions. */
export function formatDateTime(iso: string, language: string): string {
  return format(iso, language, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A calendar date alone ("2026 m. sausio 5 d.", "5 January 2026"), in Lithuanian time. */
export function formatDate(iso: string, language: string): string {
  return format(iso, language, { dateStyle: 'long' });
}

/** The time of day alone ("22:41"), in Lithuanian time. */
export function formatTime(iso: string, language: string): string {
  return format(iso, language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/**
 * When a deadline falls. A period of days ends at midnight in Lithuania after its last day: that day
 * is shown, as the law counts it ("4 January 2027", not "5 January 2027, 00:00"); a deadline in hours
 * is shown as the moment it falls.
 */
export function formatDeadline(iso: string, language: string): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return iso;
  if (formatTime(iso, language) !== '00:00') return formatDateTime(iso, language);
  return formatDate(new Date(instant - 1).toISOString(), language);
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language)).format(value);
}

export function localName(name: LocalisedName | null | undefined, language: string): string {
  if (!name) return '';
  return (language === 'en' ? name.en : name.lt) || name.lt || name.en;
}

export function roleName(t: TFunction, role: string): string {
  return (ROLES as readonly string[]).includes(role) ? t(`roles.${role}`) : role;
}

export function functionName(t: TFunction, fn: string): string {
  return (NRM_FUNCTIONS as readonly string[]).includes(fn) ? t(`functions.${fn}`) : fn;
}

/** An audit action in plain words ("auth.login" → "Log in with password"), or null for a code the app does not know. */
export function auditActionName(t: TFunction, action: string): string | null {
  return (AUDIT_ACTIONS as readonly string[]).includes(action) ? t(`audit.actions.${action}`) : null;
}

/** The kind of record an audit entry points at, translated where the catalogue knows it. */
export function auditRecordTypeName(t: TFunction, recordType: string): string {
  return (AUDIT_RECORD_TYPES as readonly string[]).includes(recordType)
    ? t(`audit.recordTypes.${recordType}`)
    : recordType;
}

/**
 * Translates a field error's message by its code. The server sends either a bare code
 * ("not_grantable") or a code followed by an English explanation ("too_short: use at least 12
 * characters"); a size names its limit ("too_big: at most 80"), which the translation may use.
 */
export function validationMessage(t: TFunction, message: string): string {
  const text = message.trim();
  const code = /^([a-z][a-z0-9_]*)(?::|$)/.exec(text)?.[1];
  const limit = /^(?:too_small: at least|too_big: at most) (\d+)/.exec(text)?.[1];
  if (code && i18n.exists(`validation.${code}`)) return t(`validation.${code}`, { limit: Number(limit) });
  return message;
}

/** "body.name.lt" → "name.lt": field paths as the forms name them. */
function formField(field: string): string {
  return field.replace(/^(body|query|params)\./, '');
}

/**
 * The message to show for a failed request: the catalogue's text for the problem's code when
 * there is one, else the server's detail, else a general message.
 */
export function errorMessage(t: TFunction, error: unknown, language: string): string {
  if (error instanceof NetworkError) return t('errors.network');
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  const { code, detail, lockedUntil } = error.problem;
  if (code === 'account_locked' && lockedUntil) {
    return t('errors.account_locked_until', { time: formatDateTime(lockedUntil, language) });
  }
  if (code && i18n.exists(`errors.${code}`)) return t(`errors.${code}`);
  if (detail) return detail;
  if (error.status === 403) return t('errors.forbidden');
  if (error.status === 404) return t('errors.not_found');
  return t('errors.unexpected');
}

/** Field-level messages from a validation problem, keyed by field name. */
export function fieldErrors(t: TFunction, error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.problem.errors) return {};
  const result: Record<string, string> = {};
  for (const { field, message } of error.problem.errors) {
    const name = formField(field);
    const text = validationMessage(t, message);
    result[name] = result[name] ? `${result[name]} ${text}` : text;
  }
  return result;
}
