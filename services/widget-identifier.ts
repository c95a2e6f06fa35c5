import 'server-only';

// How people quote a widget: its id with a dot before the last two digits (PRODUCT.md §3).
// Part of the domain, so it lives next to the widget's data rather than in a view helper.

const PADDED_DIGITS = 6;

function assertWidgetId(id: number): void {
  if (!Number.isSafeInteger(id) || id < 1) throw new RangeError(`Not a widget id: ${id}`);
}

/**
 * The identifier users quote: 1234 → "12.34", 123 → "1.23". Ids shorter than three digits are
 * shown as they are: 12 → "12", 5 → "5".
 */
export function userFacingIdentifier(id: number): string {
  assertWidgetId(id);
  const digits = String(id);
  if (digits.length < 3) return digits;
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * The identifier for display, zero-padded to six digits so a column of them lines up:
 * 1234 → "0012.34", 12345 → "0123.45", 987654 → "9876.54".
 *
 * Ids below 100 are padded like any other, so the display form always has its dot:
 * 12 → "0000.12", 5 → "0000.05". Ids above 999999 are never truncated (that would show two
 * widgets with one identifier); they are simply wider: 1234567 → "12345.67".
 */
export function paddedUserFacingIdentifier(id: number): string {
  assertWidgetId(id);
  const digits = String(id).padStart(PADDED_DIGITS, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
