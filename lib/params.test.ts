import { describe, expect, it } from 'vitest';
import {
  formFields,
  parseCheckboxField,
  parseDateField,
  parseDateTimeField,
  parseIntegerField,
  parseMoneyField,
  parseRecordId,
  parseTextField,
  parseId,
  parseJobId,
  parseJobListParams,
  parseLockVersion,
  parseManufacturerListParams,
  parsePageParams,
  parseUserListParams,
  parseQueueName,
  parseReturnPath,
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

describe('formFields', () => {
  it("reads a server action's form data as fields, and anything else as an empty form", () => {
    const form = new FormData();
    form.set('name', 'Stembolt');
    expect(formFields(form)).toEqual({ name: 'Stembolt' });
    expect(formFields('{"name":"Stembolt"}')).toEqual({});
    expect(formFields(undefined)).toEqual({});
  });
});

describe('parseRecordId', () => {
  it("reads the hidden id field of an edit or delete form, or null when it can't be an id", () => {
    expect(parseRecordId({ id: '42' })).toBe(42);
    for (const id of [undefined, '', 'abc', '-1', '1.5', '0042', '99999999999', 42]) {
      expect(parseRecordId({ id }), String(id)).toBeNull();
    }
  });
});

describe('parseTextField', () => {
  it('keeps the text as typed, its line breaks as "\\n" rather than the CRLF a form posts', () => {
    expect(parseTextField('First line\r\nSecond line\r\n')).toBe('First line\nSecond line\n');
    expect(parseTextField('  one\ntwo  ')).toBe('  one\ntwo  ');
    expect(parseTextField('')).toBe('');
  });
});

describe('parseIntegerField', () => {
  it.each([
    ['42', 42],
    [' 42 ', 42],
    ['-7', -7],
    ['+7', 7],
    ['007', 7],
    ['0', 0],
    ['2147483647', 2_147_483_647],
  ])('reads "%s" as %i', (text, number) => {
    expect(parseIntegerField(text)).toBe(number);
  });

  it('reads a blank field as null', () => {
    expect(parseIntegerField('')).toBeNull();
    expect(parseIntegerField('  ')).toBeNull();
  });

  it.each(['abc', '4.2', '4.0', '1e3', '1,000', '0x10', '--1', '4 2', '½'])(
    'reads "%s" as NaN: not a whole number',
    (text) => {
      expect(parseIntegerField(text)).toBeNaN();
    },
  );

  it('keeps a number too large for the column, for the rules to refuse by its size', () => {
    expect(parseIntegerField('2147483648')).toBe(2_147_483_648);
    expect(parseIntegerField('-99999999999999999999')).toBeLessThan(-2_147_483_648);
  });
});

describe('parseMoneyField', () => {
  it.each([
    ['123.45', 12_345],
    [' 7500.01 ', 750_001],
    ['12', 1_200],
    ['0', 0],
    ['-5', -500],
    ['21474836.47', 2_147_483_647],
  ])('reads "%s" dollars as %i cents', (text, cents) => {
    expect(parseMoneyField(text)).toBe(cents);
  });

  it('reads a blank field as null', () => {
    expect(parseMoneyField('')).toBeNull();
    expect(parseMoneyField(' ')).toBeNull();
  });

  it.each(['abc', '1.234', '1,234.00', '$12', '1e3', '.5'])(
    'reads "%s" as NaN: not an amount',
    (text) => {
      expect(parseMoneyField(text)).toBeNaN();
    },
  );
});

describe('parseDateField', () => {
  it.each([
    ['2024-03-01', '2024-03-01T00:00:00.000Z'],
    [' 2024-02-29 ', '2024-02-29T00:00:00.000Z'],
    ['0001-01-01', '0001-01-01T00:00:00.000Z'],
    ['9999-12-31', '9999-12-31T00:00:00.000Z'],
  ])('reads "%s" as midnight UTC of that day', (text, iso) => {
    expect(parseDateField(text)?.toISOString()).toBe(iso);
  });

  it('reads a blank field as null', () => {
    expect(parseDateField('')).toBeNull();
    expect(parseDateField(' ')).toBeNull();
  });

  it.each([
    'abc',
    '2023-02-29',
    '2024-02-30',
    '2024-13-01',
    '2024-00-10',
    '2024-03-00',
    '0000-01-01',
    '2024-3-1',
    '03/01/2024',
    '2024-03-01T00:00',
    '+012024-03-01',
  ])('reads "%s" as an Invalid Date: not a date', (text) => {
    expect(parseDateField(text)?.getTime()).toBeNaN();
  });
});

describe('parseDateTimeField', () => {
  it.each([
    ['2024-03-01T14:05', '2024-03-01T14:05:00.000Z'],
    ['2024-03-01T14:05:09', '2024-03-01T14:05:09.000Z'],
    ['2024-03-01T14:05:09.5', '2024-03-01T14:05:09.500Z'],
    ['2024-03-01T14:05:09.123', '2024-03-01T14:05:09.123Z'],
    ['2024-03-01T00:00', '2024-03-01T00:00:00.000Z'],
    [' 2024-03-01T23:59 ', '2024-03-01T23:59:00.000Z'],
  ])('reads "%s" as that time in UTC', (text, iso) => {
    expect(parseDateTimeField(text)?.toISOString()).toBe(iso);
  });

  it('reads a blank field as null', () => {
    expect(parseDateTimeField('')).toBeNull();
  });

  it.each([
    'abc',
    '2024-03-01',
    '2024-03-01T24:00',
    '2024-03-01T14:60',
    '2024-03-01T14:05:60',
    '2024-02-30T14:05',
    '0000-01-01T00:00',
    '2024-03-01 14:05',
    '2024-03-01T14:05Z',
    '2024-03-01T14:05+02:00',
    '2024-03-01T14:05:09.1234',
  ])('reads "%s" as an Invalid Date: not a time', (text) => {
    expect(parseDateTimeField(text)?.getTime()).toBeNaN();
  });
});

describe('parseCheckboxField', () => {
  it('reads a ticked box, which posts "on", as true, and anything else as false', () => {
    expect(parseCheckboxField('on')).toBe(true);
    for (const text of ['', 'off', 'true', 'ON']) {
      expect(parseCheckboxField(text), text).toBe(false);
    }
  });
});

describe('parseWidgetListParams', () => {
  it('defaults to the first page by name with no search', () => {
    expect(parseWidgetListParams({})).toEqual({ sort: 'name', q: '', cursor: null });
  });

  it('reads the sort, the search and the cursor', () => {
    expect(parseWidgetListParams({ sort: 'price', q: '  bolt ', after: '42' })).toEqual({
      sort: 'price',
      q: 'bolt',
      cursor: { after: 42 },
    });
    expect(parseWidgetListParams({ sort: 'newest', before: '2147483647' })).toEqual({
      sort: 'newest',
      q: '',
      cursor: { before: 2_147_483_647 },
    });
  });

  it.each([
    ['abc'],
    ['-1'],
    ['0'],
    ['1.5'],
    ['0042'],
    [''],
    ['99999999999'],
    ['2147483648'],
    [' 42'],
    [['42', '43']],
  ])('reads after=%j as the first page', (after) => {
    expect(parseWidgetListParams({ after }).cursor).toBeNull();
    expect(parseWidgetListParams({ before: after }).cursor).toBeNull();
  });

  it('reads a cursor both after and before a row as the first page', () => {
    expect(parseWidgetListParams({ after: '1', before: '2' }).cursor).toBeNull();
  });

  it('keeps a well-formed cursor beside a malformed one', () => {
    expect(parseWidgetListParams({ after: '7', before: 'abc' }).cursor).toEqual({ after: 7 });
  });

  it('ignores the page numbers of old links', () => {
    expect(parseWidgetListParams({ page: '3' })).toEqual({ sort: 'name', q: '', cursor: null });
  });

  it('falls back to the default for an unknown or repeated sort or a repeated search', () => {
    expect(parseWidgetListParams({ sort: 'bogus', q: ['a', 'b'] })).toEqual({
      sort: 'name',
      q: '',
      cursor: null,
    });
    expect(parseWidgetListParams({ sort: ['price', 'name'] }).sort).toBe('name');
  });

  it('drops NUL characters from the search, which PostgreSQL cannot compare', () => {
    expect(parseWidgetListParams({ q: 'bolt\0' }).q).toBe('bolt');
    expect(parseWidgetListParams({ q: '\0' }).q).toBe('');
  });

  it('keeps a long search whole: the query binds it as a parameter', () => {
    const q = 'x'.repeat(10_000);

    expect(parseWidgetListParams({ q }).q).toBe(q);
  });
});

describe('parseManufacturerListParams', () => {
  it('defaults to the first page by name with no search', () => {
    expect(parseManufacturerListParams({})).toEqual({ sort: 'name', q: '', cursor: null });
  });

  it('reads the sort, the search and the cursor, falling back on bad values', () => {
    expect(parseManufacturerListParams({ sort: 'newest', q: 'acme', before: '7' })).toEqual({
      sort: 'newest',
      q: 'acme',
      cursor: { before: 7 },
    });
    expect(parseManufacturerListParams({ sort: 'price', q: 'a\0b', after: '-1' })).toEqual({
      sort: 'name',
      q: 'ab',
      cursor: null,
    });
  });
});

describe('parseUserListParams', () => {
  it('defaults to the first page by name with no search', () => {
    expect(parseUserListParams({})).toEqual({ sort: 'name', q: '', cursor: null });
  });

  it('reads the sort, the search and the cursor, falling back on bad values', () => {
    expect(parseUserListParams({ sort: 'email', q: ' ada ', after: '3' })).toEqual({
      sort: 'email',
      q: 'ada',
      cursor: { after: 3 },
    });
    expect(parseUserListParams({ sort: 'role', q: ['a', 'b'], before: 'abc' })).toEqual({
      sort: 'name',
      q: '',
      cursor: null,
    });
  });
});

describe('parsePageParams', () => {
  it('reads the cursor of a list within a page', () => {
    expect(parsePageParams({ after: '42' })).toEqual({ cursor: { after: 42 } });
    expect(parsePageParams({ before: '42' })).toEqual({ cursor: { before: 42 } });
    expect(parsePageParams({})).toEqual({ cursor: null });
    expect(parsePageParams({ after: 'abc' })).toEqual({ cursor: null });
    expect(parsePageParams({ after: ['1', '2'] })).toEqual({ cursor: null });
  });
});

const JOB_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('parseJobId', () => {
  it('reads a uuid as PostgreSQL writes it, and nothing else', () => {
    expect(parseJobId(JOB_ID)).toBe(JOB_ID);
    for (const text of [
      undefined,
      '',
      '42',
      JOB_ID.toUpperCase(),
      JOB_ID.replaceAll('-', ''),
      `{${JOB_ID}}`,
      ` ${JOB_ID}`,
      `${JOB_ID}0`,
      'zf8fad5b-d9cb-469f-a165-70867728950e',
    ]) {
      expect(parseJobId(text)).toBeNull();
    }
  });
});

describe('parseQueueName', () => {
  it('reads the name of one of the queues, and nothing else', () => {
    expect(parseQueueName('high-priced-widget-check')).toBe('high-priced-widget-check');
    for (const text of [undefined, '', 'HIGH-PRICED-WIDGET-CHECK', 'emails', ['a']]) {
      expect(parseQueueName(text)).toBeNull();
    }
  });
});

describe('parseJobListParams', () => {
  it('defaults to the first page of failed jobs, of every queue', () => {
    expect(parseJobListParams({})).toEqual({ state: 'failed', queue: undefined, cursor: null });
  });

  it('reads the state, the queue and the cursor, falling back on bad values', () => {
    expect(
      parseJobListParams({ state: 'queued', queue: 'high-priced-widget-check', after: JOB_ID }),
    ).toEqual({ state: 'queued', queue: 'high-priced-widget-check', cursor: { after: JOB_ID } });
    expect(parseJobListParams({ state: 'completed', before: JOB_ID })).toMatchObject({
      state: 'completed',
      cursor: { before: JOB_ID },
    });
    expect(
      parseJobListParams({ state: 'created', queue: 'emails', after: '42', before: JOB_ID }),
    ).toEqual({ state: 'failed', queue: undefined, cursor: { before: JOB_ID } });
    expect(
      parseJobListParams({ state: ['active', 'failed'], queue: '', after: [JOB_ID, JOB_ID] }),
    ).toEqual({ state: 'failed', queue: undefined, cursor: null });
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

describe('parseReturnPath', () => {
  it.each([
    ['/widgets/new', '/widgets/new'],
    ['/widgets?sort=price&q=bolt', '/widgets?sort=price&q=bolt'],
    ['/', '/'],
    ['/manufacturers/7/edit', '/manufacturers/7/edit'],
    // Kept on this site, in the form the browser would ask for it.
    ['/widgets?q=two words', '/widgets?q=two%20words'],
    ['/widgets/../manufacturers', '/manufacturers'],
    ['/widgets#reviews', '/widgets'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
  ])('keeps the local path "%s" as %s', (text, path) => {
    expect(parseReturnPath(text)).toBe(path);
  });

  it.each([
    '//evil.example',
    '//evil.example/x',
    '/\\evil.example',
    '\\\\evil.example',
    'https://evil.example',
    'http://127.0.0.1/widgets',
    'javascript:alert(1)',
    'widgets',
    ' /widgets',
    // The browser drops tabs and newlines from a URL, which would leave "//evil.example".
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '\t//evil.example',
    // Dot segments the browser removes, which would leave "//evil.example" too.
    '/.//evil.example',
    '/..//evil.example',
    '/widgets/..//evil.example',
    '',
  ])('refuses "%s"', (text) => {
    expect(parseReturnPath(text)).toBeNull();
  });

  it('refuses what is not text, and a path too long to be one of ours', () => {
    for (const text of [undefined, null, ['/widgets'], 42]) {
      expect(parseReturnPath(text), String(text)).toBeNull();
    }
    expect(parseReturnPath(`/${'a'.repeat(2047)}`)).toBe(`/${'a'.repeat(2047)}`);
    expect(parseReturnPath(`/${'a'.repeat(2048)}`)).toBeNull();
    // Counted as the browser would send it: 1,000 spaces between words are 3,000 characters.
    expect(parseReturnPath(`/${'a '.repeat(1000)}a`)).toBeNull();
  });
});
