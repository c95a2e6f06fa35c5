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

// Tables holding data that tests create. Reference data (widget_statuses) and the migration
// bookkeeping are left alone.
const TEST_DATA_TABLES = ['widget_ratings', 'widgets', 'manufacturers', 'addresses'];

export async function deleteTestData(): Promise<void> {
  await testDb.$executeRawUnsafe(
    `TRUNCATE ${TEST_DATA_TABLES.join(', ')} RESTART IDENTITY CASCADE`,
  );
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
