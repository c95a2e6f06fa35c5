// Dates are shown in US English, e.g. "Mar 1, 2024", and in UTC: a page shows the same date
// whichever server renders it, and the catalogue needs the day, not the hour.
const usDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return usDate.format(date);
}

// Background jobs run seconds apart, so their times are shown to the second, e.g.
// "Mar 1, 2024, 2:05:09 PM UTC", saying the zone, since it is not the reader's.
const usDateTime = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'long',
  timeZone: 'UTC',
});

export function formatDateTime(date: Date): string {
  return usDateTime.format(date);
}

/** A date as a date field shows it (<input type="date">): "2024-03-01", the day in UTC. */
export function formatDateForInput(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A time as a datetime field shows it (<input type="datetime-local">), in UTC as its label says:
 * "2024-03-01T14:05", with the seconds only when it has some ("2024-03-01T14:05:09.5").
 */
export function formatDateTimeForInput(date: Date): string {
  const iso = date.toISOString();
  if (date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0) return iso.slice(0, 16);
  return iso.slice(0, 23).replace(/\.?0+$/, '');
}
