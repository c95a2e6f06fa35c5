import { describe, expect, it } from 'vitest';
import { paddedUserFacingIdentifier, userFacingIdentifier } from './widget-identifier';

describe('userFacingIdentifier', () => {
  it.each([
    [1234, '12.34'],
    [123, '1.23'],
    [100, '1.00'],
    [12, '12'],
    [5, '5'],
    [1_234_567, '12345.67'],
  ])('shows id %i as "%s"', (id, expected) => {
    expect(userFacingIdentifier(id)).toBe(expected);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %s, which is not a widget id', (id) => {
    expect(() => userFacingIdentifier(id)).toThrow(RangeError);
  });
});

describe('paddedUserFacingIdentifier', () => {
  it.each([
    [1234, '0012.34'],
    [12345, '0123.45'],
    [987654, '9876.54'],
    [999999, '9999.99'],
    [123, '0001.23'],
    [12, '0000.12'],
    [5, '0000.05'],
    [1_234_567, '12345.67'],
  ])('shows id %i as "%s"', (id, expected) => {
    expect(paddedUserFacingIdentifier(id)).toBe(expected);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %s, which is not a widget id', (id) => {
    expect(() => paddedUserFacingIdentifier(id)).toThrow(RangeError);
  });
});
