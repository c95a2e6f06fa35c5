// Money is stored as integer cents (no floating-point amounts in the database) and shown as US
// dollars: formatCents(123456) is "$1,234.56".
const usDollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

export function formatCents(cents: number): string {
  return usDollars.format(cents / 100);
}
