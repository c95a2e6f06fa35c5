import 'server-only';
import type { Manufacturer } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { formatCents } from '@/lib/money';
import { ValidationErrors } from '@/lib/validation-errors';

// The rules a widget's fields follow (PRODUCT.md §5), in one place: WidgetCreator applies them to
// a new widget and WidgetEditor to a changed one, so both say the same things in the same order.

/** The fields a widget's errors are reported on; `status` only when editing. */
export type WidgetAttribute = 'name' | 'price' | 'manufacturer' | 'status';

/** The fields the rules check, as the form (or the API) gave them. */
export type WidgetFields = {
  /** As typed; surrounding spaces do not count. */
  name: string;
  /** Null when what was typed is not an amount of dollars (lib/money.ts parseDollarsToCents). */
  priceCents: number | null;
  /** Null when none was chosen. */
  manufacturerId: number | null;
};

export const MINIMUM_NAME_LENGTH = 5;
/**
 * Rails' usual limit for a string. Without one, a name of some thousands of characters would be
 * refused by PostgreSQL itself (too large for the unique index on name and manufacturer): a 500.
 */
export const MAXIMUM_NAME_LENGTH = 255;
export const MAXIMUM_PRICE_CENTS = 10_000_00;
/** Manufacturers registered before this date sell nothing under $100 (a contract of theirs). */
export const LEGACY_MANUFACTURER_CUTOFF = new Date('2010-01-01T00:00:00Z');
export const LEGACY_MINIMUM_PRICE_CENTS = 100_00;

/** What the rules found, with what the write needs: the trimmed name and the manufacturer. */
export type CheckedWidgetFields = {
  errors: ValidationErrors<WidgetAttribute>;
  name: string;
  /** Null when none was chosen or it does not exist (an error says so). */
  manufacturer: Manufacturer | null;
};

/**
 * Checks a widget's fields against every rule, collecting all errors in the order of the rules.
 * `widgetId` is the widget being edited: its own name does not count as taken.
 */
export async function checkWidgetFields(
  fields: WidgetFields,
  { widgetId }: { widgetId?: number } = {},
): Promise<CheckedWidgetFields> {
  const name = fields.name.trim();
  const manufacturer =
    fields.manufacturerId === null
      ? null
      : await db.manufacturer.findUnique({ where: { id: fields.manufacturerId } });

  const errors = new ValidationErrors<WidgetAttribute>();
  await checkName(name, manufacturer?.id ?? null, widgetId, errors);
  checkPrice(fields.priceCents, manufacturer?.createdAt ?? null, errors);
  if (!manufacturer) errors.add('manufacturer', "can't be blank");
  return { errors, name, manufacturer };
}

async function checkName(
  name: string,
  manufacturerId: number | null,
  widgetId: number | undefined,
  errors: ValidationErrors<WidgetAttribute>,
): Promise<void> {
  // Characters, as a person counts them (and Rails does), not UTF-16 code units: "🔩" is one.
  const length = [...name].length;
  // A blank name breaks both rules, and the form says so: "can't be blank", "is too short".
  if (name === '') errors.add('name', "can't be blank");
  if (length < MINIMUM_NAME_LENGTH) {
    errors.add('name', `is too short (minimum is ${MINIMUM_NAME_LENGTH} characters)`);
  }
  if (length > MAXIMUM_NAME_LENGTH) {
    errors.add('name', `is too long (maximum is ${MAXIMUM_NAME_LENGTH} characters)`);
  }
  if (name !== '' && manufacturerId !== null) {
    const taken = await db.widget.findFirst({
      where: { name, manufacturerId, ...(widgetId === undefined ? {} : { id: { not: widgetId } }) },
      select: { id: true },
    });
    if (taken) errors.add('name', 'has already been taken');
  }
}

function checkPrice(
  priceCents: number | null,
  manufacturerCreatedAt: Date | null,
  errors: ValidationErrors<WidgetAttribute>,
): void {
  if (priceCents === null) {
    errors.add('price', 'is not a number');
    return;
  }
  if (priceCents <= 0) errors.add('price', 'must be greater than 0');
  if (priceCents > MAXIMUM_PRICE_CENTS) {
    errors.add('price', `must be less than or equal to ${formatCents(MAXIMUM_PRICE_CENTS)}`);
  }
  if (
    manufacturerCreatedAt !== null &&
    manufacturerCreatedAt < LEGACY_MANUFACTURER_CUTOFF &&
    priceCents < LEGACY_MINIMUM_PRICE_CENTS
  ) {
    // The message's wording is kept from the original app (PRODUCT.md §5).
    errors.add('price', 'must be < $100 for legacy manufacturers');
  }
}
