import { describe, expect, it } from 'vitest';
import { parseId, parseManufacturerListParams, parseWidgetListParams } from './params';

describe('parseId', () => {
  it.each([
    ['1', 1],
    ['1234', 1234],
    ['2147483647', 2_147_483_647],
  ])('reads "%s" as %i', (segment, id) => {
    expect(parseId(segment)).toBe(id);
  });

  it.each(['abc', '1.5', '-1', '0', '0042', '', ' 1', '1e3', '2147483648', '99999999999999999999'])(
    'refuses "%s"',
    (segment) => {
      expect(parseId(segment)).toBeNull();
    },
  );
});

describe('parseWidgetListParams', () => {
  it('defaults to the first page by name with no search', () => {
    expect(parseWidgetListParams({})).toEqual({ page: 1, sort: 'name', q: '' });
  });

  it('reads page, sort and search', () => {
    expect(parseWidgetListParams({ page: '3', sort: 'price', q: '  bolt ' })).toEqual({
      page: 3,
      sort: 'price',
      q: 'bolt',
    });
  });

  it.each([['-1'], ['0'], ['abc'], ['1.5'], [''], [['2', '3']]])(
    'reads page %j as page 1',
    (page) => {
      expect(parseWidgetListParams({ page }).page).toBe(1);
    },
  );

  it('falls back to the default for an unknown sort or a repeated search', () => {
    expect(parseWidgetListParams({ sort: 'bogus', q: ['a', 'b'] })).toEqual({
      page: 1,
      sort: 'name',
      q: '',
    });
  });
});

describe('parseManufacturerListParams', () => {
  it('reads the page, falling back to page 1', () => {
    expect(parseManufacturerListParams({ page: '2' })).toEqual({ page: 2 });
    expect(parseManufacturerListParams({ page: 'x' })).toEqual({ page: 1 });
  });
});
