// Printed dates read the same in every language: YYYY-MM-DD, the day it is in Lithuania.

const vilniusDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Vilnius',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** A date ("2026-03-01") as it is; a moment ("2026-02-28T23:30:00Z") as its day in Vilnius. */
export function printedDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const moment = new Date(value);
  if (Number.isNaN(moment.getTime())) return value;
  const parts = Object.fromEntries(vilniusDay.formatToParts(moment).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
