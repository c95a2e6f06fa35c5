// Helpers for the data browser tests create. Tests share one database, so each one names its
// data with a word of its own and finds it by searching for that word.
import { randomInt, randomUUID } from 'node:crypto';

/** A word no other test's data contains, e.g. "e2e3f9a1c2d". */
export function uniqueWord(): string {
  return `e2e${randomUUID().slice(0, 8)}`;
}

/** The identifier the pages show for a widget id (PRODUCT.md §3): 1234 → "0012.34". */
export function paddedIdentifier(id: number): string {
  const digits = String(id).padStart(6, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** The identifier people quote for a widget id (PRODUCT.md §3): 1234 → "12.34", 12 → "12". */
export function userFacingIdentifier(id: number): string {
  const digits = String(id);
  return digits.length < 3 ? digits : `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * A number no other test's data is likely to have, from 1 to 999,999,999: for a unique number
 * (or a date counted from it) in a generated resource's tests.
 */
export function uniqueNumber(): number {
  return randomInt(1, 1_000_000_000);
}
