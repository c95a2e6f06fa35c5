import 'server-only';
import { Prisma } from '@/generated/prisma/client';

/**
 * The SQL condition "`column` contains `text`, ignoring case" for a search box, or TRUE when
 * nothing was searched for. A trigram index on the column serves it (see the migrations).
 */
export function containsIgnoringCase(column: Prisma.Sql, text: string): Prisma.Sql {
  if (text === '') return Prisma.sql`TRUE`;
  return Prisma.sql`${column} ILIKE ${`%${likeLiteral(text)}%`}`;
}

// In a LIKE pattern % and _ are wildcards and \ escapes them. A search is plain text, so those
// characters are escaped; the text is a bound parameter, never part of the SQL.
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}
