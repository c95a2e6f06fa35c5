import { formatCents } from '@/lib/money';
import type { ValidationErrors } from '@/lib/validation-errors';

// The rules a field follows because of its type, in Rails' words: what a string, a number, an
// amount, a date or a reference must be for its column to store it. A generated resource's
// services/<resource>-rules.ts calls one check a field (docs/extending.md), so that what is
// left there is the resource's own business rules. Each check adds its messages to `errors`
// and returns the value to write: trimmed, blank as null, or null when the value is refused.

/**
 * Rails' usual limit for a string. It also keeps a value far below what a unique index can hold
 * (about 2,700 bytes): a name of thousands of characters is a field error, not a 500.
 */
export const MAXIMUM_STRING_LENGTH = 255;
/** Longer than any description people type: a post of megabytes is refused, not stored. */
export const MAXIMUM_TEXT_LENGTH = 10_000;
/** The range of a PostgreSQL `integer` column (integers, cents and ids). */
export const INTEGER_COLUMN_MIN = -2_147_483_648;
export const INTEGER_COLUMN_MAX = 2_147_483_647;

// Years as forms and the JSON API write them (four digits): a Date far outside them, such as
// year 200000, is one PostgreSQL cannot store, and would be its error rather than the user's.
const EARLIEST_YEAR = 1;
const LATEST_YEAR = 9999;

type Presence = {
  /** Blank is "can't be blank" (else it is stored as NULL). */
  required?: boolean;
};

function checkLength<Attribute extends string>(
  errors: ValidationErrors<Attribute>,
  attribute: NoInfer<Attribute>,
  text: string,
  maximum: number,
  { required = false }: Presence,
): string | null {
  const trimmed = text.trim();
  if (trimmed === '') {
    if (required) errors.add(attribute, "can't be blank");
    return null;
  }
  // Characters, as a person counts them (and Rails does), not UTF-16 code units: "🔩" is one.
  if ([...trimmed].length > maximum) {
    errors.add(attribute, `is too long (maximum is ${maximum} characters)`);
    return null;
  }
  return trimmed;
}

/** A one-line text, as typed: surrounding spaces do not count; at most 255 characters. */
export function checkString<Attribute extends string>(
  errors: ValidationErrors<Attribute>,
  attribute: NoInfer<Attribute>,
  text: string,
  presence: Presence = {},
): string | null {
  return checkLength(errors, attribute, text, MAXIMUM_STRING_LENGTH, presence);
}

/** A text of several lines, line breaks kept: at most 10,000 characters. */
export function checkText<Attribute extends string>(
  errors: ValidationErrors<Attribute>,
  attribute: NoInfer<Attribute>,
  text: string,
  presence: Presence = {},
): string | null {
  return checkLength(errors, attribute, text, MAXIMUM_TEXT_LENGTH, presence);
}

function checkBlank<Attribute extends string, Value>(
  errors: ValidationErrors<Attribute>,
  attribute: Attribute,
  value: Value | null,
  { required = false }: Presence,
): value is null {
  if (value === null && required) errors.add(attribute, "can't be blank");
  return value === null;
}

/** A whole number (null when blank, NaN when what was typed is not a number). */
export function checkInteger<Attribute extends string>(
  errors: ValidationErrors<Attribute>,
  attribute: NoInfer<Attribute>,
  value: number | null,
  presence: Presence = {},
): number | null {
  if (checkBlank(errors, attribute, value, presence)) return null;
  if (Number.isNaN(value)) {
    errors.add(attribute, 'is not a number');
  } else if (!Number.isInteger(value)) {
    errors.add(attribute, 'must be an integer');
  } else if (value < INTEGER_COLUMN_MIN) {
    errors.add(attribute, `must be greater than or equal to ${INTEGER_COLUMN_MIN}`);
  } else if (value > INTEGER_COLUMN_MAX) {
    errors.add(attribute, `must be less than or equal to ${INTEGER_COLUMN_MAX}`);
  } else {
    return value;
  }
  return null;
}

/**
 * An amount of money in cents (null when blank, NaN when what was typed is not an amount): more
 * than nothing, and at most what the column holds, $21,474,836.47.
 */
export function checkMoney<Attribute extends string>(
  errors: ValidationErrors<Attribute>,
  attribute: NoInfer<Attribute>,
  cents: number | null,
  presence: Presence = {},
): number | null {
  if (checkBlank(errors, attribute, cents, presence)) return null;
  if (Number.isNaN(cents)) {
    errors.add(attribute, 'is not a number');
  } else if (!Number.isInteger(cents)) {
    errors.add(attribute, 'must be an integer');
  } else if (cents <= 0) {
    errors.add(attribute, 'must be greater than 0');
  } else if (cents > INTEGER_COLUMN_MAX) {
    errors.add(attribute, `must be less than or equal to ${formatCents(INTEGER_COLUMN_MAX)}`);
  } else {
    return cents;
  }
  return null;
}

function isStorable(date: Date): boolean {
  const year = date.getUTCFullYear();
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

/** A calendar day, as UTC midnight (null when blank, an Invalid Date when it is not a date). */
export function checkDate<Attribute extends string>(
  errors: ValidationErrors<Attribute>,
  attribute: NoInfer<Attribute>,
  date: Date | null,
  presence: Presence = {},
): Date | null {
  if (checkBlank(errors, attribute, date, presence)) return null;
  if (!isStorable(date)) {
    errors.add(attribute, 'is not a date');
    return null;
  }
  return date;
}

/** A moment in time (null when blank, an Invalid Date when it is not a time). */
export function checkDateTime<Attribute extends string>(
  errors: ValidationErrors<Attribute>,
  attribute: NoInfer<Attribute>,
  time: Date | null,
  presence: Presence = {},
): Date | null {
  if (checkBlank(errors, attribute, time, presence)) return null;
  if (!isStorable(time)) {
    errors.add(attribute, 'is not a valid time');
    return null;
  }
  return time;
}

/**
 * The id of a record another table holds (null when none was chosen), which `find` looks up: an
 * id that names no record "must exist". The foreign key decides a record deleted after this
 * check (lib/db/errors.ts says the same then).
 */
export async function checkReference<Attribute extends string>(
  errors: ValidationErrors<Attribute>,
  attribute: NoInfer<Attribute>,
  id: number | null,
  { find, ...presence }: Presence & { find: (id: number) => Promise<object | null> },
): Promise<number | null> {
  if (checkBlank(errors, attribute, id, presence)) return null;
  // An id the column cannot hold (a tampered form, a JSON float) names no record either, and is
  // never sent to the database, which would refuse it as an error of its own.
  const found = Number.isInteger(id) && id >= 1 && id <= INTEGER_COLUMN_MAX ? await find(id) : null;
  if (!found) {
    errors.add(attribute, 'must exist');
    return null;
  }
  return id;
}

/**
 * "has already been taken" when another record has the value already, as `findOther` looks it
 * up. Checked for a value that passed its other rules (null skips it: blanks are never taken);
 * the unique constraint decides a race between two requests (lib/db/errors.ts).
 */
export async function checkUniqueness<Attribute extends string, Value>(
  errors: ValidationErrors<Attribute>,
  attribute: NoInfer<Attribute>,
  value: Value | null,
  findOther: (value: Value) => Promise<object | null>,
): Promise<void> {
  if (value === null) return;
  if (await findOther(value)) errors.add(attribute, 'has already been taken');
}
