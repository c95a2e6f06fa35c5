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
