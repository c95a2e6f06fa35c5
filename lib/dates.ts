// Dates are shown in US English, e.g. "Mar 1, 2024", and in UTC: a page shows the same date
// whichever server renders it, and the catalogue needs the day, not the hour.
const usDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return usDate.format(date);
}
