// What arrives in a URL — route segments and query strings — parsed into typed values at the
// boundary: pages call these before anything else. A user can type any URL, so bad input never
// throws: a malformed id is simply not found, and a malformed query parameter falls back to its
// default (page 1, the default sort, no search).
import { z } from 'zod';

/** A page's `searchParams`, as Next.js passes them. */
export type SearchParams = Record<string, string | string[] | undefined>;

// Ids are PostgreSQL `integer` columns: written without sign, dot or leading zeros, and at most
// 2147483647. Anything else ("abc", "1.5", "-1", "0042", "99999999999") cannot name a row.
const INTEGER_COLUMN_MAX = 2_147_483_647;
const idSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number)
  .pipe(z.number().max(INTEGER_COLUMN_MAX));

/** The id in a route segment such as /widgets/[id], or null when it cannot be one. */
export function parseId(segment: string): number | null {
  const result = idSchema.safeParse(segment);
  return result.success ? result.data : null;
}

// "-1", "abc", "1.5", "" and repeated parameters all mean page 1. A page past the end is
// brought back to the last page by lib/pagination.ts, which knows how many pages there are.
const pageSchema = z.coerce.number().int().min(1).catch(1);

export const WIDGET_SORTS = ['name', 'price', 'newest'] as const;
export type WidgetSort = (typeof WIDGET_SORTS)[number];

const widgetListSchema = z.object({
  page: pageSchema,
  sort: z.enum(WIDGET_SORTS).catch('name'),
  q: z.string().trim().catch(''),
});
export type WidgetListParams = z.infer<typeof widgetListSchema>;

/** /widgets?page=2&sort=price&q=bolt */
export function parseWidgetListParams(searchParams: SearchParams): WidgetListParams {
  return widgetListSchema.parse(searchParams);
}

const manufacturerListSchema = z.object({ page: pageSchema });
export type ManufacturerListParams = z.infer<typeof manufacturerListSchema>;

/** /manufacturers?page=2 */
export function parseManufacturerListParams(searchParams: SearchParams): ManufacturerListParams {
  return manufacturerListSchema.parse(searchParams);
}
