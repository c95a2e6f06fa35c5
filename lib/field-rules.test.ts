import { describe, expect, it } from 'vitest';
import { ValidationErrors } from '@/lib/validation-errors';
import {
  checkDate,
  checkDateTime,
  checkInteger,
  checkMoney,
  checkReference,
  checkString,
  checkText,
  checkUniqueness,
} from './field-rules';

type Attribute = 'field';

/** What a check returned, and the messages it added. */
async function run<Value>(check: (errors: ValidationErrors<Attribute>) => Value | Promise<Value>) {
  const errors = new ValidationErrors<Attribute>();
  const value = await check(errors);
  return { value, messages: errors.toMessages().field ?? [] };
}

const blank = { value: null, messages: ["can't be blank"] };
const accepted = <Value>(value: Value) => ({ value, messages: [] });
const refused = (message: string) => ({ value: null, messages: [message] });

describe('checkString', () => {
  it.each([
    ['Stembolt', 'Stembolt'],
    ['  Stembolt \n', 'Stembolt'],
    ['🔩'.repeat(255), '🔩'.repeat(255)],
    ['<b>"Bold"</b> & \'quoted\'', '<b>"Bold"</b> & \'quoted\''],
  ])('accepts %j as %j', async (text, value) => {
    expect(await run((errors) => checkString(errors, 'field', text))).toEqual(accepted(value));
  });

  it.each(['', '   ', '\n\t'])('takes %j as blank: NULL, unless required', async (text) => {
    expect(await run((errors) => checkString(errors, 'field', text))).toEqual(accepted(null));
    expect(await run((errors) => checkString(errors, 'field', text, { required: true }))).toEqual(
      blank,
    );
  });

  it('refuses more than 255 characters, counting characters rather than code units', async () => {
    for (const text of ['x'.repeat(256), '🔩'.repeat(256), 'x'.repeat(100_000)]) {
      expect(await run((errors) => checkString(errors, 'field', text))).toEqual(
        refused('is too long (maximum is 255 characters)'),
      );
    }
  });
});

describe('checkText', () => {
  it('keeps line breaks inside the text and trims around it', async () => {
    expect(await run((errors) => checkText(errors, 'field', '\n Line one\n\nLine two \n'))).toEqual(
      accepted('Line one\n\nLine two'),
    );
  });

  it('accepts 10,000 characters and refuses 10,001', async () => {
    expect(await run((errors) => checkText(errors, 'field', 'x'.repeat(10_000)))).toEqual(
      accepted('x'.repeat(10_000)),
    );
    expect(await run((errors) => checkText(errors, 'field', 'x'.repeat(10_001)))).toEqual(
      refused('is too long (maximum is 10000 characters)'),
    );
  });

  it('takes blank as NULL, unless required', async () => {
    expect(await run((errors) => checkText(errors, 'field', ' '))).toEqual(accepted(null));
    expect(await run((errors) => checkText(errors, 'field', ' ', { required: true }))).toEqual(
      blank,
    );
  });
});

describe('checkInteger', () => {
  it.each([0, 42, -42, -2_147_483_648, 2_147_483_647])('accepts %i', async (value) => {
    expect(await run((errors) => checkInteger(errors, 'field', value))).toEqual(accepted(value));
  });

  it.each([
    [Number.NaN, 'is not a number'],
    [1.5, 'must be an integer'],
    [Number.POSITIVE_INFINITY, 'must be an integer'],
    [-2_147_483_649, 'must be greater than or equal to -2147483648'],
    [2_147_483_648, 'must be less than or equal to 2147483647'],
  ])('refuses %d: %s', async (value, message) => {
    expect(await run((errors) => checkInteger(errors, 'field', value))).toEqual(refused(message));
  });

  it('takes null as blank: NULL, unless required', async () => {
    expect(await run((errors) => checkInteger(errors, 'field', null))).toEqual(accepted(null));
    expect(await run((errors) => checkInteger(errors, 'field', null, { required: true }))).toEqual(
      blank,
    );
  });
});

describe('checkMoney', () => {
  it.each([1, 123_45, 2_147_483_647])('accepts %i cents', async (cents) => {
    expect(await run((errors) => checkMoney(errors, 'field', cents))).toEqual(accepted(cents));
  });

  it.each([
    [Number.NaN, 'is not a number'],
    [0.5, 'must be an integer'],
    [0, 'must be greater than 0'],
    [-1, 'must be greater than 0'],
    [2_147_483_648, 'must be less than or equal to $21,474,836.47'],
  ])('refuses %d cents: %s', async (cents, message) => {
    expect(await run((errors) => checkMoney(errors, 'field', cents))).toEqual(refused(message));
  });

  it('takes null as blank: NULL, unless required', async () => {
    expect(await run((errors) => checkMoney(errors, 'field', null))).toEqual(accepted(null));
    expect(await run((errors) => checkMoney(errors, 'field', null, { required: true }))).toEqual(
      blank,
    );
  });
});

