// The test suites' own connection to the test database (never the development one). Used by
// factories and helpers from both Vitest and Playwright, so it avoids the app's server-only
// modules and reads the URL from lib/database-url.ts directly.
import '@/lib/load-env-files';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/generated/prisma/client';
import { databaseUrlFor } from '@/lib/database-url';

export const testDatabaseUrl = databaseUrlFor('test');

export const testDb = new PrismaClient({
  adapter: new PrismaPg({ connectionString: testDatabaseUrl }),
});

// Tables holding data that tests create, each before the tables it refers to (deleteTestData
// empties them in this order). Reference data (widget_statuses) and the migration bookkeeping are
// left alone.
const TEST_DATA_TABLES = [
  'rate_limits',
  'api_keys',
  'sessions',
  'accounts',
  'users',
  'email_deliveries',
  'widget_ratings',
  'widgets',
  'manufacturers',
  'addresses',
];

export async function deleteTestData(): Promise<void> {
  // What `TRUNCATE … RESTART IDENTITY` does (every row gone, ids start again at 1), as DELETEs and
  // sequence restarts: TRUNCATE makes new files for every table, ~40 ms a call, and the unit tests
  // call this before each test, when a DELETE of a test's few rows takes a few ms.
  await testDb.$executeRawUnsafe(`
    DO $$
    DECLARE
      test_tables regclass[] := ARRAY['${TEST_DATA_TABLES.join("', '")}']::regclass[];
      test_table regclass;
      test_sequence regclass;
    BEGIN
      FOREACH test_table IN ARRAY test_tables LOOP
        EXECUTE format('DELETE FROM %s', test_table);
      END LOOP;
      -- The sequences of the tables' serial and identity columns.
      FOR test_sequence IN
        SELECT sequence.oid FROM pg_class sequence
        JOIN pg_depend dependency ON dependency.objid = sequence.oid
        WHERE sequence.relkind = 'S' AND dependency.refclassid = 'pg_class'::regclass
          AND dependency.refobjid = ANY (test_tables)
      LOOP
        EXECUTE format('ALTER SEQUENCE %s RESTART', test_sequence);
      END LOOP;
      -- Queued jobs name widgets by id, and ids restart: drop them with the data they refer to.
      IF to_regclass('pgboss.job') IS NOT NULL THEN DELETE FROM pgboss.job; END IF;
    END $$`);
}

/** Jobs queued in the test database, oldest first. */
export async function queuedJobs(): Promise<{ name: string; data: Record<string, unknown> }[]> {
  return testDb.$queryRawUnsafe(`SELECT name, data FROM pgboss.job ORDER BY created_on, name`);
}

// A plain pg client, for tests that write around the app with raw SQL.
export async function withPgClient<T>(
  connectionString: string,
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** withPgClient on the test database (constraint tests). */
export function withRawClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  return withPgClient(testDatabaseUrl, fn);
}
