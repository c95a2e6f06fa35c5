import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dates';

describe('formatDate', () => {
  it('shows the day in US English', () => {
    expect(formatDate(new Date('2024-03-01T12:00:00Z'))).toBe('Mar 1, 2024');
  });

  it('takes the day in UTC, whatever the time zone of the server', () => {
    expect(formatDate(new Date('2024-03-01T23:59:59Z'))).toBe('Mar 1, 2024');
    expect(formatDate(new Date('2024-03-01T23:30:00-05:00'))).toBe('Mar 2, 2024');
  });
});

describe('formatDateTime', () => {
  it('shows the day and the time to the second, in UTC, saying so', () => {
    expect(formatDateTime(new Date('2024-03-01T14:05:09.678Z'))).toBe(
      'Mar 1, 2024, 2:05:09 PM UTC',
    );
    expect(formatDateTime(new Date('2024-03-01T23:30:00-05:00'))).toBe(
      'Mar 2, 2024, 4:30:00 AM UTC',
    );
  });
});
