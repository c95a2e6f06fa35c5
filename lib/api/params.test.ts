import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lockVersionOf, parseApiBody, parseApiQuery, recordIdOf } from './params';

const attributes = z.strictObject({
  name: z.string({ error: 'must be a string' }).optional(),
  count: z.int({ error: 'must be an integer' }).optional(),
});

describe('parseApiBody', () => {
  it("returns the attributes under the resource's key", () => {
    expect(parseApiBody('thing', attributes, { thing: { name: 'Bolt', count: 2 } })).toEqual({
      valid: true,
      params: { name: 'Bolt', count: 2 },
    });
  });

  it('answers 400 unless the body is an object with only that key, holding an object', async () => {
    for (const body of [
      null,
      'thing',
      [],
      [{ thing: {} }],
      {},
      { thing: [] },
      { thing: null },
      { thing: {}, other: 1 },
      { widget: {} },
    ]) {
      const parsed = parseApiBody('thing', attributes, body);
      expect(parsed.valid, JSON.stringify(body)).toBe(false);
      if (parsed.valid) continue;
      expect(parsed.response.status).toBe(400);
      expect(await parsed.response.json()).toEqual({
        error:
          'The body must be a JSON object with one key, "thing", holding the thing\'s attributes.',
      });
    }
  });

  it('answers 422 naming every attribute of the wrong type, and every unknown one', async () => {
    const parsed = parseApiBody('thing', attributes, {
      thing: { name: 5, count: 1.5, colour: 'red', size: {} },
    });
    expect(parsed.valid).toBe(false);
    if (parsed.valid) return;
    expect(parsed.response.status).toBe(422);
    expect(await parsed.response.json()).toEqual({
      errors: {
        name: ['must be a string'],
        count: ['must be an integer'],
        colour: ['is not an attribute of this resource'],
        size: ['is not an attribute of this resource'],
      },
    });
  });

  it('names unknown attributes that are also names of Object.prototype', async () => {
    const parsed = parseApiBody(
      'thing',
      attributes,
      JSON.parse('{"thing": {"constructor": 1, "__proto__": 2, "toString": 3}}'),
    );
    expect(parsed.valid).toBe(false);
    if (parsed.valid) return;
    expect(await parsed.response.text()).toBe(
      JSON.stringify({
        errors: {
          constructor: ['is not an attribute of this resource'],
          ['__proto__']: ['is not an attribute of this resource'],
          toString: ['is not an attribute of this resource'],
        },
      }),
    );
  });
});

describe('parseApiQuery', () => {
  const query = z.object({
    sort: z.enum(['name', 'price'], { error: 'must be one of name, price' }).optional(),
  });

  it('returns the parameters, ignoring ones it does not know', () => {
    expect(parseApiQuery(query, new URLSearchParams('sort=price&utm_source=x'))).toEqual({
      valid: true,
      params: { sort: 'price' },
    });
  });

  it('answers 400 naming each malformed parameter', async () => {
    const parsed = parseApiQuery(query, new URLSearchParams('sort=colour'));
    expect(parsed.valid).toBe(false);
    if (parsed.valid) return;
    expect(parsed.response.status).toBe(400);
    expect(await parsed.response.json()).toEqual({
      error: 'Invalid query: sort must be one of name, price.',
    });
  });
});

describe('recordIdOf and lockVersionOf', () => {
  it('pass what an integer column can hold, and give null for anything else', () => {
    expect([1, 2_147_483_647, 0, -1, 2_147_483_648, null, undefined].map(recordIdOf)).toEqual([
      1,
      2_147_483_647,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect([0, 7, -1, 2_147_483_648].map(lockVersionOf)).toEqual([0, 7, null, null]);
  });
});
