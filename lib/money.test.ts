import { describe, expect, it } from 'vitest';
import { formatCents } from './money';

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
