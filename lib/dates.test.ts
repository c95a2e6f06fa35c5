import { describe, expect, it } from 'vitest';
import { formatDate, formatDateForInput, formatDateTime, formatDateTimeForInput } from './dates';
import { parseDateField, parseDateTimeField } from './params';

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

describe('formatDateForInput', () => {
  it('shows the day in UTC as a date field takes it, which parseDateField reads back', () => {
    for (const text of ['2024-03-01', '0001-01-01', '9999-12-31', '2024-02-29']) {
      const date = parseDateField(text)!;

      expect(formatDateForInput(date)).toBe(text);
    }
    expect(formatDateForInput(new Date('2024-03-01T23:30:00-05:00'))).toBe('2024-03-02');
  });
});

describe('formatDateTimeForInput', () => {
  it.each([
    ['2024-03-01T14:05:00.000Z', '2024-03-01T14:05'],
    ['2024-03-01T00:00:00.000Z', '2024-03-01T00:00'],
    ['2024-03-01T14:05:09.000Z', '2024-03-01T14:05:09'],
    ['2024-03-01T14:05:10.000Z', '2024-03-01T14:05:10'],
    ['2024-03-01T14:05:09.500Z', '2024-03-01T14:05:09.5'],
    ['2024-03-01T14:05:00.120Z', '2024-03-01T14:05:00.12'],
    ['2024-03-01T14:05:00.007Z', '2024-03-01T14:05:00.007'],
  ])('shows %s as "%s", in UTC, which parseDateTimeField reads back', (iso, text) => {
    expect(formatDateTimeForInput(new Date(iso))).toBe(text);
    expect(parseDateTimeField(text)).toEqual(new Date(iso));
  });
});
