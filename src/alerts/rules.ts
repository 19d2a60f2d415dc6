import { TZDate } from '@date-fns/tz';
import {
  ALERT_DEADLINES,
  ALERT_KINDS,
  type AlertDeadline,
  type AlertKind,
  type Delivery,
} from './catalogue.ts';

// The rules of alerts, pure: how a kind reaches a person, when a daily e-mail goes, how long a
// failed e-mail waits before the next try, and what an e-mail says.

const ZONE = 'Europe/Vilnius';

/** How an alert of this kind reaches this person: their choice, except that a mandatory one always leaves the app. */
export function deliveryFor(kind: AlertKind, chosen: Partial<Record<AlertKind, Delivery>>): Delivery {
  const own = chosen[kind];
  const entry = ALERT_KINDS[kind];
  if (!own || (own === 'app' && entry.mandatory)) return entry.delivery;
  return own;
}

/** The next moment it is `hour`:00 in Vilnius, strictly after `now`. */
export function nextDigestAt(now: Date, hour: number): Date {
  const local = new TZDate(now.getTime(), ZONE);
  const today = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), hour, 0, 0, ZONE);
  if (today.getTime() > now.getTime()) return new Date(today.getTime());
  const tomorrow = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + 1, hour, 0, 0, ZONE);
  return new Date(tomorrow.getTime());
}

/** When an alert's e-mail may go: now, at the person's digest hour, or never (the app only). */
export function sendAfterFor(delivery: Delivery, now: Date, digestHour: number): Date | null {
  if (delivery === 'app') return null;
  return delivery === 'immediately' ? now : nextDigestAt(now, digestHour);
}

/** Tries before an e-mail is given up and shown to an administrator as not sent. */
export const MAX_ATTEMPTS = 12;

/** The wait before try `attempts + 1`: one minute, doubling, at most six hours (about a day in all). */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

/** One line of an e-mail, as the outbox keeps it. */
export type MailLine = {
  kind: string;
  caseReference: string | null;
  deadline: AlertDeadline | null;
  dueAt: Date | null;
  /** The absolute address the line leads to. */
  url: string;
};

export type Mail = { subject: string; text: string };

const PASSWORD_RESET = {
  lt: 'Slaptažodžio atkūrimas: nuoroda galioja 30 minučių ir tinka vieną kartą',
  en: 'Password reset: the link is valid for 30 minutes and works once',
};

function titleOf(kind: string) {
  if (kind === 'password_reset') return PASSWORD_RESET;
  return kind in ALERT_KINDS ? ALERT_KINDS[kind as AlertKind].title : { lt: kind, en: kind };
}

/**
 * A deadline as the law counts it: one that ends at midnight in Vilnius is its last whole day ("by
 * 4 January"), not the midnight after it; one at another moment (a referral's answer) is a time.
 */
function dueText(at: Date, language: 'lt' | 'en') {
  const locale = language === 'lt' ? 'lt-LT' : 'en-GB';
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, timeStyle: 'short' }).format(at);
  if (time !== '00:00') {
    return new Intl.DateTimeFormat(locale, {
      timeZone: ZONE,
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(at);
  }
  return new Intl.DateTimeFormat(locale, { timeZone: ZONE, dateStyle: 'medium' }).format(
    new Date(at.getTime() - 1),
  );
}

function lineText(line: MailLine, language: 'lt' | 'en') {
  const parts = [titleOf(line.kind)[language]];
  if (line.caseReference) parts.push(`${language === 'lt' ? 'Atvejis' : 'Case'} ${line.caseReference}`);
  if (line.deadline) parts.push(ALERT_DEADLINES[line.deadline][language]);
  if (line.dueAt) parts.push(`${language === 'lt' ? 'terminas' : 'due by'} ${dueText(line.dueAt, language)}`);
  return `- ${parts.join(' · ')}\n  ${line.url}`;
}

/**
 * The e-mail for the lines due to one address, in Lithuanian then English. It says only the kind,
 * the case reference, the deadline and the link: no name, no birth date, no note, no free text,
 * because e-mail leaves the institution's control. Several lines make one message.
 */
export function composeMail(lines: readonly MailLine[]): Mail {
  const one = lines.length === 1 ? lines[0]! : null;
  const subject = one
    ? `Atrama: ${titleOf(one.kind).lt} / ${titleOf(one.kind).en}${one.caseReference ? ` (${one.caseReference})` : ''}`
    : `Atrama: ${lines.length} pranešimai / ${lines.length} alerts`;
  const section = (language: 'lt' | 'en') =>
    [
      language === 'lt' ? 'Atramoje jūsų laukia:' : 'Waiting for you in Atrama:',
      ...lines.map((line) => lineText(line, language)),
    ].join('\n');
  const footer = [
    'Šiame laiške nėra asmens duomenų: prisijunkite prie Atramos, kad pamatytumėte daugiau.',
    'This e-mail holds no personal data: log in to Atrama to see more.',
    'Kaip gauti pranešimus, keičiama skiltyje „Mano paskyra“. / Change how alerts reach you under "My account".',
  ].join('\n');
  return { subject, text: `${section('lt')}\n\n${section('en')}\n\n--\n${footer}\n` };
}
