// The closed lists of the directory that the staff web app uses. No imports: the web bundle takes this
// file as it is.

/** The days a weekly schedule can name, Monday first (iCalendar abbreviations). */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
