import { describe, expect, it } from 'vitest';
import {
  parseId,
  parseLockVersion,
  parseManufacturerListParams,
  parseWidgetListParams,
  parseWidgetRatingParams,
} from './params';

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

describe('parseLockVersion', () => {
  it.each([
    ['0', 0],
    ['7', 7],
    ['2147483647', 2_147_483_647],
  ])('reads "%s" as %i', (text, version) => {
    expect(parseLockVersion(text)).toBe(version);
  });

  it.each(['', 'abc', '-1', '1.5', '01', ' 1', '1e3', '2147483648', '99999999999999999999'])(
    'refuses "%s"',
    (text) => {
      expect(parseLockVersion(text)).toBeNull();
    },
  );
});

describe('parseWidgetListParams', () => {
  it('drops NUL characters from the search, which PostgreSQL cannot compare', () => {
    expect(parseWidgetListParams({ q: 'bolt\0' }).q).toBe('bolt');
    expect(parseWidgetListParams({ q: '\0' }).q).toBe('');
  });

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

describe('parseWidgetRatingParams', () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    return data;
  };

  it.each(['1', '3', '5'])('reads rating "%s"', (rating) => {
    expect(parseWidgetRatingParams(form({ widget_id: '42', rating }))).toEqual({
      valid: true,
      widgetId: 42,
      rating: Number(rating),
    });
  });

  it.each(['', 'abc', '0', '6', '-1', '4.0', '1e0', ' 4', '100000000000000000000'])(
    'refuses rating "%s"',
    (rating) => {
      expect(parseWidgetRatingParams(form({ widget_id: '42', rating }))).toEqual({
        valid: false,
        message: 'rating must be a whole number from 1 to 5.',
      });
    },
  );

  it.each(['', 'abc', '0', '-1', '2147483648'])('refuses widget_id "%s"', (widgetId) => {
    expect(parseWidgetRatingParams(form({ widget_id: widgetId, rating: '4' }))).toEqual({
      valid: false,
      message: 'widget_id must be the id of a widget.',
    });
  });

  it('names every missing field', () => {
    expect(parseWidgetRatingParams(form({}))).toEqual({
      valid: false,
      message: 'widget_id must be the id of a widget. rating must be a whole number from 1 to 5.',
    });
  });

  it('refuses a file where text belongs', () => {
    const data = form({ widget_id: '42' });
    data.append('rating', new Blob(['4']), 'rating.txt');

    expect(parseWidgetRatingParams(data).valid).toBe(false);
  });
});
