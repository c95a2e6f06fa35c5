import 'server-only';
import { Prisma } from '@/generated/prisma/client';

// Lists show PER_PAGE rows a page, read by keyset (docs/decisions/0011-keyset-pagination.md): a
// page is the rows after (or before) a boundary row in the list's order, found by comparing
// the order's columns as one row, (name, id) > (…), which an index on those columns answers by
// reading only the page. OFFSET would read and throw away every row before the page, and a
// total COUNT would read every row: both grow with the table, so lists have neither.
export const PER_PAGE = 25;

/** A row's id: an integer column's, or a uuid's text (pg-boss's jobs, services/job-queries.ts). */
export type RowId = number | string;

/**
 * Where a page of a list is, as its URL says: after the row with this id (`?after=42`, the
 * next pages) or before it (`?before=42`, going back). No cursor means the first page.
 */
export type Cursor<Id extends RowId = number> = { after: Id } | { before: Id };

/**
 * A list's order. Every column runs in the same direction, so that one row comparison finds a
 * page, and the last one is the id, so that no two rows tie and no row is skipped or shown twice.
 * A migration adds an index on the same columns.
 */
export type KeysetOrder = {
  /** The table the list reads, e.g. Prisma.sql`widgets`. */
  table: Prisma.Sql;
  /** Its columns, table-qualified: [Prisma.sql`widgets.name`, Prisma.sql`widgets.id`]. */
  columns: Prisma.Sql[];
  direction: 'ascending' | 'descending';
};

/** What a list's query puts in its WHERE, ORDER BY and LIMIT clauses. */
export type KeysetClauses = { seek: Prisma.Sql; orderBy: Prisma.Sql; limit: number };

/** One page of a list, and where the pages around it are. */
export type Page<Row extends { id: RowId }> = {
  rows: Row[];
  /** The page before this one, or null on the first page. */
  previousPage: Cursor<Row['id']> | null;
  /** The page after this one, or null on the last page. */
  nextPage: Cursor<Row['id']> | null;
};

/**
 * The clauses that read the page `cursor` names in `order`. The query fetches one row more than
 * a page: whether it comes back says whether there is a page beyond, without counting.
 */
export function keysetClauses<Id extends RowId>(
  order: KeysetOrder,
  cursor: Cursor<Id> | null,
): KeysetClauses {
  // The page before a boundary is read backwards from it, nearest row first (readPage turns it
  // round), so that the LIMIT keeps the rows next to the boundary.
  const backwards = cursor !== null && 'before' in cursor;
  const ascending = (order.direction === 'ascending') !== backwards;
  const orderBy = Prisma.join(
    order.columns.map((column) =>
      ascending ? Prisma.sql`${column} ASC` : Prisma.sql`${column} DESC`,
    ),
    ', ',
  );
  const limit = PER_PAGE + 1;
  if (cursor === null) return { seek: Prisma.sql`TRUE`, orderBy, limit };

  const key = Prisma.join(order.columns, ', ');
  const boundaryId = 'after' in cursor ? cursor.after : cursor.before;
  // The boundary row's values are read by the same statement, so they never pass through
  // JavaScript (a Date would drop a timestamp's microseconds). Inside the subquery the table's
  // name stands for the subquery's own row. No such row: the comparison is NULL, nothing matches.
  const boundary = Prisma.sql`SELECT ${key} FROM ${order.table} WHERE ${order.table}.id = ${boundaryId}`;
  const seek = ascending
    ? Prisma.sql`(${key}) > (${boundary})`
    : Prisma.sql`(${key}) < (${boundary})`;
  return { seek, orderBy, limit };
}

/**
 * Reads the page `cursor` names with `query`, which runs the list's SQL with the given clauses.
 * A cursor that leads nowhere (its row was deleted, or the id was made up, or nothing is
 * beyond it) shows the first page rather than an empty one.
 */
export async function readPage<Row extends { id: RowId }>(
  order: KeysetOrder,
  cursor: Cursor<Row['id']> | null,
  query: (clauses: KeysetClauses) => Promise<Row[]>,
): Promise<Page<Row>> {
  const fetched = await query(keysetClauses(order, cursor));
  if (cursor !== null && fetched.length === 0) return readPage(order, null, query);

  const more = fetched.length > PER_PAGE;
  const backwards = cursor !== null && 'before' in cursor;
  const rows = fetched.slice(0, PER_PAGE);
  if (backwards) rows.reverse();
  const first = rows[0];
  const last = rows.at(-1);
  // Going forward, the boundary row is behind this page; going back, it is ahead of it.
  const hasPrevious = cursor === null ? false : backwards ? more : true;
  const hasNext = backwards || more;
  return {
    rows,
    previousPage: hasPrevious && first ? { before: first.id } : null,
    nextPage: hasNext && last ? { after: last.id } : null,
  };
}
