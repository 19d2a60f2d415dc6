import {
  ALERT_DEADLINES,
  ALERT_KINDS,
  type AlertDeadline,
  type AlertKind,
  type Delivery,
} from '../../contract/alerts.ts';

type Words = { lt: string; en: string };

function pick(words: Words, language: string): string {
  return language === 'en' ? words.en : words.lt;
}

function isKind(kind: string): kind is AlertKind {
  return Object.hasOwn(ALERT_KINDS, kind);
}

/** An alert's line in the interface language, from the one catalogue the e-mails use too. */
export function alertTitle(kind: string, language: string): string {
  return isKind(kind) ? pick(ALERT_KINDS[kind].title, language) : kind;
}

/** Who is told of an alert of this kind. */
export function alertAudience(kind: string, language: string): string {
  return isKind(kind) ? pick(ALERT_KINDS[kind].audience, language) : '';
}

/** The deadline an alert names ("identification decision"). */
export function alertDeadlineName(deadline: string, language: string): string {
  return Object.hasOwn(ALERT_DEADLINES, deadline)
    ? pick(ALERT_DEADLINES[deadline as AlertDeadline], language)
    : deadline;
}

/** The catalogue key of how an alert reaches a person. */
export function deliveryKey(delivery: Delivery): string {
  return `alerts.delivery.${delivery}`;
}
