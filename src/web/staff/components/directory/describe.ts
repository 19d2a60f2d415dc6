import type { TFunction } from 'i18next';
import { type DirectorySchedule, WEEKDAYS, type Weekday } from '../../contract/directory.ts';
import { locale } from '../../format.ts';

/** 1 January 2024 was a Monday: the reference week for naming days. */
const MONDAY = Date.UTC(2024, 0, 1);

/** A weekday's name in the interface language, short ("Mon", "pr") or long ("Monday", "pirmadienis"). */
export function weekdayName(day: Weekday, language: string, width: 'short' | 'long'): string {
  const date = new Date(MONDAY + WEEKDAYS.indexOf(day) * 86_400_000);
  return new Intl.DateTimeFormat(locale(language), { weekday: width, timeZone: 'UTC' }).format(date);
}

function capitalise(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(locale(language)) + text.slice(1);
}

/**
 * Days in week order, runs of three or more as a range: "Mon–Fri", "Mon, Wed, Fri", "Mon–Wed, Sat";
 * capitalised as on a door sign ("Pr–Pn").
 */
export function dayRanges(days: readonly Weekday[], language: string): string {
  const indexes = [...new Set(days.map((day) => WEEKDAYS.indexOf(day)))]
    .filter((index) => index >= 0)
    .sort((a, b) => a - b);
  const parts: string[] = [];
  let start = 0;
  while (start < indexes.length) {
    let end = start;
    while (end + 1 < indexes.length && indexes[end + 1] === (indexes[end] ?? 0) + 1) end += 1;
    const name = (i: number) =>
      capitalise(weekdayName(WEEKDAYS[indexes[i] ?? 0] ?? 'MO', language, 'short'), language);
    if (end - start >= 2) parts.push(`${name(start)}–${name(end)}`);
    else for (let i = start; i <= end; i += 1) parts.push(name(i));
    start = end + 1;
  }
  return parts.join(', ');
}

/** Working hours in words: "24/7", "Mon–Fri 09:00–18:00", or that they are not known. */
export function scheduleText(t: TFunction, schedule: DirectorySchedule, language: string): string {
  if (schedule === null) return t('directory.hours.unknown');
  if (schedule.kind === 'always') return t('directory.hours.always');
  if (schedule.days.length === 0) return t('directory.hours.unknown');
  const time = `${schedule.opens}–${schedule.closes}`;
  if (new Set(schedule.days).size === WEEKDAYS.length) return t('directory.hours.everyDay', { time });
  return t('directory.hours.weekly', { days: dayRanges(schedule.days, language), time });
}

/** A language's name from its ISO 639-1 code, in the interface language; the code if unknown. */
export function languageName(code: string, language: string): string {
  try {
    const names = new Intl.DisplayNames([locale(language)], { type: 'language', fallback: 'code' });
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A country's name from its two-letter code, or null when the code names no country. */
export function countryName(code: string, language: string): string | null {
  try {
    return new Intl.DisplayNames([locale(language)], { type: 'region', fallback: 'none' }).of(code) ?? null;
  } catch {
    return null;
  }
}

/** A phone number as a tel: link target: digits and a leading plus only. */
export function telHref(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('+') ? `+${digits.slice(1).replace(/\+/g, '')}` : digits.replace(/\+/g, '')}`;
}

/** Only web addresses are shown as links; anything else as text. */
export function isWebAddress(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}
