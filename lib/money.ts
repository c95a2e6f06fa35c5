// Money is stored as integer cents (no floating-point amounts in the database) and shown as US
// dollars: formatCents(123456) is "$1,234.56".
const usDollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

export function formatCents(cents: number): string {
  return usDollars.format(cents / 100);
}

// Dollars as people type them: "123", "123.4", "123.45", "-5" (a number, refused later by the
// "greater than 0" rule). Not a number: "", "abc", "1.234", "1,234", "1e3".
const DOLLARS = /^-?\d+(\.\d{1,2})?$/;

/** Cents for a dollar amount typed by a user, or null when the text is not such an amount. */
export function parseDollarsToCents(text: string): number | null {
  const trimmed = text.trim();
  if (!DOLLARS.test(trimmed)) return null;
  const negative = trimmed.startsWith('-');
  const [whole = '0', fraction = ''] = trimmed.replace('-', '').split('.');
  // Beyond Number.MAX_SAFE_INTEGER this is approximate, which is fine: the price rules refuse
  // anything above $10,000.00 before it reaches the database.
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return negative && cents !== 0 ? -cents : cents;
}

/** An amount as a price field shows it, the way people type it: 123456 is "1234.56". */
export function formatDollarsForInput(cents: number): string {
  // Exact for whole cents: cents / 100 is the double nearest to the amount, and toFixed(2)
  // rounds it back to that amount.
  return (cents / 100).toFixed(2);
}
