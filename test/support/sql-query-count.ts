import { runWithRequestContext, type RequestContext } from '@/lib/request-context';

/**
 * Runs `fn` as a request would and counts the SQL statements it sends (lib/db counts Prisma's
 * query events per request context). Tests use it to prove a page's data costs a fixed number
 * of queries, whatever the number of rows (no N+1).
 */
export async function countSqlQueries<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; sqlQueries: number }> {
  const context: RequestContext = { requestId: 'sql-query-count', sqlQueryCount: 0 };
  const result = await runWithRequestContext(context, fn);
  return { result, sqlQueries: context.sqlQueryCount ?? 0 };
}