describe('checkDate', () => {
  it.each(['2024-02-29', '0001-01-01', '9999-12-31'])('accepts %s', async (text) => {
    const date = new Date(`${text}T00:00:00Z`);
    expect(await run((errors) => checkDate(errors, 'field', date))).toEqual(accepted(date));
  });

  it.each([
    ['an Invalid Date', new Date('2024-02-30x')],
    ['a year the database cannot store', new Date('+200000-01-01T00:00:00Z')],
    ['a year before 1', new Date('-000001-12-31T00:00:00Z')],
  ])('refuses %s', async (_, date) => {
    expect(await run((errors) => checkDate(errors, 'field', date))).toEqual(
      refused('is not a date'),
    );
  });

  it('takes null as blank: NULL, unless required', async () => {
    expect(await run((errors) => checkDate(errors, 'field', null))).toEqual(accepted(null));
    expect(await run((errors) => checkDate(errors, 'field', null, { required: true }))).toEqual(
      blank,
    );
  });
});

describe('checkDateTime', () => {
  it('accepts a time', async () => {
    const time = new Date('2024-05-01T12:34:56.789Z');
    expect(await run((errors) => checkDateTime(errors, 'field', time))).toEqual(accepted(time));
  });

  it.each([
    ['an Invalid Date', new Date('not a time')],
    ['a year the database cannot store', new Date('+200000-01-01T00:00:00Z')],
  ])('refuses %s', async (_, time) => {
    expect(await run((errors) => checkDateTime(errors, 'field', time))).toEqual(
      refused('is not a valid time'),
    );
  });

  it('takes null as blank: NULL, unless required', async () => {
    expect(await run((errors) => checkDateTime(errors, 'field', null))).toEqual(accepted(null));
    expect(await run((errors) => checkDateTime(errors, 'field', null, { required: true }))).toEqual(
      blank,
    );
  });
});

describe('checkReference', () => {
  // The records there are, by id: what a query for the referred-to table would find.
  const records = new Map([[7, { id: 7 }]]);
  const lookedUp: number[] = [];
  const find = async (id: number) => {
    lookedUp.push(id);
    return records.get(id) ?? null;
  };

  it('accepts the id of a record there is', async () => {
    expect(await run((errors) => checkReference(errors, 'field', 7, { find }))).toEqual(
      accepted(7),
    );
  });

  it('refuses an id that names no record', async () => {
    expect(await run((errors) => checkReference(errors, 'field', 8, { find }))).toEqual(
      refused('must exist'),
    );
  });

  it.each([0, -1, 1.5, 2_147_483_648, Number.NaN])(
    'refuses %d without looking it up: no integer column holds it',
    async (id) => {
      lookedUp.length = 0;
      expect(await run((errors) => checkReference(errors, 'field', id, { find }))).toEqual(
        refused('must exist'),
      );
      expect(lookedUp).toEqual([]);
    },
  );

  it('takes null as none chosen: NULL, unless required', async () => {
    expect(await run((errors) => checkReference(errors, 'field', null, { find }))).toEqual(
      accepted(null),
    );
    expect(
      await run((errors) => checkReference(errors, 'field', null, { find, required: true })),
    ).toEqual(blank);
  });
});

describe('checkUniqueness', () => {
  const taken = new Set(['Taken']);
  const findOther = async (value: string) => (taken.has(value) ? { id: 1 } : null);

  it('refuses a value another record has', async () => {
    expect(
      (await run((errors) => checkUniqueness(errors, 'field', 'Taken', findOther))).messages,
    ).toEqual(['has already been taken']);
  });

  it('accepts a value no other record has, and never looks up a blank one', async () => {
    const never = async () => {
      throw new Error('a blank value was looked up');
    };
    expect(
      (await run((errors) => checkUniqueness(errors, 'field', 'Free', findOther))).messages,
    ).toEqual([]);
    expect(
      (await run((errors) => checkUniqueness<Attribute, string>(errors, 'field', null, never)))
        .messages,
    ).toEqual([]);
  });
});
