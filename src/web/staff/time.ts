import { TIME_ZONE } from './format.ts';

// Date and time fields show and take Lithuanian wall-clock time, whatever the device's zone.

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** "2026-01-05T22:30:15" as the clocks in Vilnius show the instant. */
function wallTime(instant: number): string {
  const part = Object.fromEntries(wallClock.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}`;
}

/** Minutes Vilnius is ahead of UTC at the instant (120 in winter, 180 in summer). */
function offsetAt(instant: number): number {
  return Math.round((Date.parse(`${wallTime(instant)}Z`) - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** Today's date in Vilnius, as a date field wants it ("2026-01-05"). */
export function todayInVilnius(now: Date = new Date()): string {
  return wallTime(now.getTime()).slice(0, 10);
}

/** An instant as a datetime-local field shows it in Vilnius time ("2026-01-05T22:30"). */
export function toLocalInput(iso: string): string {
  const instant = Date.parse(iso);
  return Number.isNaN(instant) ? '' : wallTime(instant).slice(0, 16);
}

/**
 * A datetime-local field's value, read as Vilnius time, as an ISO instant with its offset
 * ("2026-01-05T22:30:00+02:00"); null when the value is not a date and time.
 */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const asUtc = Date.parse(`${value}:00Z`);
  if (Number.isNaN(asUtc)) return null;
  // The offset of the instant meant, found from a first guess; right on both sides of a change.
  const offset = offsetAt(asUtc - offsetAt(asUtc) * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${value}:00${sign}${hours}:${minutes}`;
}
