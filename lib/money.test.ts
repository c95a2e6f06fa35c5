import { describe, expect, it } from 'vitest';
import { formatCents, formatDollarsForInput, parseDollarsToCents } from './money';

describe('formatCents', () => {
  it.each([
    [123_456, '$1,234.56'],
    [750_001, '$7,500.01'],
    [1_000_000, '$10,000.00'],
    [100, '$1.00'],
    [5, '$0.05'],
    [0, '$0.00'],
  ])('formats %i cents as %s', (cents, expected) => {
    expect(formatCents(cents)).toBe(expected);
  });
});

describe('parseDollarsToCents', () => {
  it.each([
    ['123', 12_300],
    ['123.45', 12_345],
    ['123.4', 12_340],
    [' 7500.01 ', 750_001],
    ['0', 0],
    ['0.05', 5],
    ['-5', -500],
    ['10000.00', 1_000_000],
  ])('reads "%s" as %i cents', (text, cents) => {
    expect(parseDollarsToCents(text)).toBe(cents);
  });

  it.each(['', '   ', 'abc', '1.234', '1,234.00', '$12', '1e3', '12.', '.5', '--5', '0x10'])(
    'refuses "%s": not a dollar amount',
    (text) => {
      expect(parseDollarsToCents(text)).toBeNull();
    },
  );

  it('reads a huge amount as a huge number, so the upper-bound rule can refuse it', () => {
    expect(parseDollarsToCents('99999999999999999999')).toBeGreaterThan(1_000_000);
  });
});

describe('formatDollarsForInput', () => {
  it.each([
    [123_456, '1234.56'],
    [1_000_000, '10000.00'],
    [100, '1.00'],
    [5, '0.05'],
    [10, '0.10'],
  ])('shows %i cents as "%s", which parseDollarsToCents reads back', (cents, text) => {
    expect(formatDollarsForInput(cents)).toBe(text);
    expect(parseDollarsToCents(text)).toBe(cents);
  });

  it('round-trips every amount up to $10,000.00 through parseDollarsToCents', () => {
    for (let cents = 1; cents <= 1_000_000; cents += 1) {
      if (parseDollarsToCents(formatDollarsForInput(cents)) !== cents) {
        throw new Error(`${cents} cents does not round-trip`);
      }
    }
  });
});
