import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { countSqlQueries } from '@/test/support/sql-query-count';

describe('counting SQL statements per request context', () => {
  it('counts every statement Prisma sends inside the context, and only those', async () => {
    await db.widget.count(); // outside any context: counted nowhere, and no error

    const { result, sqlQueries } = await countSqlQueries(async () => {
      await db.widget.count();
      return Promise.all([db.manufacturer.count(), db.widgetStatus.findMany()]);
    });

    expect(result).toHaveLength(2);
    expect(sqlQueries).toBe(3);
  });
});
