import type { Audience, Schedule, ServiceDoc } from './model.ts';

// Pure decisions of the public finder: who a service serves, whether it is open, where it
// helps, and in which order results are shown.

export type Who = 'woman' | 'man' | 'child' | 'missing_person_family' | 'anyone';
export type Where = { kind: 'anywhere' } | { kind: 'abroad' } | { kind: 'city'; city: string };

/** Audiences that take anyone, whatever their sex or age. */
const OPEN_TO_ALL: readonly Audience[] = [
  'anyone',
  'victims_of_any_crime',
  'third_country_nationals',
  'eu_citizens',
  'lithuanians_abroad',
];

const WHO_AUDIENCES: Record<Exclude<Who, 'anyone'>, readonly Audience[]> = {
  woman: ['women'],
  man: ['men'],
  child: ['children', 'girls', 'boys'],
  missing_person_family: ['families_of_missing_persons'],
};

export function servesWho(audiences: readonly string[], who: Who): boolean {
  if (who === 'anyone') return true;
  const wanted: readonly string[] = [...OPEN_TO_ALL, ...WHO_AUDIENCES[who]];
  return audiences.some((a) => wanted.includes(a));
}

/** A city name compared without case or accents ("Klaipeda" is Klaipėda). */
export const sameCity = (a: string, b: string) =>
  a.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase() ===
  b.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

type WhereDoc = Pick<ServiceDoc, 'area'> & Partial<Pick<ServiceDoc, 'phones' | 'needs' | 'schedule'>>;

/**
 * A line a person abroad can call at any hour: a full international number (not Lithuania's
 * free 8 800 numbers, which do not answer calls from abroad, nor 112, which reaches the
 * emergency service of the country one is in), open day and night.
 */
export function callableFromAbroadAtAnyHour(doc: Pick<ServiceDoc, 'phones' | 'schedule'>): boolean {
  return doc.phones.some((phone) => {
    const digits = phone.number.replace(/[^\d+]/g, '');
    const international = digits.startsWith('+') && !digits.startsWith('+370800') && !phone.free;
    const always = (phone.schedule ?? doc.schedule)?.kind === 'always';
    return international && always;
  });
}

/**
 * In a city: a service with a place there, or one that helps everywhere (nationwide, by phone).
 * Anywhere in Lithuania: everything but help meant for people abroad. Abroad: help for people
 * abroad, and the nationwide 24/7 anti-trafficking lines that can be called from abroad.
 */
export function helpsWhere(doc: WhereDoc, cities: readonly string[], where: Where): boolean {
  const area = doc.area.kind;
  switch (where.kind) {
    case 'abroad':
      return (
        area === 'abroad' ||
        ((area === 'nationwide' || area === 'remote') &&
          (doc.needs ?? []).includes('trafficking') &&
          callableFromAbroadAtAnyHour({ phones: doc.phones ?? [], schedule: doc.schedule ?? null }))
      );
    case 'anywhere':
      return area !== 'abroad';
    case 'city':
      return area === 'nationwide' || area === 'remote' || cities.some((c) => sameCity(c, where.city));
    default: {
      const unknown: never = where;
      throw new Error(`unknown place ${JSON.stringify(unknown)}`);
    }
  }
}

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
export type Clock = { day: (typeof DAYS)[number]; minutes: number };

/** The day and minute of the day in Vilnius, whatever the server's own time zone. */
export function vilniusClock(at: Date): Clock {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Vilnius',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const value = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = value('weekday').slice(0, 2).toUpperCase() as Clock['day'];
  return { day, minutes: Number(value('hour')) * 60 + Number(value('minute')) };
}

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Open at that moment? Unknown hours give null: the finder says "call to ask". Holidays aside. */
export function isOpen(schedule: Schedule | null, clock: Clock): boolean | null {
  if (!schedule) return null;
  if (schedule.kind === 'always') return true;
  return (
    schedule.days.includes(clock.day) &&
    clock.minutes >= toMinutes(schedule.opens) &&
    clock.minutes < toMinutes(schedule.closes)
  );
}

/** The schedule that makes a service reachable now: its own, or a 24/7 line it has. */
export function bestSchedule(doc: Pick<ServiceDoc, 'schedule' | 'phones'>): Schedule | null {
  if (doc.schedule?.kind === 'always' || doc.phones.some((p) => p.schedule?.kind === 'always'))
    return { kind: 'always' };
  return doc.schedule ?? doc.phones.find((p) => p.schedule)?.schedule ?? null;
}

export type Ranked = { always: boolean; open: boolean | null; relevance: number; name: string };

/** 24/7 first, then open now, then unknown hours, then closed; within each, better match first. */
export function compareResults(a: Ranked, b: Ranked): number {
  const bucket = (r: Ranked) => (r.always ? 0 : r.open === true ? 1 : r.open === null ? 2 : 3);
  return bucket(a) - bucket(b) || b.relevance - a.relevance || a.name.localeCompare(b.name);
}

/** A directory entry nobody has confirmed for about six months is listed for checking. */
export const STALE_AFTER_DAYS = 183;

export function isStale(lastCheckedAt: Date, now: Date): boolean {
  return now.getTime() - lastCheckedAt.getTime() > STALE_AFTER_DAYS * 24 * 60 * 60 * 1000;
}
